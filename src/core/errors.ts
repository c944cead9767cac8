import type { IssueCode } from './issue-codes.js';

/** Base class of every error digimat reports to a user; the CLI prints `message` and never a stack. */
export class DigimatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Where in a file a problem sits; line and column are 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
}

/** A problem in an author's or assessor's YAML, located precisely and carrying a stable code. */
export class ContentError extends DigimatError {
  constructor(
    readonly position: SourcePosition,
    readonly code: IssueCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${position.file}:${position.line}:${position.col}: ${message}`, options);
  }
}

/** A file that could not be read at all (missing, a directory, no permission). */
export class FileReadError extends DigimatError {}
/** A command-line usage mistake: unknown option, missing argument. */
export class UsageError extends DigimatError {}
/** Raised when the content as a whole is not usable (one or more issues). */
export class ValidationError extends DigimatError {}
/** A refusal to overwrite or write outside where we may. */
export class WriteRefusedError extends DigimatError {}

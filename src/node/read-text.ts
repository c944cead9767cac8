import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { FileReadError } from '../core/errors.js';
import type { Issue } from '../core/issue.js';
import { decodeUtf8 } from '../model/decode-utf8.js';

/** A file's text and, when it is not UTF-8, the issue locating the first bad byte. */
export interface SourceText {
  text: string;
  issues: Issue[];
}

/** Reads a UTF-8 file, turning every failure into a one-line error that names the path. */
export async function readText(file: string): Promise<string> {
  return (await readSource(file, file)).text;
}

/** Reads a file for checking: its text, and a located issue for bytes that are not UTF-8 (shown as `shown`). */
export async function readSource(file: string, shown: string): Promise<SourceText> {
  try {
    return decodeUtf8(await readFile(file), shown);
  } catch (cause) {
    throw readError(file, cause);
  }
}

/**
 * The same, blocking: for thousands of small files (course pages) one synchronous read each is
 * several times faster than a promise each, whose open, stat, read and close each wait their turn.
 */
export function readSourceSync(file: string, shown: string): SourceText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw readError(file, cause);
  }
  return decodeUtf8(bytes, shown);
}

function readError(file: string, cause: unknown): FileReadError {
  const code = (cause as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : 'cannot be read';
  return new FileReadError(`${file}: ${why}`, { cause });
}

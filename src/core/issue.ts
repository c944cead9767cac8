import type { IssueCode, Severity } from './issue-codes.js';

/** One problem found while loading or checking content; validation collects all of them. */
export interface Issue {
  file: string;
  line: number;
  col: number;
  code: IssueCode;
  message: string;
  severity: Severity;
}

/** Compiler-style `path:line:col: message` (warnings say so). */
export function formatIssue(issue: Issue): string {
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}:${issue.col}: ${prefix}${issue.message} [${issue.code}]`;
}

/** Stable order for reports: by file, then position, then code. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

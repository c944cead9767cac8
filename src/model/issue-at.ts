import type { Issue } from '../core/issue.js';
import { defaultSeverity, type IssueCode } from '../core/issue-codes.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

/** Makes an issue located at a YAML path of a source file. */
export function issueAt(
  source: YamlSource,
  path: readonly PathSegment[],
  code: IssueCode,
  message: string,
  options: { at?: 'key' | 'value'; severity?: Issue['severity'] } = {},
): Issue {
  const { line, col } = locate(source, path, options.at ?? 'value');
  return { file: source.file, line, col, code, message, severity: options.severity ?? defaultSeverity(code) };
}

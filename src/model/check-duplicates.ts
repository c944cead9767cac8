import type { Issue } from '../core/issue.js';
import { issueAt } from './issue-at.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

/**
 * Reports every repeated `id` in a list, pointing at the repeat and naming the first line. Items
 * without a text id are skipped, so a list that failed its schema can still be checked.
 */
export function checkDuplicateIds(source: YamlSource, items: readonly unknown[], listPath: readonly PathSegment[], what: string): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return;
    }
    const line = locate(source, [...listPath, seen, 'id']).line;
    issues.push(issueAt(source, [...listPath, i, 'id'], 'duplicate-id', `duplicate ${what} id \`${id}\` (first defined on line ${line})`));
  });
  return issues;
}

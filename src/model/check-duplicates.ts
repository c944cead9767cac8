import type { Issue } from '../core/issue.js';
import { issueAt } from './issue-at.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

/** Reports every repeated `id` in a list, pointing at the repeat and naming the first line. */
export function checkDuplicateIds(
  source: YamlSource,
  items: readonly { id: string }[],
  listPath: readonly PathSegment[],
  what: string,
): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) {
      first.set(item.id, i);
      return;
    }
    const line = locate(source, [...listPath, seen, 'id']).line;
    issues.push(issueAt(source, [...listPath, i, 'id'], 'duplicate-id', `duplicate ${what} id \`${item.id}\` (first defined on line ${line})`));
  });
  return issues;
}

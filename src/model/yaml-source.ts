import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Issue } from '../core/issue.js';

/** A parsed YAML file that remembers where every node came from. */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

export type PathSegment = string | number;

/** Parses YAML text, reporting syntax errors and duplicate keys with their positions. */
export function parseYaml(text: string, file: string): { source: YamlSource; data: unknown; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const source = { file, doc, lineCounter };
  const issues: Issue[] = [];
  for (const err of doc.errors) {
    const pos = err.linePos?.[0] ?? { line: 1, col: 1 };
    issues.push({
      file,
      line: pos.line,
      col: pos.col,
      code: err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      message: yamlMessage(err.code, err.message),
      severity: 'error',
    });
  }
  if (issues.length > 0) return { source, data: undefined, issues };
  const data = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    issues.push({ file, line: 1, col: 1, code: 'empty-file', message: 'the file is empty', severity: 'error' });
  }
  return { source, data, issues };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping';
  // The library appends "at line X, column Y" and a code frame; we print our own position.
  const first = message.split('\n')[0] ?? message;
  return `YAML syntax: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** Line and column of the node at `path` (its key when `at` is 'key'), or of its nearest existing ancestor. */
export function locate(source: YamlSource, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): { line: number; col: number } {
  let node: Node | null = source.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const key = pair.key as Node;
      if (last && at === 'key') {
        offset = key.range?.[0] ?? offset;
        break;
      }
      node = (pair.value as Node | null) ?? null;
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else break;
  }
  return source.lineCounter.linePos(offset);
}

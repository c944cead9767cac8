import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Issue } from '../core/issue.js';
import { findBadIndentation } from './bad-indentation.js';
import { aliasProblems } from './check-aliases.js';
import { splitFlowItems } from './check-flow-items.js';
import { MAX_NESTING, tooDeepAt } from './nesting-depth.js';
import { unclosedFlowAt, unclosedQuoteAt } from './unclosed-quote.js';
import type { IssueCode } from '../core/issue-codes.js';

/** A parsed YAML file that remembers where every node came from. */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

export type PathSegment = string | number;

/** Parser messages that mean "this line is indented wrongly", reported by naming the key instead. */
const INDENT_CODES = new Set(['BAD_INDENT', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MISSING_CHAR']);

/**
 * Parses YAML text, reporting syntax errors, duplicate keys, aliases without an anchor, alias bombs
 * and absurd nesting with their positions; the data is only built when none of those stand in the way.
 */
export function parseYaml(text: string, file: string): { source: YamlSource; data: unknown; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number, code: IssueCode, message: string): Issue => ({
    file,
    ...lineCounter.linePos(offset),
    code,
    message,
    severity: 'error',
  });
  // Both refusals count lines only: the parser is not run on such a text at all.
  const refuse = (offset: number, code: IssueCode, message: string) => {
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { source: { file, doc: empty, lineCounter }, data: undefined, issues: [at(offset, code, message)] };
  };
  // A NUL byte never belongs in a text file: it is an image, an archive or a word-processor file saved as .yaml.
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return refuse(
      nul,
      'binary-file',
      'this is a binary file, not YAML text (it has a NUL byte here); save the assessment or content as plain UTF-8 text',
    );
  const deep = tooDeepAt(text);
  if (deep !== undefined)
    return refuse(deep, 'too-deep', `nesting deeper than ${MAX_NESTING} levels; a digimat file never needs more than a few`);
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const source = { file, doc, lineCounter };
  const issues = syntaxIssues(text, doc.errors, at);
  if (issues.length > 0) return { source, data: undefined, issues };
  // Aliases need a `*`, flow lists a `[`: most files have neither and skip these walks.
  if (text.includes('*')) for (const p of aliasProblems(doc)) issues.push(at(p.offset, p.code, p.message));
  if (issues.length > 0) return { source, data: undefined, issues };
  if (text.includes('['))
    for (const split of splitFlowItems(doc, text)) issues.push({ ...at(split.offset, 'split-item', split.message), severity: 'warning' });
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The library's own limit on aliases, should a file pass the count above: still a located refusal.
    return {
      source,
      data: undefined,
      issues: [at(0, 'alias-bomb', `aliases here expand too far (${(error as Error).message}); write the values out instead`)],
    };
  }
  if (data === null || data === undefined) {
    issues.push({ file, line: 1, col: 1, code: 'empty-file', message: 'the file is empty', severity: 'error' });
  }
  return { source, data, issues };
}

function syntaxIssues(
  text: string,
  errors: readonly YAMLError[],
  at: (offset: number, code: IssueCode, message: string) => Issue,
): Issue[] {
  if (errors.length === 0) return [];
  const issues: Issue[] = [];
  let rest = [...errors];
  const quote = errors.find((e) => e.code === 'MISSING_CHAR' && /quote/.test(e.message));
  if (quote) {
    // The parser notices a missing closing quote where the text ends; the quote that opened it is the mistake.
    const opened = unclosedQuoteAt(text);
    if (opened !== undefined) {
      issues.push(at(opened, 'unclosed-quote', 'this quoted text is never closed: end it with the same quote mark'));
      rest = rest.filter((e) => e !== quote && e.pos[0] < opened);
    }
  }
  const flow = rest.find((e) => /end with an? [\]}]/.test(e.message));
  if (flow) {
    const opened = unclosedFlowAt(text);
    if (opened !== undefined && opened < flow.pos[0]) {
      const [what, close] = text[opened] === '[' ? ['list', ']'] : ['mapping', '}'];
      issues.push(
        at(
          opened,
          'unclosed-bracket',
          `this \`${text[opened]}\` opens a ${what} that is never closed: end it with \`${close}\`, or quote the whole value if the bracket is part of the text`,
        ),
      );
      rest = rest.filter((e) => e.pos[0] < opened);
    }
  }
  if (rest.some((e) => INDENT_CODES.has(e.code))) {
    const lines = text.split(/\r\n|\r|\n/);
    const starts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
    const bad = findBadIndentation(text);
    if (bad) {
      // Only where the parser also complained, between the last good line and this one.
      let from = bad.line - 1;
      while (from > 1 && /^\s*(#.*)?$/.test(lines[from - 1]!)) from--;
      const lo = starts[from - 1]!;
      const hi = starts[bad.line] ?? text.length;
      if (rest.some((e) => INDENT_CODES.has(e.code) && e.pos[0] >= lo && e.pos[0] <= hi)) {
        issues.push(at(starts[bad.line - 1]! + bad.col - 1, 'bad-indent', bad.message));
        // What the parser says from there on follows from this one misplaced line.
        rest = rest.filter((e) => e.pos[0] < lo);
      }
    }
  }
  for (const err of rest) {
    const issue = at(err.pos[0], err.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', yamlMessage(err.code, err.message));
    const pos = err.linePos?.[0];
    issues.push(pos ? { ...issue, line: pos.line, col: pos.col } : issue);
  }
  return issues;
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

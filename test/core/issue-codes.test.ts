import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../src/core/issue-codes.js';
import { ROOT } from '../helpers/run-cli.js';

const CODES = Object.keys(ISSUE_CODES) as IssueCode[];

/** Codes no fixture can produce, each with the reason (docs/content-format.md says the same). */
const NO_FIXTURE: Partial<Record<IssueCode, string>> = {
  schema: 'a fallback for schema rules without a message of their own; the bundled schemas use none (checked below)',
  'room-journal-write': 'needs a disk that fails while a room is running',
};

/** Every golden output under test/fixtures, with its text. */
function goldens(dir = path.join(ROOT, 'test/fixtures')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return goldens(full);
    return entry.name.endsWith('.expected') ? [{ file: path.relative(ROOT, full), text: readFileSync(full, 'utf8') }] : [];
  });
}

/** The codes ending `path:line:col: message [code]` lines of a golden output. */
function codesIn(text: string): string[] {
  return [...text.matchAll(/^.+:\d+:\d+: .* \[([a-z0-9-]+)\]$/gm)].map((m) => m[1]!);
}

describe('issue codes', () => {
  const found = new Map<string, string[]>();
  for (const { file, text } of goldens()) for (const code of codesIn(text)) found.set(code, [...(found.get(code) ?? []), file]);

  it('each has a fixture whose golden output carries it, unless it cannot have one', () => {
    const missing = CODES.filter((code) => !found.has(code) && !(code in NO_FIXTURE));
    expect(missing).toEqual([]);
    // An exemption for a code that now has a fixture is out of date.
    expect(Object.keys(NO_FIXTURE).filter((code) => found.has(code))).toEqual([]);
  });

  it('no golden output carries a code the table does not have', () => {
    expect([...found.keys()].filter((code) => !(code in ISSUE_CODES))).toEqual([]);
  });

  it('are listed in docs/content-format.md in the table’s order, with the same severities', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/content-format.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Error codes'), docs.indexOf('### Exit codes'));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(CODES.map((code) => [code, ISSUE_CODES[code].severity]));
  });

  it('leave the `schema` fallback unreachable: every rule the bundled schemas use has its own code', () => {
    // The keywords src/model/schema-issues.ts gives a message and code of its own, and the ones that
    // only structure a schema or are filtered out before (`if`/`then`, whose errors repeat others).
    const handled = [
      'required',
      'additionalProperties',
      'enum',
      'type',
      'pattern',
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'exclusiveMaximum',
      'minItems',
      'minProperties',
      'minLength',
      'anyOf',
    ];
    const structural = ['$schema', 'title', 'description', 'properties', 'patternProperties', 'items', 'if', 'then', 'const'];
    const used = new Set<string>();
    const walk = (node: unknown, parent: string) => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, ''));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (parent !== 'properties' && parent !== 'patternProperties') used.add(key);
          walk(value, key);
        }
      }
    };
    for (const file of readdirSync(path.join(ROOT, 'schema')).filter((f) => f.endsWith('.json')))
      walk(JSON.parse(readFileSync(path.join(ROOT, 'schema', file), 'utf8')), '');
    expect([...used].filter((k) => !handled.includes(k) && !structural.includes(k))).toEqual([]);
  });
});

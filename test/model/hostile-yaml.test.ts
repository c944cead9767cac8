import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBadIndentation } from '../../src/model/bad-indentation.js';
import { MAX_NESTING, tooDeepAt } from '../../src/model/nesting-depth.js';
import { parseYaml } from '../../src/model/yaml-source.js';
import { ROOT } from '../helpers/run-cli.js';

/** Every YAML file the project ships or tests with that the parser accepts: none may look hostile. */
function goodYaml(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['content', 'assessments', 'test/fixtures']) {
    for (const e of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
      const file = path.join(e.parentPath, e.name);
      const text = readFileSync(file, 'utf8');
      if (parseYaml(text, file).issues.every((i) => i.severity === 'warning')) out.push([path.relative(ROOT, file), text]);
    }
  }
  return out;
}

describe('checks for hostile YAML leave good files alone', () => {
  const files = goodYaml();
  it('finds enough good files to mean something', () => expect(files.length).toBeGreaterThan(20));
  it.each(files)('%s: no bad indentation, nesting well under the limit', (_file, text) => {
    expect(findBadIndentation(text)).toBeUndefined();
    expect(tooDeepAt(text, 12)).toBeUndefined();
  });
});

describe('nesting depth', () => {
  it('stops at the first level past the limit, in flow and block style alike', () => {
    const flow = `a: ${'['.repeat(MAX_NESTING + 5)}${']'.repeat(MAX_NESTING + 5)}\n`;
    expect(tooDeepAt(flow)).toBe(3 + MAX_NESTING - 1);
    const block = Array.from({ length: MAX_NESTING + 5 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const at = tooDeepAt(block)!;
    expect(block.slice(0, at).split('\n').length).toBe(MAX_NESTING + 1);
    expect(tooDeepAt(block.split('\n').slice(0, MAX_NESTING).join('\n'))).toBeUndefined();
  });
  it('does not count brackets inside quotes or comments', () => {
    expect(tooDeepAt(`a: "${'['.repeat(200)}"\nb: 1 # ${'{'.repeat(200)}\n`)).toBeUndefined();
  });
});

describe('aliases', () => {
  it('accepts an anchor used a few times', () => {
    const r = parseYaml('base: &opts [a, b, c]\none: *opts\ntwo: *opts\n', 'ok.yaml');
    expect(r.issues).toEqual([]);
    expect(r.data).toEqual({ base: ['a', 'b', 'c'], one: ['a', 'b', 'c'], two: ['a', 'b', 'c'] });
  });
  it('locates an alias with no anchor', () => {
    expect(parseYaml('a: 1\nb: [x, *gone]\n', 'x.yaml').issues.map((i) => [i.code, i.line, i.col])).toEqual([['unresolved-alias', 2, 8]]);
  });
  it('refuses an alias inside its own anchor (it would never end) without recursing forever', () => {
    const r = parseYaml('a: &self [1, *self]\n', 'x.yaml');
    expect(r.data).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['alias-bomb']);
  });
});

describe('indentation', () => {
  it('names the key one level too deep, on its own line', () => {
    expect(findBadIndentation('a:\n  b: 1\n    c: 2\n')).toMatchObject({ line: 3, col: 5 });
    expect(findBadIndentation('a:\n  b: 1\n    c: 2\n')!.message).toContain('`c`');
  });
  it('names a key between two levels, past the comments above it', () => {
    const bad = findBadIndentation('a:\n  b: 1\n  # about c\n # more\n c: 2\n')!;
    expect([bad.line, bad.col]).toEqual([5, 2]);
    expect(bad.message).toContain('`c` starts at column 2');
  });
  it('says when a tab indents', () => {
    expect(findBadIndentation('a:\n\tb: 1\n')!.message).toContain('tab');
  });
  it('lets lists sit at their key, block text and folded lines run deeper', () => {
    expect(findBadIndentation('a:\n- x\n- y\nb: |\n    free\n      text\nc: one\n  two\n')).toBeUndefined();
  });
});

describe('unclosed quotes', () => {
  it('are reported where the quote opens, not where the text ends', () => {
    const r = parseYaml('a: 1\nb: "open\nc: 2\nd: 3\n', 'x.yaml');
    expect(r.issues.map((i) => [i.code, i.line, i.col])).toEqual([['unclosed-quote', 2, 4]]);
  });
});

describe('unclosed brackets', () => {
  it('are reported at the bracket that opens the list, not where the text ends', () => {
    const r = parseYaml('a:\n  b: [one, two\n  c: 2\nd: 3\n', 'x.yaml');
    expect(r.issues.map((i) => [i.code, i.line, i.col])).toEqual([['unclosed-bracket', 2, 6]]);
  });
});

describe('flow items split at a comma', () => {
  it('warns about a lower-case item after a capitalised phrase, and only then', () => {
    const warn = (text: string) =>
      parseYaml(text, 'x.yaml')
        .issues.filter((i) => i.code === 'split-item')
        .map((i) => [i.line, i.col]);
    expect(warn('sees: [Fotos de tartas en Instagram, sin precios]\n')).toEqual([[1, 38]]);
    expect(warn('sees: ["Fotos de tartas en Instagram, sin precios"]\n')).toEqual([]);
    expect(warn('listings: [maps, directories]\npay: [card, instant-transfer]\nt: [Instagram, WhatsApp]\n')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { locate, parseYaml } from '../../src/model/yaml-source.js';

const TEXT = `stages:
  - id: presence
    title: Presence
questions:
  - id: web
    options:
      - { id: a, points: 1 }
`;

describe('locate', () => {
  const { source } = parseYaml(TEXT, 'x.yaml');
  it('finds values and keys by path, 1-based', () => {
    expect(locate(source, ['stages', 0, 'title'])).toEqual({ line: 3, col: 12 });
    expect(locate(source, ['stages', 0, 'title'], 'key')).toEqual({ line: 3, col: 5 });
    expect(locate(source, ['questions', 0, 'options', 0, 'points'])).toEqual({ line: 7, col: 26 });
  });
  it('falls back to the nearest existing ancestor', () => {
    expect(locate(source, ['questions', 0, 'prompt'])).toEqual({ line: 5, col: 5 });
    expect(locate(source, ['nothing', 'here'])).toEqual({ line: 1, col: 1 });
  });
});

describe('parseYaml', () => {
  it('reports every syntax problem with its position and returns no data', () => {
    const r = parseYaml('a: 1\na: 2\nb: [1, 2\n', 'bad.yaml');
    expect(r.data).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line, i.col])).toContainEqual(['duplicate-key', 2, 1]);
    // The list left open is named where its bracket stands, not where the text runs out.
    expect(r.issues.map((i) => [i.code, i.line, i.col])).toContainEqual(['unclosed-bracket', 3, 4]);
  });
  it('keeps YAML 1.2 semantics: yes/no and dates stay strings', () => {
    expect(parseYaml('a: yes\nd: 2026-01-02\n', 'ok.yaml').data).toEqual({ a: 'yes', d: '2026-01-02' });
  });
});

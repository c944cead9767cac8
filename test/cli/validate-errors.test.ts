import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

/** One fixture per error code: the code, line and column the first reported problem must carry. */
const CASES: [fixture: string, code: string, line: number, col: number][] = [
  ['yaml-syntax', 'yaml-syntax', 22, 5],
  ['duplicate-key', 'duplicate-key', 16, 5],
  ['empty-file', 'empty-file', 1, 1],
  ['missing-property', 'missing-property', 13, 5],
  ['unknown-property', 'missing-property', 13, 5],
  ['bad-value', 'bad-value', 20, 11],
  ['wrong-type', 'wrong-type', 7, 73],
  ['bad-id', 'bad-id', 18, 9],
  ['bad-format', 'bad-format', 3, 7],
  ['empty-list', 'empty-list', 12, 12],
  ['out-of-range', 'out-of-range', 7, 13],
  ['duplicate-id', 'duplicate-id', 18, 9],
  ['unknown-stage', 'unknown-stage', 19, 12],
  ['unknown-stage-in-journey', 'unknown-stage', 7, 5],
  ['condition-unknown', 'condition-unknown', 21, 23],
  ['condition-order', 'condition-order', 16, 23],
  ['condition-option', 'condition-option', 21, 42],
  ['unknown-action', 'unknown-action', 17, 15],
  ['unknown-category', 'unknown-category', 9, 17],
  ['levels-order', 'levels-order', 11, 57],
  ['levels-start', 'levels-start', 10, 55],
  ['missing-options', 'missing-options', 18, 5],
  ['fixed-options', 'fixed-options', 19, 7],
  ['no-points', 'no-points', 23, 7],
  ['unknown-question', 'unknown-question', 7, 3],
  ['bad-answer', 'bad-answer', 6, 12],
  ['na-not-allowed', 'na-not-allowed', 9, 23],
  ['na-with-value', 'na-with-value', 8, 32],
  ['unknown-questionnaire', 'unknown-questionnaire', 1, 22],
  ['unknown-version', 'unknown-version', 1, 48],
];

const LINE = /^(.+?):(\d+):(\d+): (.*) \[([a-z-]+)\]$/;

describe('digimat validate on malformed files', () => {
  it.each(CASES)('%s reports %s at %i:%i', (fixture, code, line, col) => {
    const file = `test/fixtures/errors/${fixture}.yaml`;
    const r = runDigimat(['validate', file]);
    expect(r.code).toBe(1);
    const first = r.stdout.split('\n')[0]!.match(LINE);
    expect(first, r.stdout).not.toBeNull();
    expect([first![1], Number(first![2]), Number(first![3]), first![5]]).toEqual([file, line, col, code]);
    // The whole message, golden: what a user reads must not drift unnoticed.
    expect(r.stdout).toBe(readFileSync(`${ROOT}/test/fixtures/errors/${fixture}.expected`, 'utf8'));
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('reports every problem of a run, across files, not only the first', () => {
    const files = CASES.map(([f]) => `test/fixtures/errors/${f}.yaml`);
    const r = runDigimat(['validate', ...files]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(CASES.length);
    for (const file of files) expect(lines.some((l) => l.startsWith(`${file}:`))).toBe(true);
    expect(r.stderr).toMatch(/^3\d error\(s\), 1 warning\(s\)$/m);
  });

  it('checks that the Spanish and English files of a questionnaire and of the actions agree', () => {
    const r = runDigimat(['--content', 'test/fixtures/translation', 'validate', 'test/fixtures/translation']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/translation/questionnaires/fixture.es.yaml:13:9: question `web` is missing from test/fixtures/translation/questionnaires/fixture.en.yaml; translations must use the same ids [translation-ids]');
    expect(r.stdout).toContain('test/fixtures/translation/questionnaires/fixture.en.yaml:13:9: question `website` is missing from');
    expect(r.stdout).toContain('fixture.es.yaml:23:7: question `online-sales`: `options` differs from');
    expect(r.stdout).toContain('actions.es.yaml:3:95: action `build-website`: `impact` differs from');
  });

  it('says a missing file in one line, exit 1, no stack', () => {
    const r = runDigimat(['validate', 'assessments/no-such-client.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('assessments/no-such-client.yaml: no such file or folder');
    const s = runDigimat(['score', 'assessments/no-such-client.yaml']);
    expect(s.code).toBe(1);
    expect(s.stderr.trim()).toBe('assessments/no-such-client.yaml: no such file');
  });

  it('accepts the bundled content and example assessments', () => {
    const r = runDigimat(['validate']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

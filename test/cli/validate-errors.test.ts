import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

/** One fixture per error code: the code, line and column the first reported problem must carry. */
const CASES: [fixture: string, code: string, line: number, col: number][] = [
  ['yaml-syntax', 'yaml-syntax', 22, 11],
  ['unclosed-bracket', 'unclosed-bracket', 21, 13],
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
  ['unknown-category', 'unknown-category', 9, 14],
  ['unknown-funding-scheme', 'unknown-funding-scheme', 3, 16],
  ['library-unknown-questionnaire', 'unknown-questionnaire', 1, 16],
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
  ['unresolved-alias', 'unresolved-alias', 7, 13],
  ['alias-bomb', 'alias-bomb', 10, 16],
  ['alias-bomb-questionnaire', 'alias-bomb', 19, 47],
  ['too-deep', 'too-deep', 7, 75],
  ['bad-indent', 'bad-indent', 17, 7],
  ['bad-indent-after-comment', 'bad-indent', 10, 2],
  ['unclosed-quote', 'unclosed-quote', 3, 7],
  ['bad-date', 'bad-date', 3, 7],
  ['bad-date-month', 'bad-date', 3, 7],
  ['not-utf8', 'not-utf8', 2, 21],
  ['binary-file', 'binary-file', 2, 25],
  ['empty-text', 'empty-text', 4, 8],
  ['max-not-multiple', 'max-not-multiple', 21, 10],
];

/** Problems that are only warnings: printed on stderr, exit 0 unless an error comes too. */
const WARNINGS: [fixture: string, code: string, line: number, col: number][] = [
  ['split-item', 'split-item', 11, 42],
  ['unknown-size', 'unknown-size', 5, 3],
  ['empty-stage', 'empty-stage', 9, 11],
];

/**
 * Folders that only make sense together (a content folder, an assessments folder): the arguments to
 * validate them and the whole output, golden, in <name>.expected beside the folder.
 */
const FOLDERS: [fixture: string, args: string[]][] = [
  ['course-pages', ['--content', 'test/fixtures/errors/course-pages', 'validate', 'test/fixtures/errors/course-pages']],
  ['duplicate-module', ['--content', 'test/fixtures/errors/duplicate-module', 'validate', 'test/fixtures/errors/duplicate-module']],
  [
    'missing-translation',
    ['--content', 'test/fixtures/errors/missing-translation', 'validate', 'test/fixtures/errors/missing-translation'],
  ],
  ['duplicate-library', ['--content', 'test/fixtures/errors/duplicate-library', 'validate', 'test/fixtures/errors/duplicate-library']],
  ['pages', ['validate', '--assessments', 'test/fixtures/errors/pages', 'test/fixtures/errors/pages']],
  ['course-problems', ['--content', 'test/fixtures/errors/course-problems', 'validate', 'test/fixtures/errors/course-problems']],
  ['duplicates', ['--content', 'test/fixtures/errors/duplicates', 'validate', 'test/fixtures/errors/duplicates']],
];

/**
 * Fixtures that live with the folder they need (another content folder): the arguments, the exit
 * code, which stream the problems go to, and the golden output beside the fixture.
 */
const WITH_CONTENT: [expected: string, args: string[], exit: number, stream: 'stdout' | 'stderr'][] = [
  [
    'test/fixtures/versions/made-on-v1.expected',
    ['--content', 'test/fixtures/versions/content', 'validate', 'test/fixtures/versions/made-on-v1.yaml'],
    0,
    'stderr',
  ],
  [
    'test/fixtures/versions/other-language.expected',
    ['--content', 'test/fixtures/versions/content', 'validate', 'test/fixtures/versions/other-language.yaml'],
    1,
    'stdout',
  ],
  ['test/fixtures/translation.expected', ['--content', 'test/fixtures/translation', 'validate', 'test/fixtures/translation'], 1, 'stdout'],
];

const LINE = /^(.+?):(\d+):(\d+): (.*) \[([a-z0-9-]+)\]$/;

describe('digimat validate on malformed files', () => {
  it.each(CASES)('%s reports %s at %i:%i', async (fixture, code, line, col) => {
    const file = `test/fixtures/errors/${fixture}.yaml`;
    const r = await runInProcess(['validate', file]);
    expect(r.code).toBe(1);
    const first = r.stdout.split('\n')[0]!.match(LINE);
    expect(first, r.stdout).not.toBeNull();
    expect([first![1], Number(first![2]), Number(first![3]), first![5]]).toEqual([file, line, col, code]);
    // The whole message, golden: what a user reads must not drift unnoticed.
    expect(r.stdout).toBe(readFileSync(`${ROOT}/test/fixtures/errors/${fixture}.expected`, 'utf8'));
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it.each(WARNINGS)('%s warns %s at %i:%i', async (fixture, code, line, col) => {
    const file = `test/fixtures/errors/${fixture}.yaml`;
    const r = await runInProcess(['validate', file]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe('');
    const first = r.stderr.split('\n')[0]!.match(LINE);
    expect([first![1], Number(first![2]), Number(first![3]), first![5]]).toEqual([file, line, col, code]);
    expect(r.stderr).toBe(readFileSync(`${ROOT}/test/fixtures/errors/${fixture}.expected`, 'utf8'));
  });

  it.each(FOLDERS)('the %s folder reports each problem once, where it is', async (fixture, args) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(`${ROOT}/test/fixtures/errors/${fixture}.expected`, 'utf8'));
    for (const line of r.stdout.trim().split('\n')) expect(line).toMatch(LINE);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it.each(WITH_CONTENT)('%s', async (expected, args, exit, stream) => {
    const r = await runInProcess(args);
    expect(r.code, r.stderr).toBe(exit);
    expect(r[stream]).toBe(readFileSync(`${ROOT}/${expected}`, 'utf8'));
  });

  it('accepts course pages with a byte-order mark, CR-only or CRLF line ends', async () => {
    const r = await runInProcess(['--content', 'test/fixtures/errors/course-pages', 'validate', 'test/fixtures/errors/course-pages']);
    for (const page of ['bom.md', 'cr-only.md', 'crlf.md']) expect(r.stdout).not.toContain(page);
    // The pages are really there: the folder has eight pages and five of them are reported.
    expect(r.stderr.trim()).toBe('5 error(s), 0 warning(s)');
  });

  it('a hostile file never gets past the parser as an internal error (exit 70)', async () => {
    const hostile = ['unresolved-alias', 'alias-bomb', 'too-deep'].map((f) => `test/fixtures/errors/${f}.yaml`);
    for (const args of [
      ['validate', ...hostile],
      ['score', hostile[0]!],
      ['score', hostile[1]!],
      ['score', hostile[2]!],
      ['report', '--format', 'md', '-o', '/dev/null', hostile[1]!],
    ]) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr + r.stdout).toMatch(
        /^test\/fixtures\/errors\/[a-z-]+\.yaml:\d+:\d+: .* \[(unresolved-alias|alias-bomb|too-deep)\]$/m,
      );
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });

  it('a build refuses assessments that would share a page, before writing anything', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-pages-')), 'site');
    const r = await runInProcess(['build', '--assessments', 'test/fixtures/errors/pages', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'test/fixtures/errors/pages/sub/solo.yaml:1:1: this assessment would get the page `solo`, which test/fixtures/errors/pages/solo.yaml already gets; rename one of the two files [duplicate-page]',
    );
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('reports every problem of a run, across files, not only the first', async () => {
    const files = CASES.map(([f]) => `test/fixtures/errors/${f}.yaml`);
    const r = await runInProcess(['validate', ...files]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(CASES.length);
    for (const file of files) expect(lines.some((l) => l.startsWith(`${file}:`))).toBe(true);
    expect(r.stderr).toMatch(new RegExp(`^${lines.length} error\\(s\\), 1 warning\\(s\\)$`, 'm'));
  });

  it('checks that the Spanish and English files of a questionnaire and of the actions agree', async () => {
    const r = await runInProcess(['--content', 'test/fixtures/translation', 'validate', 'test/fixtures/translation']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'test/fixtures/translation/questionnaires/fixture.es.yaml:13:9: question `web` is missing from test/fixtures/translation/questionnaires/fixture.en.yaml; translations must use the same ids [translation-ids]',
    );
    expect(r.stdout).toContain('test/fixtures/translation/questionnaires/fixture.en.yaml:13:9: question `website` is missing from');
    expect(r.stdout).toContain('fixture.es.yaml:23:7: question `online-sales`: `options` differs from');
    expect(r.stdout).toContain('actions.es.yaml:3:95: action `build-website`: `impact` differs from');
  });

  it('reports es/en differences in every reference field, saying which side lacks it', async () => {
    const r = await runInProcess(['--content', 'test/fixtures/translation', 'validate', 'test/fixtures/translation']);
    const es = 'test/fixtures/translation/actions/actions.es.yaml';
    const en = 'test/fixtures/translation/actions/actions.en.yaml';
    expect(r.stdout).toContain(
      `${es}:4:124: action \`email-news\`: \`sizes\` differs from ${en}; only texts may differ between translations [translation-mismatch]`,
    );
    expect(r.stdout).toContain(
      `${es}:4:145: action \`email-news\`: \`funding\` is set here but missing from ${en}; only texts may differ between translations [translation-mismatch]`,
    );
    // A missing course link changes no figure, only what one language can link to: a warning.
    expect(r.stderr).toContain(
      `${es}:4:162: warning: action \`email-news\`: \`course\` is set here but missing from ${en}; only texts may differ between translations [translation-mismatch]`,
    );
    const q = 'test/fixtures/translation/questionnaires/fixture.es.yaml';
    expect(r.stdout).toContain(`${q}:29:11: question \`delivery\`: \`when\` differs from`);
    expect(r.stdout).toContain(`${q}:30:14: question \`delivery\`: \`actions\` is set here but missing from`);
  });

  it('a missing date, assessor, sector and location do not hide bad answers in the same run', async () => {
    const file = 'test/fixtures/errors/missing-fields-and-bad-answers.yaml';
    const r = await runInProcess(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(`${ROOT}/test/fixtures/errors/missing-fields-and-bad-answers.expected`, 'utf8'));
    const codes = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.match(LINE)![5]);
    expect(codes).toEqual([
      'missing-property',
      'missing-property',
      'missing-property',
      'missing-property',
      'bad-answer',
      'bad-answer',
      'unknown-question',
    ]);
    // The answers are still refused when scoring: no figure from a file that failed its schema.
    const s = await runInProcess(['score', file]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(`${file}:7:12: question \`website\` has no option \`spaceship\``);
  });

  it('says a missing file in one line, exit 1, no stack', async () => {
    const r = await runInProcess(['validate', 'assessments/no-such-client.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('assessments/no-such-client.yaml: no such file or folder');
    const s = await runInProcess(['score', 'assessments/no-such-client.yaml']);
    expect(s.code).toBe(1);
    expect(s.stderr.trim()).toBe('assessments/no-such-client.yaml: no such file');
  });

  it('accepts the bundled content and example assessments', async () => {
    const r = await runInProcess(['validate']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });
});

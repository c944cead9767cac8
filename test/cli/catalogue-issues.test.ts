import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

/**
 * One content folder per text-catalogue issue code: `digimat validate` on it, the exit code, and the
 * whole output (stdout, then stderr, where warnings and the summary go), golden, in
 * test/fixtures/errors/<code>.expected. Warnings leave the exit code at 0.
 */
const CASES: [code: string, exit: number][] = [
  ['catalogue-missing', 0],
  ['catalogue-incomplete', 0],
  ['unknown-slot', 1],
  ['bad-language-tag', 1],
];

const LINE = /^(.+?):(\d+):(\d+): (warning: )?(.*) \[([a-z0-9-]+)\]$/;

describe('text catalogue problems', () => {
  it.each(CASES)('%s is reported once, where it is, with its golden message', (code, exit) => {
    const dir = `test/fixtures/errors/${code}`;
    const r = runDigimat(['--content', dir, 'validate', dir]);
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stdout + r.stderr).toBe(readFileSync(`${ROOT}/test/fixtures/errors/${code}.expected`, 'utf8'));
    const lines = (r.stdout + r.stderr)
      .trim()
      .split('\n')
      .filter((l) => !/^(valid|\d+ error)/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.match(LINE)?.[6]).toBe(code);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('a site that overrides single Spanish strings gets them without any warning', () => {
    const r = runDigimat(['--content', 'test/fixtures/lang/es-override/content', 'validate', 'test/fixtures/lang/es-override/content']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('valid (0 warning(s))');
  });
});

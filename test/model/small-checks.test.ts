import { describe, expect, it } from 'vitest';
import { checkAssessmentPages } from '../../src/model/assessment-pages.js';
import { calendarDateProblem } from '../../src/model/calendar-date.js';
import { decodeUtf8 } from '../../src/model/decode-utf8.js';

describe('calendar dates', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2026-01-31', '2028-02-29', '2000-02-29', '2026-12-31']) expect(calendarDateProblem(d), d).toBeUndefined();
  });
  it('rejects days that do not exist, saying why', () => {
    expect(calendarDateProblem('2026-02-30')).toBe('February 2026 has 28 days, not 30');
    expect(calendarDateProblem('2100-02-29')).toBe('February 2100 has 28 days, not 29');
    expect(calendarDateProblem('2026-13-45')).toBe('month 13 does not exist');
    expect(calendarDateProblem('2026-04-00')).toBe('April 2026 has 30 days, not 00');
  });
});

describe('UTF-8', () => {
  it('passes UTF-8 through, dropping a byte-order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFaño: 1\n'), 'x.yaml')).toEqual({ text: 'año: 1\n', issues: [] });
  });
  it('locates the first byte that is not UTF-8 by line and character', () => {
    // "año: 1\nsí: Caf" then a Latin-1 é: column counts characters, not bytes.
    const bytes = new Uint8Array([...new TextEncoder().encode('año: 1\nsí: Caf'), 0xe9, 0x0a]);
    const r = decodeUtf8(bytes, 'x.yaml');
    expect(r.issues.map((i) => [i.line, i.col, i.code])).toEqual([[2, 8, 'not-utf8']]);
    expect(r.issues[0]!.message).toContain('0xE9');
    expect(r.text).toBe('año: 1\nsí: Caf\uFFFD\n');
  });
  it('rejects overlong forms and surrogates too', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xc0, 0xaf]), 'x').issues[0]!.col).toBe(2);
    expect(decodeUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]), 'x').issues[0]!.col).toBe(2);
  });
});

describe('assessment pages', () => {
  it('reports clashing and unusable page names once each, at the later file', () => {
    const issues = checkAssessmentPages([
      { file: 'a/sub/solo.yaml', slug: 'solo' },
      { file: 'a/solo.yaml', slug: 'solo' },
      { file: 'a/...yaml', slug: '..' },
      { file: 'a/.yaml', slug: '' },
      { file: 'a/tienda-2.yaml', slug: 'tienda-2' },
      { file: 'a/v1.2.yaml', slug: 'v1.2' },
    ]);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['a/...yaml', 'bad-file-name'],
      ['a/.yaml', 'bad-file-name'],
      ['a/sub/solo.yaml', 'duplicate-page'],
    ]);
  });
});

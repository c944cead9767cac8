import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-tools.js';
import { runDigimat } from '../helpers/run-cli.js';

const DE = 'test/fixtures/lang/de-site';
const ASSESSMENT = `${DE}/assessments/baeckerei-korn.yaml`;

describe('a German content with a partial text catalogue, from the CLI', () => {
  it('scores with the German words it has and English for the rest', () => {
    const r = runDigimat(['--content', `${DE}/content`, 'score', ASSESSMENT]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Phase\s+Punktzahl\s+Stufe\s+Answered$/m);
    expect(r.stdout).toContain('Sichtbarkeit  0,0'); // German number format from Intl
    expect(r.stdout).toContain('Schwächste Phase: Sichtbarkeit');
    expect(r.stdout).toContain('Maßnahmenplan');
    expect(r.stdout).toContain('First 30 days (quick wins)'); // horizons not translated: English
  });

  it('writes the PDF report with the German title and the same figures', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-de-')), 'bericht.pdf');
    const r = runDigimat(['--content', `${DE}/content`, 'report', ASSESSMENT, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(readFileSync(out), 'de-report');
    expect(text).toContain('Bericht zum digitalen Kundenservice');
    expect(text).toContain('Gesamtpunktzahl');
    expect(text).toContain('0,0 / 100');
    expect(text).toContain('Eine einfache Website einrichten');
  });
});

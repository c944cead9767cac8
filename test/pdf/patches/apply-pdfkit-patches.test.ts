import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/node/load-content.js';
import { loadPdfFonts } from '../../../src/node/pdf-fonts.js';
import { reportInput } from '../../../src/node/render-report.js';
import { CACHE_LIMIT, sharedLayout } from '../../../src/pdf/patches/fast-layout.js';
import { INTERNAL_CHECKS } from '../../../src/pdf/patches/internal-checks.js';
import { PDFKIT_PATCHES } from '../../../src/pdf/patches/patch-names.js';
import { newDocument } from '../../../src/pdf/pdf-doc.js';
import { reportPdf } from '../../../src/pdf/report-pdf.js';
import { pdfInfo, pdfText, qpdfCheck } from '../../helpers/pdf-tools.js';
import { ROOT } from '../../helpers/run-cli.js';

const WARNING = /^digimat: warning: pdfkit or fontkit is not the pinned version/;

/**
 * In a fresh Node process (its own pdfkit and fontkit modules), first changes one internal the way a
 * new pdfkit or fontkit release might, then makes the bakery's report twice with the compiled dist/.
 */
function reportsAfter(change: string): { stderr: string; code: number | null; first: Uint8Array; second: Uint8Array } {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-patches-'));
  const script = `
    import PDFDocument from 'pdfkit';
    import { writeFileSync } from 'node:fs';
    const dist = (p) => import(${JSON.stringify(`${ROOT}/dist/`)} + p);
    const { loadPdfFonts } = await dist('node/pdf-fonts.js');
    const { loadContent } = await dist('node/load-content.js');
    const { reportInput } = await dist('node/render-report.js');
    const { reportPdf } = await dist('pdf/report-pdf.js');
    const fonts = await loadPdfFonts();
    const probe = new PDFDocument({ font: fonts.regular });
    const font = probe._font;
    ${change}
    const input = await reportInput('assessments/panaderia-la-espiga.yaml', await loadContent('content'));
    writeFileSync(${JSON.stringify(`${dir}/first.pdf`)}, await reportPdf(input, fonts));
    writeFileSync(${JSON.stringify(`${dir}/second.pdf`)}, await reportPdf(input, fonts));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const read = (name: string) => (r.status === 0 ? new Uint8Array(readFileSync(`${dir}/${name}.pdf`)) : new Uint8Array());
  return { stderr: r.stderr, code: r.status, first: read('first'), second: read('second') };
}

const CHANGES: [what: string, change: string, member: string][] = [
  // A method that now takes its arguments another way: stock pdfkit still works through it.
  [
    'EmbeddedFont#layout with another signature',
    'const layout = Object.getPrototypeOf(font).layout; Object.getPrototypeOf(font).layout = function (...args) { return layout.apply(this, args); };',
    'EmbeddedFont#layout',
  ],
  [
    'PDFDocument#ref with another signature',
    'const ref = PDFDocument.prototype.ref; PDFDocument.prototype.ref = function (...args) { return ref.apply(this, args); };',
    'PDFDocument#ref',
  ],
  [
    'a fontkit Subset whose includeGlyph takes its argument another way',
    'const subset = Object.getPrototypeOf(font.subset); const include = subset.includeGlyph; subset.includeGlyph = function (...args) { return include.apply(this, args); };',
    'includeGlyph',
  ],
];

describe('applyPdfkitPatches', () => {
  const normal = reportsAfter('');
  const normalText = pdfText(normal.first, 'patched-report');

  it('with pdfkit and fontkit as pinned: no warning, and the same bytes for the same input', () => {
    expect(normal.code, normal.stderr).toBe(0);
    expect(normal.stderr).toBe('');
    expect(Buffer.from(normal.first).equals(Buffer.from(normal.second))).toBe(true);
  });

  for (const [what, change, member] of CHANGES) {
    it(`falls back to stock pdfkit after ${what}: one warning naming it, and the same text and pages`, () => {
      const r = reportsAfter(change);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1); // two reports, one warning
      expect(lines[0]).toMatch(WARNING);
      expect(lines[0]).toContain(member);
      // Stock pdfkit, not ours: it compresses at its own level.
      expect(Buffer.from(r.first).equals(Buffer.from(normal.first))).toBe(false);
      expect(Buffer.from(r.first).equals(Buffer.from(r.second))).toBe(true);
      const name = `stock-report-${member.replace(/\W+/g, '-')}`;
      expect(pdfText(r.first, name)).toBe(normalText);
      expect(pdfInfo(name).Pages).toBe(pdfInfo('patched-report').Pages);
      expect(qpdfCheck(name)).toContain('No syntax or stream encoding errors');
    }, 60_000);
  }

  it('checks at least one internal of every patch, and names only known patches', () => {
    const names = PDFKIT_PATCHES.map((p) => p.name);
    expect(new Set(INTERNAL_CHECKS.map((c) => c.patch))).toEqual(new Set(names));
  });
});

describe('the patches’ caches', () => {
  it('stay bounded over a batch of 1,000 reports, each with text of its own', async () => {
    const content = await loadContent(`${ROOT}/content`);
    const fonts = await loadPdfFonts();
    const base = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    const doc = newDocument({ title: 't', author: 'a', subject: 's', lang: 'es', date: '2026-01-01' }, fonts);
    const parsed = (doc as unknown as { _font: { font: object } })._font.font;
    const caches = sharedLayout(parsed);
    let largest = 0;
    for (let i = 0; i < 1000; i++) {
      // A company of its own, and a note of words no other report has: every report adds new entries.
      const words = Array.from({ length: 30 }, (_, j) => `palabra${i}x${j}`).join(' ');
      const assessment = {
        ...base.assessment,
        company: { ...base.assessment.company, name: `Empresa ${i} de prueba` },
        notes: `${words}.`,
      };
      await reportPdf({ ...base, assessment }, fonts);
      largest = Math.max(largest, caches.words.size, caches.widths.size, caches.lines.size);
    }
    expect(largest).toBeLessThanOrEqual(CACHE_LIMIT);
    // The bound was reached and the caches started again, rather than the batch being too small to tell.
    expect(caches.words.clears + caches.widths.clears).toBeGreaterThan(0);
  }, 600_000); // about 20 s on a quiet machine; more than 2 minutes when other processes share the two cores
});

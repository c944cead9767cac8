import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { contentWidth, plain, wrappedLines } from '../../src/pdf/draw.js';
import { newDocument } from '../../src/pdf/pdf-doc.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);
const fonts = await loadPdfFonts();

describe('wrappedLines', () => {
  it('never counts fewer lines than pdfkit wraps, and at most one more, for every action and question of the bundled content', () => {
    const doc = newDocument({ title: 't', author: 't', subject: 't', lang: 'es', date: '2026-01-01' }, fonts);
    const texts = [
      ...[...content.libraries.values()].flatMap((lib) => lib.value!.actions.flatMap((a) => [plain(a.description), a.title])),
      ...content.questionnaires.flatMap((q) => q.questions.map((x) => `•  ${x.prompt} — ${x.options.map((o) => o.label).join(', ')}`)),
      'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword and then some more',
    ];
    expect(texts.length).toBeGreaterThan(100);
    let exact = 0;
    for (const [font, size] of [
      ['body', 10],
      ['bold', 11],
      ['body', 9],
    ] as const) {
      doc.font(font).fontSize(size);
      for (const text of texts) {
        for (const width of [contentWidth(doc), contentWidth(doc) - 12, 180]) {
          const pdfkit = Math.round(doc.heightOfString(text, { width, lineGap: 0 }) / doc.currentLineHeight(true));
          const ours = wrappedLines(doc, text, width);
          expect(ours, `${text} at ${width}`).toBeGreaterThanOrEqual(pdfkit);
          expect(ours, `${text} at ${width}`).toBeLessThanOrEqual(pdfkit + 1);
          if (ours === pdfkit) exact++;
        }
      }
    }
    // Almost always the same count: the spare line is the exception (a hyphen pdfkit broke at).
    expect(exact / (texts.length * 9)).toBeGreaterThan(0.95);
  });
});

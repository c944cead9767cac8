import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../src/node/pdf-fonts.js';
import { newDocument } from '../../../src/pdf/pdf-doc.js';
import { measuredOnce, textHeight } from '../../../src/pdf/patches/text-height.js';

const fonts = await loadPdfFonts();
const meta = { title: 't', author: 't', subject: 't', lang: 'es', date: '2026-01-01' };
const text = 'Responder a las reseñas en línea en menos de 48 horas, con la misma voz en todos los canales';

describe('textHeight', () => {
  it('gives what pdfkit’s heightOfString gives, for each font, size, width and line gap, in a later document too', () => {
    for (const doc of [newDocument(meta, fonts), newDocument(meta, fonts)]) {
      for (const font of ['body', 'bold']) {
        for (const size of [8, 9, 12]) {
          for (const width of [90, 240]) {
            for (const lineGap of [undefined, 1, 2]) {
              doc.font(font).fontSize(size);
              const options = lineGap === undefined ? { width } : { width, lineGap };
              expect(textHeight(doc, text, options), `${font} ${size} ${width} ${lineGap}`).toBe(doc.heightOfString(text, options));
            }
          }
        }
      }
    }
  });
});

describe('measuredOnce', () => {
  it('computes once per font, size and key, and again for another size or font', () => {
    const doc = newDocument(meta, fonts);
    let computed = 0;
    const measure = () => measuredOnce(doc, 'test|measuredOnce', () => ++computed);
    doc.font('body').fontSize(10);
    expect(measure()).toBe(1);
    expect(measure()).toBe(1);
    expect(measuredOnce(newDocument(meta, fonts).font('body').fontSize(10), 'test|measuredOnce', () => ++computed)).toBe(1);
    doc.fontSize(11);
    expect(measure()).toBe(2);
    doc.font('bold').fontSize(10);
    expect(measure()).toBe(3);
  });
});

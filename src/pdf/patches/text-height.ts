import { patchActive } from './apply-pdfkit-patches.js';
import { BoundedMap } from './bounded-map.js';
import { CACHE_LIMIT } from './fast-layout.js';
import type { DocInternals } from './pdfkit-internals.js';

// pdfkit's own document type, not pdf-doc.ts's alias (no import circle).
type Doc = PDFKit.PDFDocument;

/** Measurements by font file (the parsed font every document shares), for the whole process, bounded. */
const measured = new WeakMap<object, BoundedMap<string, number>>();

/**
 * `compute()` for the current font and size, remembered under `key` for every later document: a
 * report measures its tables and kept-together blocks before drawing them, and the same action
 * titles and texts come back in report after report. A measurement depends only on the font, its
 * size and what `key` holds, so the remembered figure is the one computing it again would give.
 */
export function measuredOnce(doc: Doc, key: string, compute: () => number): number {
  if (!patchActive('measured-once')) return compute();
  const d = doc as unknown as DocInternals;
  const font = d._font.font;
  let cache = measured.get(font);
  if (!cache) measured.set(font, (cache = new BoundedMap(CACHE_LIMIT)));
  const full = `${d._fontSize}|${key}`;
  let value = cache.get(full);
  if (value === undefined) {
    value = compute();
    cache.set(full, value);
  }
  return value;
}

/**
 * pdfkit's `heightOfString` for text wrapped to `width` with an optional line gap, remembered (see
 * measuredOnce). Only these two options are taken, so nothing else can change the figure.
 */
export function textHeight(doc: Doc, text: string, options: { width: number; lineGap?: number }): number {
  const lineGap = options.lineGap || (doc as unknown as DocInternals)._lineGap || 0;
  return measuredOnce(doc, `h|${options.width}|${lineGap}|${text}`, () => doc.heightOfString(text, options));
}

/** The measurements remembered for a parsed font (for tests: they must stay bounded). */
export function measuredFor(font: object): BoundedMap<string, number> | undefined {
  return measured.get(font);
}

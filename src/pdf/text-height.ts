import type { Doc } from './pdf-doc.js';

type Internals = { _font?: { font?: object }; _fontSize: number; _lineGap?: number };

/** Measurements by font file (the parsed font every document shares), for the whole process. */
const measured = new WeakMap<object, Map<string, number>>();
/** Bounded like the line layouts: a long-running process starts again rather than growing. */
const MAX_MEASURES = 20_000;

/**
 * `compute()` for the current font and size, remembered under `key` for every later document: a
 * report measures its tables and kept-together blocks before drawing them, and the same action
 * titles and texts come back in report after report. A measurement depends only on the font, its
 * size and what `key` holds, so the remembered figure is the one computing it again would give.
 */
export function measuredOnce(doc: Doc, key: string, compute: () => number): number {
  const d = doc as unknown as Internals;
  const font = d._font?.font;
  if (!font) return compute();
  let cache = measured.get(font);
  if (!cache) measured.set(font, (cache = new Map()));
  const full = `${d._fontSize}|${key}`;
  let value = cache.get(full);
  if (value === undefined) {
    value = compute();
    if (cache.size >= MAX_MEASURES) cache.clear();
    cache.set(full, value);
  }
  return value;
}

/**
 * pdfkit's `heightOfString` for text wrapped to `width` with an optional line gap, remembered (see
 * measuredOnce). Only these two options are taken, so nothing else can change the figure.
 */
export function textHeight(doc: Doc, text: string, options: { width: number; lineGap?: number }): number {
  const lineGap = options.lineGap || (doc as unknown as Internals)._lineGap || 0;
  return measuredOnce(doc, `h|${options.width}|${lineGap}|${text}`, () => doc.heightOfString(text, options));
}

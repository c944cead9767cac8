import type { Glyph } from './pdfkit-internals.js';

const kept = new WeakSet<object>();

/**
 * fontkit parses a glyph's outline again every time a document's font subset takes the glyph, only to
 * see whether it is built from other glyphs. The outline of a static font never changes, so the first
 * parse is kept (a tenth of a report's time went there). Once per parsed font, for every glyph of
 * its character set (pdf-doc.ts has made those glyph objects already).
 */
export function keepOutlines(font: { characterSet: number[]; glyphForCodePoint(cp: number): Glyph }): void {
  if (kept.has(font)) return;
  kept.add(font);
  for (const cp of font.characterSet) keepOutline(font.glyphForCodePoint(cp));
}

function keepOutline(glyph: Glyph): void {
  const decode = glyph._decode;
  if (typeof decode !== 'function') return;
  let first: { value: unknown } | undefined;
  glyph._decode = () => (first ??= { value: decode.call(glyph) }).value;
}

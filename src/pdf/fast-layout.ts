/** The parts of pdfkit's embedded font (EmbeddedFont) that its `layout` method uses. */
export interface EmbeddedFontInternals {
  layout(text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  layoutRun(text: string, features?: unknown): LayoutResult;
  layoutCached(text: string): LayoutResult;
  /** Ours: widths of words measured before, shared by every document using the font. */
  widthCache?: Map<string, number>;
}

interface LayoutResult {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/**
 * pdfkit's EmbeddedFont#layout, with the same result, minus most of its work. The original tests each
 * character with `[' ', '\t'].includes(c)` (a new array per character), grows the glyph and position
 * lists with `concat` (a new array per word) and sums each word's positions again on every call. It
 * runs for every word measured while wrapping and every line written, so in a report it was a tenth
 * of the time plus the garbage it left. Here each word's width is remembered, and glyphs are gathered
 * in place. Like pdfkit, the text is split after each space or tab and each piece is laid out through
 * the font's word cache, and the widths are added up in the same order.
 */
export function fastLayout(this: EmbeddedFontInternals, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== 32 && c !== 9 && (c !== -1 || last === text.length)) continue;
    const end = c === -1 ? i : i + 1;
    const piece = text.slice(last, end);
    if (glyphs && positions) {
      const run = this.layoutCached(piece);
      for (const g of run.glyphs!) glyphs.push(g);
      for (const p of run.positions!) positions.push(p);
      advanceWidth += pieceWidth(this, piece, run);
    } else {
      advanceWidth += pieceWidth(this, piece);
    }
    last = end;
  }
  return { glyphs, positions, advanceWidth };
}

/** A piece's width, remembered: pieces are words, which recur across lines and documents. */
function pieceWidth(font: EmbeddedFontInternals, piece: string, run?: LayoutResult): number {
  let width = font.widthCache?.get(piece);
  if (width === undefined) {
    width = (run ?? font.layoutCached(piece)).advanceWidth;
    font.widthCache?.set(piece, width);
  }
  return width;
}


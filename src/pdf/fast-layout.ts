/** The parts of pdfkit's embedded font (EmbeddedFont) that its `layout` and `encode` methods use. */
export interface EmbeddedFontInternals {
  layout(text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  layoutRun(text: string, features?: unknown): LayoutResult;
  layoutCached(text: string): LayoutResult;
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  scale: number;
  /** Ours: widths of words measured before, shared by every document using the font. */
  widthCache?: Map<string, number>;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface LayoutResult {
  glyphs: Glyph[] | null;
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
  const widths = this.widthCache;
  if (widths) {
    // The whole text's width or layout from an earlier call: the same pieces added in the same order
    // give the same figure, so this is what the loop below would return again.
    if (onlyWidth) {
      const width = widths.get(text);
      if (width !== undefined) return { glyphs: null, positions: null, advanceWidth: width };
    } else {
      const line = linesOf(widths).get(text);
      if (line) return line;
    }
  }
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
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
  const result = { glyphs, positions, advanceWidth };
  if (widths) {
    widths.set(text, advanceWidth);
    if (!onlyWidth) {
      const lines = linesOf(widths);
      if (lines.size >= MAX_LINES) lines.clear();
      lines.set(text, result);
    }
  }
  return result;
}

/**
 * Laid-out lines by font (keyed by the font's shared width cache), for every document of the
 * process: a line is measured while wrapping and laid out again to be written, and the plan's texts
 * recur from report to report. pdfkit only reads the glyph and position lists it gets back (as it
 * already does with its own word cache), so sharing them is safe. Bounded: a long-running process
 * making reports for many companies starts the cache again rather than growing without end.
 */
const lineCaches = new WeakMap<Map<string, number>, Map<string, LayoutResult>>();
const MAX_LINES = 20_000;

function linesOf(widths: Map<string, number>): Map<string, LayoutResult> {
  let lines = lineCaches.get(widths);
  if (!lines) lineCaches.set(widths, (lines = new Map()));
  return lines;
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


/** Four-digit hex glyph ids, made once: a subset's ids are small and recur in every line. */
const HEX = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(4, '0'));

/**
 * pdfkit's EmbeddedFont#encode with the same result: each glyph of the laid-out text taken into the
 * document's font subset, its width and characters noted, and its subset id as four hex digits,
 * which the original builds with a template string and a slice for every glyph of every line.
 */
export function fastEncode(this: EmbeddedFontInternals, text: string, features?: unknown): [string[], unknown[]] {
  const { glyphs, positions } = this.layout(text, features);
  const ids: string[] = new Array(glyphs!.length);
  for (let i = 0; i < glyphs!.length; i++) {
    const glyph = glyphs![i]!;
    const gid = this.subset.includeGlyph(glyph.id);
    ids[i] = HEX[gid] ?? `0000${gid.toString(16)}`.slice(-4);
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
  }
  return [ids, positions!];
}

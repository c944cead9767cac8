import { BoundedMap } from './bounded-map.js';
import type { EmbeddedFontInternals, Glyph, LayoutResult, SharedLayout } from './pdfkit-internals.js';

/**
 * Entries each of a font's caches may hold before it is emptied (see BoundedMap). A report lays out
 * about 2,000 distinct words and lines; this keeps a few reports' worth, so a batch of reports for
 * different companies reuses what recurs (the plan's texts) without keeping every company's text.
 */
export const CACHE_LIMIT = 20_000;

const shared = new WeakMap<object, SharedLayout>();

/** The caches of a parsed font, made on first use, shared by every document that embeds it. */
export function sharedLayout(font: object): SharedLayout {
  let caches = shared.get(font);
  if (!caches)
    shared.set(
      font,
      (caches = { words: new BoundedMap(CACHE_LIMIT), widths: new BoundedMap(CACHE_LIMIT), lines: new BoundedMap(CACHE_LIMIT) }),
    );
  return caches;
}

/** Gives one document's embedded font our layout and encode, backed by the font's shared caches. */
export function fastLayoutFor(embedded: EmbeddedFontInternals): void {
  embedded.shared = sharedLayout(embedded.font);
  embedded.layout = fastLayout;
  embedded.encode = fastEncode;
}

/**
 * pdfkit's EmbeddedFont#layout, with the same result, minus most of its work. The original tests each
 * character with `[' ', '\t'].includes(c)` (a new array per character), grows the glyph and position
 * lists with `concat` (a new array per word), sums each word's positions again on every call and
 * keeps its word cache per document. It runs for every word measured while wrapping and every line
 * written. Here words, their widths and whole lines are remembered for the process (bounded), and
 * glyphs are gathered in place. Like pdfkit, the text is split after each space or tab, each piece is
 * laid out once by the font, and the widths are added up in the same order.
 */
export function fastLayout(this: EmbeddedFontInternals, text: string, features?: unknown, onlyWidth?: boolean): LayoutResult {
  if (features) return this.layoutRun(text, features);
  const caches = this.shared ?? (this.shared = sharedLayout(this.font));
  // The whole text's width or layout from an earlier call: the same pieces added in the same order
  // give the same figure, so this is what the loop below would return again.
  if (onlyWidth) {
    const width = caches.widths.get(text);
    if (width !== undefined) return { glyphs: null, positions: null, advanceWidth: width };
  } else {
    const line = caches.lines.get(text);
    if (line) return line;
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
      const run = word(this, caches, piece);
      for (const g of run.glyphs!) glyphs.push(g);
      for (const p of run.positions!) positions.push(p);
      advanceWidth += pieceWidth(this, caches, piece, run);
    } else {
      advanceWidth += pieceWidth(this, caches, piece);
    }
    last = end;
  }
  const result = { glyphs, positions, advanceWidth };
  caches.widths.set(text, advanceWidth);
  // pdfkit only reads the glyph and position lists it gets back (as with its own word cache), so a
  // line laid out for measuring can be handed out again for writing, in this or a later document.
  if (!onlyWidth) caches.lines.set(text, result);
  return result;
}

/** A piece laid out by the font, remembered (pdfkit's layoutCached, but for the process, bounded). */
function word(font: EmbeddedFontInternals, caches: SharedLayout, piece: string): LayoutResult {
  let run = caches.words.get(piece);
  if (!run) caches.words.set(piece, (run = font.layoutRun(piece)));
  return run;
}

/** A piece's width, remembered: pieces are words, which recur across lines and documents. */
function pieceWidth(font: EmbeddedFontInternals, caches: SharedLayout, piece: string, run?: LayoutResult): number {
  let width = caches.widths.get(piece);
  if (width === undefined) {
    width = (run ?? word(font, caches, piece)).advanceWidth;
    caches.widths.set(piece, width);
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

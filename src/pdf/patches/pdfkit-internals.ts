import type { BoundedMap } from './bounded-map.js';

// The private members of pdfkit 0.20.2 and fontkit 2.0.4 that the patches in this folder use, as
// types. Both packages are pinned exactly in package.json; internal-checks.ts checks at run time
// that each member below is still there and of this shape before any patch is applied.

/** A glyph as fontkit lays it out. */
export interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** What EmbeddedFont#layout returns. */
export interface LayoutResult {
  glyphs: Glyph[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/** The parts of pdfkit's EmbeddedFont (a document's embedded font) that the patches use. */
export interface EmbeddedFontInternals {
  layout(text: string, features?: unknown, onlyWidth?: boolean): LayoutResult;
  layoutRun(text: string, features?: unknown): LayoutResult;
  encode(text: string, features?: unknown): [string[], unknown[]];
  /** The parsed fontkit font. */
  font: object;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  scale: number;
  /** Ours: the process-wide caches of the parsed font (fast-layout.ts). */
  shared?: SharedLayout;
}

/** The caches one parsed font shares with every document that uses it (fast-layout.ts). */
export interface SharedLayout {
  /** Laid-out words (pieces up to and including a space or tab). */
  words: BoundedMap<string, LayoutResult>;
  /** Widths of words and of whole texts. */
  widths: BoundedMap<string, number>;
  /** Laid-out whole lines. */
  lines: BoundedMap<string, LayoutResult>;
}

/** An indirect object of the document (a page's content stream, say). */
export interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** The private members of a PDFDocument the patches use. */
export interface DocInternals {
  _font: EmbeddedFontInternals;
  _fontFamilies: Record<string, EmbeddedFontInternals>;
  page: { content: Reference };
  ref(data?: object): Reference;
}

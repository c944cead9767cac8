import PDFDocument from 'pdfkit';
import { create } from 'fontkit';
import { fastEncode, fastLayout, type EmbeddedFontInternals } from './fast-layout.js';
import { fasterStreams } from './faster-streams.js';
import { skipRepeatedFills } from './skip-repeated-fills.js';

export type Doc = PDFKit.PDFDocument;

/** Font files for the documents: a Unicode font (Noto Sans, OFL) so €, « », “ ”, ¿ ¡ survive. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  /** YYYY-MM-DD; fixes the document dates so the same input gives the same bytes. */
  date: string;
  layout?: 'portrait' | 'landscape';
}

export const MARGIN = 48;

const parsed = new WeakMap<Uint8Array, unknown>();

/**
 * One parsed font per font file for the whole process. pdfkit accepts a parsed fontkit font, and
 * parsing is most of what a document costs when each one reads the font again.
 */
function parsedFont(bytes: Uint8Array): unknown {
  let font = parsed.get(bytes);
  if (!font) {
    const f = create(bytes as Buffer) as { characterSet: number[]; glyphForCodePoint(cp: number): { _decode?: () => unknown } };
    // fontkit keeps one glyph object per glyph id, with the characters it was first made for; made
    // first by shaping (an ellipsis decomposed into dots, say) it would carry the wrong text, and text
    // copied from later documents would lose those characters. Making every glyph from its own
    // character first settles that for the font's whole life.
    for (const cp of f.characterSet) keepOutline(f.glyphForCodePoint(cp));
    font = f;
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * fontkit parses a glyph's outline again every time a document's font subset takes the glyph, only to
 * see whether it is built from other glyphs. The outline of a static font never changes, so the first
 * parse is kept (a tenth of a report's time went there).
 */
function keepOutline(glyph: { _decode?: () => unknown }): void {
  const decode = glyph._decode;
  if (typeof decode !== 'function') return;
  let kept: { value: unknown } | undefined;
  glyph._decode = () => (kept ??= { value: decode.call(glyph) }).value;
}

type Embedded = Partial<EmbeddedFontInternals> & { layoutCache?: object };
type Internals = { _font: Embedded; _fontFamilies: Record<string, Embedded> };
const layoutCaches = new WeakMap<object, { words: object; widths: Map<string, number> }>();

/**
 * Registers 'body' and 'bold' so each document opens each font once, and lets documents share the
 * per-word layout cache of a font. pdfkit keeps both per document; across a batch of reports the same
 * words are shaped again and again, which was most of a report's time. Each font's `layout` and
 * `encode` are ours (fast-layout.ts). This reaches into pdfkit internals (`_font`, `_fontFamilies`,
 * `layoutCache`, `layout`, `encode`, pinned by package-lock): test/pdf/pdfkit-speedups.test.ts
 * checks ours against pdfkit's own, and the PDF tests compare bytes and text, so a change shows.
 */
function shareFonts(doc: Doc, fonts: PdfFonts): void {
  const d = doc as unknown as Internals;
  // The document already opened the regular font as its starting font: file it under 'body'.
  d._fontFamilies.body = d._font;
  doc.registerFont('bold', parsedFont(fonts.bold) as ArrayBuffer);
  doc.font('bold');
  for (const [key, bytes] of [['body', fonts.regular], ['bold', fonts.bold]] as const) {
    const font = parsedFont(bytes) as object;
    let cache = layoutCaches.get(font);
    if (!cache) layoutCaches.set(font, (cache = { words: Object.create(null) as object, widths: new Map() }));
    const embedded = d._fontFamilies[key];
    if (embedded?.layoutCache) embedded.layoutCache = cache.words;
    if (embedded?.layoutCached) {
      embedded.widthCache = cache.widths;
      embedded.layout = fastLayout;
      embedded.encode = fastEncode;
    }
  }
}

/** A new A4 document with our fonts, metadata and fixed dates; pages are buffered for footers. */
export function newDocument(meta: PdfMeta, fonts: PdfFonts): Doc {
  const date = new Date(`${meta.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margin: MARGIN,
    bufferPages: true,
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'digimat', Producer: 'digimat (pdfkit)', CreationDate: date, ModDate: date },
    // Start with our font, never a standard PDF font: the browser build of pdfkit does not ship them.
    font: parsedFont(fonts.regular),
  } as unknown as PDFKit.PDFDocumentOptions);
  shareFonts(doc, fonts);
  skipRepeatedFills(doc);
  fasterStreams(doc);
  doc.font('body').fontSize(10).fillColor(COLOR.ink);
  return doc;
}

/** Ends the document and collects its bytes. */
export function finish(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => {
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
    doc.end();
  });
}

export const COLOR = {
  ink: '#1b2430',
  muted: '#4d5866',
  brand: '#1d4f73',
  brandLight: '#e7f0f6',
  accent: '#b3541e',
  line: '#cfd7df',
  bands: ['#f3e1d6', '#f6ecd8', '#eef2dc', '#dfeee3', '#d5e8f2', '#dce3f5'],
} as const;

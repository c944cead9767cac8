import PDFDocument from 'pdfkit';
import { create } from 'fontkit';
import { applyPdfkitPatches, pdfkitPatchesUsable } from './patches/apply-pdfkit-patches.js';

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
    const f = create(bytes as Buffer) as { characterSet: number[]; glyphForCodePoint(cp: number): unknown };
    // fontkit keeps one glyph object per glyph id, with the characters it was first made for; made
    // first by shaping (an ellipsis decomposed into dots, say) it would carry the wrong text, and text
    // copied from later documents would lose those characters. Making every glyph from its own
    // character first settles that for the font's whole life.
    for (const cp of f.characterSet) f.glyphForCodePoint(cp);
    font = f;
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * Checks pdfkit's and fontkit's internals for the speed-ups now (once per process; one warning if
 * they differ). Documents do this themselves; a command that makes them in worker threads calls it
 * first, in the main thread, so the warning is printed once rather than once per thread.
 */
export function checkPdfkitPatches(fonts: PdfFonts): boolean {
  return pdfkitPatchesUsable(parsedFont(fonts.regular));
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
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'digimat',
      Producer: 'digimat (pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
    // Start with our font, never a standard PDF font: the browser build of pdfkit does not ship them.
    font: parsedFont(fonts.regular),
  } as unknown as PDFKit.PDFDocumentOptions);
  // Registers 'body' and 'bold'; with pdfkit and fontkit as pinned, also our speed-ups (patches/).
  applyPdfkitPatches(doc, parsedFont(fonts.regular), parsedFont(fonts.bold));
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

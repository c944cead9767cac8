import type { PdfkitPatch } from './patch-names.js';
import type { DocInternals, EmbeddedFontInternals, Glyph } from './pdfkit-internals.js';

/** A throwaway document made only to be inspected, its embedded font and one of the font's glyphs. */
export interface Probe {
  doc: DocInternals & PDFKit.PDFDocument;
  font: EmbeddedFontInternals;
  glyph: Glyph;
}

/** One private member a patch relies on, and how to tell it still has the shape the patch expects. */
export interface InternalCheck {
  patch: PdfkitPatch;
  member: string;
  holds(probe: Probe): boolean;
}

type Fn = (...args: unknown[]) => unknown;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
/** A function taking exactly `arity` declared parameters: a changed signature shows here. */
const method = (x: unknown, arity: number): x is Fn => typeof x === 'function' && x.length === arity;
const proto = (x: object) => Object.getPrototypeOf(x) as Record<string, unknown>;

/**
 * Every private member of pdfkit 0.20.2 and fontkit 2.0.4 the patches touch, by patch. A check may
 * call a member on the probe to see what it does; it never touches a real document.
 */
export const INTERNAL_CHECKS: readonly InternalCheck[] = [
  { patch: 'fast-layout', member: 'PDFDocument#_font (an EmbeddedFont holding the fontkit font)', holds: (p) => isObject(p.doc._font) && isObject(p.doc._font.font) },
  { patch: 'fast-layout', member: 'EmbeddedFont#layout(text, features, onlyWidth)', holds: (p) => method(proto(p.font).layout, 3) },
  { patch: 'fast-layout', member: 'EmbeddedFont#encode(text, features)', holds: (p) => method(proto(p.font).encode, 2) },
  {
    patch: 'fast-layout',
    member: 'EmbeddedFont#layoutRun(text, features) -> { glyphs, positions, advanceWidth }',
    holds: (p) => {
      if (!method(proto(p.font).layoutRun, 2)) return false;
      const run = p.font.layoutRun('Ab ');
      return Array.isArray(run.glyphs) && Array.isArray(run.positions) && typeof run.advanceWidth === 'number' && run.glyphs.length === 3;
    },
  },
  {
    patch: 'fast-layout',
    member: 'EmbeddedFont#layout splits the text after each space and adds up the pieces',
    holds: (p) => {
      const whole = p.font.layout('Ab cd', undefined, true).advanceWidth;
      return whole === p.font.layoutRun('Ab ').advanceWidth + p.font.layoutRun('cd').advanceWidth;
    },
  },
  { patch: 'fast-layout', member: 'EmbeddedFont#subset.includeGlyph(id)', holds: (p) => isObject(p.font.subset) && method(p.font.subset.includeGlyph, 1) },
  { patch: 'fast-layout', member: 'EmbeddedFont#widths, #unicode (arrays) and #scale (a number)', holds: (p) => Array.isArray(p.font.widths) && Array.isArray(p.font.unicode) && Number.isFinite(p.font.scale) },
  { patch: 'shared-fonts', member: 'PDFDocument#_fontFamilies (fonts opened, by name)', holds: (p) => isObject(p.doc._fontFamilies) && Object.values(p.doc._fontFamilies).includes(p.doc._font) },
  { patch: 'kept-outlines', member: 'fontkit Glyph#_decode()', holds: (p) => method(proto(p.glyph)._decode, 0) },
  {
    patch: 'skip-repeated-fills',
    member: 'PDFDocument#fillColor(color, opacity), #save, #restore, #addPage, #switchToPage',
    holds: (p) => method(proto(p.doc).fillColor, 2) && ['save', 'restore', 'addPage', 'switchToPage'].every((m) => typeof proto(p.doc)[m] === 'function'),
  },
  {
    patch: 'skip-repeated-fills',
    member: 'PDFDocument#_fillColor (the [color, opacity] re-applied after a page break)',
    holds: (p) => {
      p.doc.fillColor('#102030');
      const fill = p.doc._fillColor;
      return Array.isArray(fill) && fill[0] === '#102030' && fill[1] === undefined;
    },
  },
  { patch: 'faster-streams', member: 'PDFDocument#ref(data)', holds: (p) => method(proto(p.doc).ref, 1) },
  {
    patch: 'faster-streams',
    member: 'PDFReference#write(chunk), #finalize(), #compress, #buffer',
    holds: (p) => {
      const content = p.doc.page?.content;
      return isObject(content) && method(proto(content).write, 1) && method(proto(content).finalize, 0) && typeof content.compress === 'boolean' && Array.isArray(content.buffer);
    },
  },
  {
    patch: 'measured-once',
    member: 'PDFDocument#_fontSize and #_lineGap',
    holds: (p) => {
      p.doc.fontSize(9).lineGap(2);
      return p.doc._fontSize === 9 && p.doc._lineGap === 2;
    },
  },
];

/** The members that no longer have the expected shape (none when pdfkit and fontkit are as pinned). */
export function failedChecks(probe: Probe): InternalCheck[] {
  return INTERNAL_CHECKS.filter((check) => {
    try {
      return !check.holds(probe);
    } catch {
      return true;
    }
  });
}

import type { PdfkitPatch } from './patch-names.js';
import type { DocInternals, EmbeddedFontInternals } from './pdfkit-internals.js';

/** A throwaway document made only to be inspected, and its embedded font. */
export interface Probe {
  doc: DocInternals & PDFKit.PDFDocument;
  font: EmbeddedFontInternals;
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
  {
    patch: 'fast-layout',
    member: 'PDFDocument#_font (an EmbeddedFont holding the fontkit font)',
    holds: (p) => isObject(p.doc._font) && isObject(p.doc._font.font),
  },
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
  {
    patch: 'fast-layout',
    member: 'EmbeddedFont#subset.includeGlyph(glyph) (fontkit Subset)',
    holds: (p) => isObject(p.font.subset) && method(proto(p.font.subset).includeGlyph, 1),
  },
  {
    patch: 'fast-layout',
    member: 'EmbeddedFont#widths, #unicode (arrays) and #scale (a number)',
    holds: (p) => Array.isArray(p.font.widths) && Array.isArray(p.font.unicode) && Number.isFinite(p.font.scale),
  },
  {
    patch: 'shared-fonts',
    member: 'PDFDocument#_fontFamilies (fonts opened, by name)',
    holds: (p) => isObject(p.doc._fontFamilies) && Object.values(p.doc._fontFamilies).includes(p.doc._font),
  },
  { patch: 'faster-streams', member: 'PDFDocument#ref(data)', holds: (p) => method(proto(p.doc).ref, 1) },
  {
    patch: 'faster-streams',
    member: 'PDFReference#write(chunk), #finalize(), #compress, #buffer',
    holds: (p) => {
      const content = p.doc.page?.content;
      return (
        isObject(content) &&
        method(proto(content).write, 1) &&
        method(proto(content).finalize, 0) &&
        typeof content.compress === 'boolean' &&
        Array.isArray(content.buffer)
      );
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

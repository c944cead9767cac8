/**
 * The speed-ups to pdfkit and fontkit, in the order they are applied, each with what it saves.
 * docs/PERFORMANCE.md gives each one's measured gain (bench/pdf-patch-bench.ts).
 */
export const PDFKIT_PATCHES = [
  { name: 'fast-layout', saves: 'word and line layouts kept for the process; no array per character or word' },
  { name: 'shared-fonts', saves: 'each document opens the regular font once, not twice' },
  { name: 'kept-outlines', saves: 'fontkit parses each glyph outline once per process, not once per document' },
  { name: 'skip-repeated-fills', saves: 'no fill-colour operator for the colour already in force' },
  { name: 'faster-streams', saves: 'streams compressed at zlib level 4 in one go, not at 6 operator by operator' },
  { name: 'measured-once', saves: 'heights of recurring texts measured once per process' },
] as const;

export type PdfkitPatch = (typeof PDFKIT_PATCHES)[number]['name'];

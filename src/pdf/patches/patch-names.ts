/**
 * The speed-ups to pdfkit and fontkit, in the order they are applied, each with what it saves.
 * docs/PERFORMANCE.md gives each one's measured gain (bench/pdf-patch-bench.ts), and the patches
 * dropped for gaining less than the machine's noise (kept glyph outlines, skipped repeated fill
 * colours, remembered text heights).
 */
export const PDFKIT_PATCHES = [
  { name: 'fast-layout', saves: 'word and line layouts kept for the process; no array per character or word' },
  { name: 'shared-fonts', saves: 'each document opens the regular font once, not twice' },
  { name: 'faster-streams', saves: 'streams compressed at zlib level 4 in one go, not at 6 operator by operator' },
] as const;

export type PdfkitPatch = (typeof PDFKIT_PATCHES)[number]['name'];

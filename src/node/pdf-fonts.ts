import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../pdf/pdf-doc.js';

const require = createRequire(import.meta.url);

/** Where the embedded font files live (Noto Sans from @fontsource/noto-sans, SIL Open Font License 1.1). */
export const FONT_FILES = {
  regular: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
};

let cached: Promise<PdfFonts> | undefined;

/** Reads the fonts once per process. */
export function loadPdfFonts(): Promise<PdfFonts> {
  cached ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  return cached;
}

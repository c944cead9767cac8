import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { woffToSfnt } from '../pdf/woff-to-sfnt.js';
import type { PdfFonts } from '../pdf/pdf-doc.js';

const require = createRequire(import.meta.url);

/** Where the embedded font files live (Noto Sans from @fontsource/noto-sans, SIL Open Font License 1.1). */
export const FONT_FILES = {
  regular: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
  bold: require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'),
};

let cached: Promise<PdfFonts> | undefined;

/** Reads and unpacks the fonts once per process. */
export function loadPdfFonts(): Promise<PdfFonts> {
  const unpack = (woff: Uint8Array) => {
    const sfnt = woffToSfnt(woff, (d) => inflateSync(d));
    // pdfkit on Node wants a Buffer; this one shares the unpacked bytes.
    return Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  };
  cached ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({
    regular: unpack(regular),
    bold: unpack(bold),
  }));
  return cached;
}

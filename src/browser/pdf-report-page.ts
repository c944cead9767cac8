// Lazily loaded bundle: the report PDF in the browser, with the fonts inside so it works offline and from disk.
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff';
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff';
import type { ReportInput } from '../pdf/report-input.js';
import { reportPdf } from '../pdf/report-pdf.js';

export interface PdfMaker {
  report(input: ReportInput): Promise<Uint8Array>;
}

declare global {
  interface Window {
    digimatPdf?: PdfMaker;
  }
}

window.digimatPdf = { report: (input) => reportPdf(input, { regular, bold }) };

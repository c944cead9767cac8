// Lazily loaded bundle: the report PDF in the browser, with the fonts inside so it works offline and from disk.
import './page-texts.js';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff';
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff';
import type { ReportInput } from '../pdf/report-input.js';
import { reportPdf } from '../pdf/report-pdf.js';
import { unzlibSync } from 'fflate';
import { woffToSfnt } from '../pdf/woff-to-sfnt.js';
import type { WorksheetInput } from '../pdf/worksheet-input.js';
import { WORKSHEETS } from '../pdf/worksheets.js';

export interface PdfMaker {
  report(input: ReportInput): Promise<Uint8Array>;
  worksheet(id: string, input: WorksheetInput): Promise<Uint8Array>;
}

declare global {
  interface Window {
    digimatPdf?: PdfMaker;
  }
}

const fonts = { regular: woffToSfnt(regular, unzlibSync), bold: woffToSfnt(bold, unzlibSync) };
window.digimatPdf = {
  report: (input) => reportPdf(input, fonts),
  worksheet: (id, input) => {
    const w = WORKSHEETS.find((x) => x.id === id);
    if (!w) return Promise.reject(new Error(`unknown worksheet ${id}`));
    return w.render(input, fonts);
  },
};

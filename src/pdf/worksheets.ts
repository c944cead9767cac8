import { buyerPersonaPdf } from './buyer-persona-pdf.js';
import { empathyMapPdf } from './empathy-map-pdf.js';
import { journeyMapPdf } from './journey-map-pdf.js';
import type { PdfFonts } from './pdf-doc.js';
import type { WorksheetInput } from './worksheet-input.js';

/** Ordered registry of the worksheets: id (also the file name) and renderer. */
export const WORKSHEETS: readonly { id: string; render: (input: WorksheetInput, fonts: PdfFonts) => Promise<Uint8Array> }[] = [
  { id: 'empathy-map', render: empathyMapPdf },
  { id: 'buyer-persona', render: buyerPersonaPdf },
  { id: 'customer-journey', render: journeyMapPdf },
];

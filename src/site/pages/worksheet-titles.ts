import type { Lang } from '../../core/lang.js';
import { pdfText } from '../../pdf/pdf-text.js';

/** Blank worksheets the build writes, with their titles from the PDF's texts; files live under /worksheets/. */
export const WORKSHEET_TITLES = [
  { id: 'empathy-map', title: (lang: Lang) => pdfText(lang).empathy.title },
  { id: 'buyer-persona', title: (lang: Lang) => pdfText(lang).persona.title },
  { id: 'customer-journey', title: (lang: Lang) => pdfText(lang).journey.title },
] as const;

/** Where the blank worksheet `id` in `lang` is written, from the site's root. */
export function worksheetPath(id: string, lang: Lang): string {
  return `/worksheets/${id}.${lang}.pdf`;
}

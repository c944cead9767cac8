import { textCatalogue } from '../i18n/catalogues.js';
import type { Lang } from '../core/lang.js';
import { planByHorizon } from '../core/plan.js';
import { reasons, type ReportInput } from '../pdf/report-input.js';

/**
 * How a spreadsheet set to each language reads a CSV file. One set to Spanish splits fields on `;`
 * (the comma is its decimal mark) and reads `60,5` as a number; one set to English splits on `,`
 * and reads `60.5`.
 */
export const CSV_STYLE: Record<Lang, { separator: string; locale: string }> = {
  es: { separator: ';', locale: 'es-ES' },
  en: { separator: ',', locale: 'en-GB' },
};

/** The CSV style of a language: its own entry, else one guessed from its decimal mark (a comma calls for `;`). */
export function csvStyle(lang: Lang): { separator: string; locale: string } {
  const known = CSV_STYLE[lang];
  if (known) return known;
  const comma = new Intl.NumberFormat(lang).format(1.5).includes(',');
  return { separator: comma ? ';' : ',', locale: lang };
}

/** Without it, spreadsheets take a CSV file for the system's legacy code page and garble ñ, á, €, —. */
const BYTE_ORDER_MARK = '\uFEFF';

const HEADER = ['rank', 'action', 'title', 'stage', 'priority', 'horizon', 'impact', 'effort', 'category', 'reasons'] as const;

/** A field as RFC 4180 writes it: quoted when it holds the separator, a quote or a line break. */
function cell(value: string, separator: string): string {
  // A text starting with = + - @ would be taken for a formula; the apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The whole plan (the `later` list too) as CSV for a consultant's spreadsheet or project tool, by
 * horizon and then rank: UTF-8 with a byte-order mark, CRLF line ends, and the separator and decimal
 * mark of the report's language (see CSV_STYLE).
 */
export function planCsv(input: ReportInput): string {
  const lang = input.questionnaire.lang;
  const { separator, locale } = csvStyle(lang);
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const na = textCatalogue(lang).shared.notApplicable;
  const rows = planByHorizon(input.result.plan, { later: true }).flatMap((g) =>
    g.items.map((i) => [
      String(i.rank),
      i.action,
      i.title,
      i.stage,
      decimal.format(i.priority),
      i.horizon,
      String(i.impact),
      String(i.effort),
      i.funding ? (input.funding?.categories[i.funding] ?? i.funding) : '',
      reasons(input, i.because, na)
        .map((r) => `${r.prompt} — ${r.answer}`)
        .join('; '),
    ]),
  );
  return `${BYTE_ORDER_MARK + [[...HEADER], ...rows].map((r) => r.map((v) => cell(v, separator)).join(separator)).join('\r\n')}\r\n`;
}

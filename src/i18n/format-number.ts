import type { ScoreRange } from '../core/score.js';

const formats = new Map<string, Intl.NumberFormat>();

function format(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f;
}

/** A figure with a fixed number of decimals in the language's own style: 35,4 in Spanish, 35.4 in English. */
export function formatDecimal(lang: string, value: number, digits = 1): string {
  return format(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A score range as "50,0–87,5" (an en dash, no spaces, like a range in running text). */
export function formatRange(lang: string, range: ScoreRange): string {
  return `${formatDecimal(lang, range.min)}–${formatDecimal(lang, range.max)}`;
}

/** A share from 0 to 1 as a whole percentage: "63 %" in Spanish, "63%" in English. */
export function formatPercent(lang: string, share: number): string {
  return format(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Whether a range still differs from its score, i.e. is worth showing beside it. */
export function rangeIsOpen(range: ScoreRange | null): range is ScoreRange {
  return range !== null && range.min !== range.max;
}

import type { Lang } from '../../core/lang.js';

/** Blank worksheets the build writes, with their titles; files live under /worksheets/. */
export const WORKSHEET_TITLES = [
  { id: 'empathy-map', title: { es: 'Mapa de empatía', en: 'Empathy map' } },
  { id: 'buyer-persona', title: { es: 'Buyer persona', en: 'Buyer persona' } },
  { id: 'customer-journey', title: { es: 'Mapa del recorrido del cliente', en: 'Customer journey map' } },
] as const;

/** Where the blank worksheet `id` in `lang` is written, from the site's root. */
export function worksheetPath(id: string, lang: Lang): string {
  return `/worksheets/${id}.${lang}.pdf`;
}

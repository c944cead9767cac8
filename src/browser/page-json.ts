import type { PageData } from '../site/page-data.js';

/** The page's embedded data (a JSON script element), so nothing is fetched. */
export function readPageData(): PageData {
  const el = document.getElementById('digimat-data');
  if (!el?.textContent) throw new Error('page data missing');
  return JSON.parse(el.textContent) as PageData;
}

/** Fills `{name}` placeholders in a site text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

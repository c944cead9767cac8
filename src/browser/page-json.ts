import type { PageData } from '../site/page-data.js';

/** The page's embedded data (a JSON script element), so nothing is fetched. */
export function readPageData(): PageData {
  const el = document.getElementById('digimat-data');
  if (!el?.textContent) throw new Error('page data missing');
  return JSON.parse(el.textContent) as PageData;
}

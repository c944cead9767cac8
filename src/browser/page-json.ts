import type { PageData } from '../site/page-data.js';

/** The page's embedded data (a JSON script element), so nothing is fetched; `T` names a page kind's own data. */
export function readPageData<T = PageData>(): T {
  const el = document.getElementById('digimat-data');
  if (!el?.textContent) throw new Error('page data missing');
  return JSON.parse(el.textContent) as T;
}

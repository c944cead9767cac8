import type { Lang } from '../core/lang.js';

/** Site paths (always directory-style, starting and ending with /) for every page kind. */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  questionnaire: (lang: Lang, id: string) => `/${lang}/questionnaire/${id}/`,
  results: (lang: Lang, id: string) => `/${lang}/results/${id}/`,
  assessment: (lang: Lang, slug: string) => `/${lang}/assessments/${slug}/`,
  courseIndex: (lang: Lang) => `/${lang}/course/`,
  course: (lang: Lang, slug: string) => `/${lang}/course/${slug}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  worksheets: (lang: Lang) => `/${lang}/worksheets/`,
  workshop: (lang: Lang) => `/${lang}/workshop/`,
};

/**
 * A relative URL from one site path to another, so the site works under any path prefix and from
 * disk. `to` may be a directory path (ending in /) or a file path.
 */
export function relativeUrl(from: string, to: string): string {
  const fromParts = from.split('/').filter(Boolean);
  if (!from.endsWith('/')) fromParts.pop();
  const toParts = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => '..');
  const rel = [...up, ...toParts.slice(common)].join('/');
  const trailing = to.endsWith('/') && rel !== '' ? '/' : '';
  return rel === '' ? './' : `${rel}${trailing}`;
}

/** The same page in another language: swap the language prefix (the first folder of a site path). */
export function swapLang(path: string, to: Lang): string {
  return path.replace(/^\/[^/]+\//, `/${to}/`);
}

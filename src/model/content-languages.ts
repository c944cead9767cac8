import type { ContentSet } from './content-set.js';

/** A language the content is written in, and the first file that shows it. */
export interface ContentLanguage {
  lang: string;
  file: string;
}

/** The order languages are listed in when the content does not say: Spanish first, then English, then by tag. */
const FIRST = ['es', 'en'];

function order(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia !== ib) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  return a.localeCompare(b);
}

/**
 * The languages that have pages: those of the questionnaires and the course pages (an action library
 * or a texts file alone makes no page). Pure; the site builds exactly these.
 */
export function contentLanguages(content: Pick<ContentSet, 'files' | 'coursePages'>): ContentLanguage[] {
  const found = new Map<string, string>();
  for (const q of content.files.questionnaires) if (q.raw && !found.has(q.raw.lang)) found.set(q.raw.lang, q.file);
  for (const p of content.coursePages) if (!found.has(p.lang)) found.set(p.lang, p.file);
  return [...found.entries()].map(([lang, file]) => ({ lang, file })).sort((a, b) => order(a.lang, b.lang));
}

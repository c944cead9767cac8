import Handlebars, { type HelperDelegate } from 'handlebars';
import { relativeUrl } from './urls.js';

/** Headings (h2, h3) of rendered Markdown, for a page's table of contents. */
export function tableOfContents(html: string): { id: string; text: string; level: number }[] {
  const out: { id: string; text: string; level: number }[] = [];
  for (const m of html.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    out.push({ level: Number(m[1]), id: m[2]!, text: m[3]!.replace(/<[^>]+>/g, '').trim() });
  }
  return out;
}

/** Helpers the templates use; registered on our own Handlebars instance. */
export const HELPERS: Record<string, HelperDelegate> = {
  /** Relative path from a page to the site root, e.g. "../../". */
  root: (url: string) => {
    const rel = relativeUrl(url, '/');
    return rel === './' ? '' : rel;
  },
  eq: (a: unknown, b: unknown) => a === b,
  /** A literal list, e.g. (array "a" "b"); the last argument is Handlebars' options. */
  array: (...args: unknown[]) => args.slice(0, -1),
  toc: (html: string) => tableOfContents(String(html ?? '')),
};

/** Our own Handlebars instance with the helpers registered: Eleventy's pages and the search index share it. */
export function createHandlebars(): typeof Handlebars {
  const hbs = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hbs.registerHelper(name, fn);
  return hbs;
}

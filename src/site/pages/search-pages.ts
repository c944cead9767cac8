import type { Lang } from '../../core/lang.js';
import { siteText } from '../site-text.js';
import { paths } from '../urls.js';
import { basicPage, type BasicPage, type SiteContext } from './site-context.js';

/** The search page of one language (Pagefind's UI fills it in the browser). */
export function buildSearchPages(site: SiteContext, lang: Lang): BasicPage[] {
  return [basicPage(site, lang, paths.search(lang), siteText(lang).search.title)];
}

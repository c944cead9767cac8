import { FALLBACK_LANG } from '../i18n/catalogues.js';
import type { LoadedAssessment } from '../model/assessment-pages.js';
import type { ContentSet } from '../model/content-set.js';
import { PAGE_KINDS } from './page-kinds.js';
import { siteContext, type BasicPage } from './pages/site-context.js';
import type { SiteData } from './site-data.js';
import { siteText } from './site-text.js';
import { paths } from './urls.js';

/** Builds the data for every page of the site, kind by kind and language by language; pure given loaded content. */
export function buildSiteData(content: ContentSet, assessments: LoadedAssessment[]): SiteData {
  const site = siteContext(content, assessments);
  const english = siteText(FALLBACK_LANG);
  const data = {
    langs: site.langs.map((lang) => {
      const t = siteText(lang);
      // A language whose texts leave these out would show English words marked as its own: the root
      // page offers it by its own name instead, and without a tagline.
      const ownWords = lang === FALLBACK_LANG || lang.startsWith(`${FALLBACK_LANG}-`);
      return {
        lang,
        name: t.langName,
        tagline: ownWords || t.tagline !== english.tagline ? t.tagline : '',
        enter: ownWords || t.enter !== english.enter ? t.enter : t.langName,
        url: paths.home(lang),
      };
    }),
  } as SiteData;
  for (const kind of PAGE_KINDS) if (kind.data !== 'root') data[kind.data] = [];
  for (const lang of site.langs) {
    for (const kind of PAGE_KINDS) {
      if (kind.data === 'root') continue;
      (data[kind.data] as BasicPage[]).push(...kind.build(site, lang));
    }
  }
  return data;
}

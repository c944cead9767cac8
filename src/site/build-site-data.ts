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
  const data = {
    langs: site.langs.map((lang) => ({
      lang,
      name: siteText(lang).langName,
      tagline: siteText(lang).tagline,
      enter: siteText(lang).enter,
      url: paths.home(lang),
    })),
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

import type { Lang } from '../../core/lang.js';
import { siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import { pageDataJson } from './results-context.js';
import { basicPage, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';

/** A questionnaire's results page: its script scores the answers stored in the browser. */
export interface ResultsPage extends BasicPage {
  id: string;
  questionnaireUrl: string;
  pageDataJson: string;
}

/** The results page of every questionnaire written in `lang`. */
export function buildResultsPages(site: SiteContext, lang: Lang): ResultsPage[] {
  return questionnairesIn(site, lang).map((q) => {
    const url = paths.results(lang, q.id);
    return {
      ...basicPage(site, lang, url, `${siteText(lang).r.title} — ${q.title}`),
      id: q.id,
      questionnaireUrl: relativeUrl(url, paths.questionnaire(lang, q.id)),
      pageDataJson: pageDataJson(site, q, url),
    };
  });
}

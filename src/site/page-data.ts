import type { Action, FundingNames, Questionnaire } from '../core/model.js';
import type { Lang } from '../core/lang.js';
import type { SiteText } from './site-text.js';

/**
 * What the questionnaire and results pages embed as JSON for their scripts: no fetch, so the pages
 * also work from disk. Markdown arrives pre-rendered, so the browser needs no Markdown parser.
 */
export interface PageData {
  lang: Lang;
  questionnaire: Questionnaire;
  actions: Action[];
  actionHtml: Record<string, string>;
  funding?: FundingNames;
  courseLinks: Record<string, string>;
  text: SiteText;
  urls: { questionnaire: string; results: string; io: string; pdf: string; home: string };
}

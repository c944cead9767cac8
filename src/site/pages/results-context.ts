import type { Questionnaire } from '../../core/model.js';
import { actionsFor, fundingFor } from '../../model/content-set.js';
import type { PageData } from '../page-data.js';
import { siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import type { SiteContext } from './site-context.js';

/** Pre-rendered texts and links the results view needs, relative to the page at `from`. */
export function resultsContext(site: SiteContext, q: Questionnaire, from: string) {
  const actions = [...actionsFor(site.content, q).values()];
  const funding = fundingFor(site.content, q);
  return {
    questionnaire: q,
    text: siteText(q.lang),
    actionHtml: site.actionHtml(q),
    ...(funding ? { funding } : {}),
    courseLinks: Object.fromEntries(actions.filter((a) => a.course).map((a) => [a.id, relativeUrl(from, paths.course(q.lang, a.course!))])),
    resources: Object.fromEntries(actions.filter((a) => a.resources?.length).map((a) => [a.id, a.resources!])),
  };
}

/** The JSON a questionnaire or results page embeds for its script: the model, actions and texts. */
export function pageDataJson(site: SiteContext, q: Questionnaire, from: string): string {
  const ctx = resultsContext(site, q, from);
  const data: PageData = {
    lang: q.lang,
    questionnaire: q,
    // Descriptions travel once, as HTML in actionHtml.
    actions: [...actionsFor(site.content, q).values()].map((a) => ({ ...a, description: '' })),
    actionHtml: ctx.actionHtml,
    ...(ctx.funding ? { funding: ctx.funding } : {}),
    courseLinks: ctx.courseLinks,
    text: ctx.text,
    urls: {
      questionnaire: relativeUrl(from, paths.questionnaire(q.lang, q.id)),
      results: relativeUrl(from, paths.results(q.lang, q.id)),
      io: relativeUrl(from, '/assets/js/answers-io.js'),
      pdf: relativeUrl(from, '/assets/js/pdf-report.js'),
      home: relativeUrl(from, paths.home(q.lang)),
    },
  };
  // Safe inside <script type="application/json">: no "</script" can close the element early.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

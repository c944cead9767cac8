import { inLang } from '../../core/lang.js';
import type { Questionnaire } from '../../core/model.js';
import type { PageData } from '../page-data.js';
import { siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import type { SiteContext } from './site-context.js';

/** Pre-rendered texts and links the results view needs, relative to the page at `from`. */
export function resultsContext(site: SiteContext, q: Questionnaire, from: string) {
  const actions = [...(site.content.actions.get(q.lang)?.values() ?? [])];
  return {
    questionnaire: q,
    text: siteText(q.lang),
    actionHtml: site.actionHtml(q.lang),
    kitNames: Object.fromEntries((site.content.kitDigital?.categories ?? []).map((c) => [c.id, inLang(c.name, q.lang)])),
    courseLinks: Object.fromEntries(actions.filter((a) => a.course).map((a) => [a.id, relativeUrl(from, paths.course(q.lang, a.course!))])),
  };
}

/** The JSON a questionnaire or results page embeds for its script: the model, actions and texts. */
export function pageDataJson(site: SiteContext, q: Questionnaire, from: string): string {
  const ctx = resultsContext(site, q, from);
  const data: PageData = {
    lang: q.lang,
    questionnaire: q,
    // Descriptions travel once, as HTML in actionHtml.
    actions: [...(site.content.actions.get(q.lang)?.values() ?? [])].map((a) => ({ ...a, description: '' })),
    actionHtml: ctx.actionHtml,
    kitNames: ctx.kitNames,
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

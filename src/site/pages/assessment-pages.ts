import type { AssessmentResult } from '../../core/assess.js';
import { assess } from '../../core/assess.js';
import { actionsFor } from '../../model/content-set.js';
import type { Lang } from '../../core/lang.js';
import type { Assessment } from '../../core/model.js';
import type { ReportInput } from '../../pdf/report-input.js';
import { renderMarkdown } from '../markdown.js';
import { renderResults } from '../render-results.js';
import { paths } from '../urls.js';
import { resultsContext } from './results-context.js';
import { basicPage, publishedIn, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';

/** A published assessment: its results rendered at build time, and the report the build writes beside it. */
export interface AssessmentPage extends BasicPage {
  slug: string;
  /** What the build renders into the page's report.pdf. */
  report: ReportInput;
  reportUrl: string;
  company: Assessment['company'];
  date: string;
  assessor: string;
  notesHtml: string;
  resultsHtml: string;
  result: AssessmentResult;
}

/** The page of every published assessment whose questionnaire exists in `lang`. */
export function buildAssessmentPages(site: SiteContext, lang: Lang): AssessmentPage[] {
  const qs = questionnairesIn(site, lang);
  return publishedIn(site, lang).map((a) => {
    const q = qs.find((x) => x.id === a.assessment.questionnaire.id)!;
    const url = paths.assessment(lang, a.slug);
    const actions = actionsFor(site.content, q);
    const result = assess(q, actions, a.assessment);
    const ctx = resultsContext(site, q, url);
    return {
      // Named like its PDF: the questionnaire's report title, so another model's page says its own words.
      ...basicPage(site, lang, url, `${a.assessment.company.name} — ${q.reportTitle ?? q.title}`),
      slug: a.slug,
      company: a.assessment.company,
      date: a.assessment.date,
      assessor: a.assessment.assessor,
      notesHtml: a.assessment.notes ? renderMarkdown(a.assessment.notes) : '',
      resultsHtml: renderResults(result, ctx),
      result,
      report: { assessment: a.assessment, questionnaire: q, result, actions, ...(ctx.funding ? { funding: ctx.funding } : {}) },
      reportUrl: 'report.pdf',
    };
  });
}

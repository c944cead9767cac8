import type { Lang } from '../../core/lang.js';
import { renderMarkdown } from '../markdown.js';
import { paths, relativeUrl } from '../urls.js';
import { pageDataJson } from './results-context.js';
import { basicPage, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';

export interface QuestionOption {
  id: string;
  label: string;
  inputId: string;
}

export interface QuestionView {
  id: string;
  prompt: string;
  helpHtml: string;
  kind: string;
  multiple: boolean;
  options: QuestionOption[];
  allowNa: boolean;
  when: string;
  number: number;
}

/** A questionnaire's form, one step per stage. */
export interface QuestionnairePage extends BasicPage {
  id: string;
  version: number;
  introHtml: string;
  stages: { id: string; title: string; descriptionHtml: string; index: number; count: number; questions: QuestionView[] }[];
  resultsUrl: string;
  pageDataJson: string;
  total: number;
}

/** The form of every questionnaire written in `lang`. */
export function buildQuestionnairePages(site: SiteContext, lang: Lang): QuestionnairePage[] {
  return questionnairesIn(site, lang).map((q) => {
    const url = paths.questionnaire(lang, q.id);
    return {
      ...basicPage(site, lang, url, q.title),
      id: q.id,
      version: q.version,
      introHtml: renderMarkdown(q.introduction),
      stages: q.stages.map((s, index) => ({
        id: s.id,
        title: s.title,
        descriptionHtml: renderMarkdown(s.description),
        index: index + 1,
        count: q.stages.length,
        questions: q.questions
          .filter((x) => x.stage === s.id)
          .map((x) => ({
            id: x.id,
            prompt: x.prompt,
            helpHtml: x.help ? renderMarkdown(x.help) : '',
            kind: x.kind,
            multiple: x.kind === 'multiple',
            options: x.options.map((o) => ({ id: o.id, label: o.label, inputId: `${x.id}--${o.id}` })),
            allowNa: x.allowNa,
            when: x.when ? JSON.stringify(x.when) : '',
            number: q.questions.indexOf(x) + 1,
          })),
      })),
      resultsUrl: relativeUrl(url, paths.results(lang, q.id)),
      pageDataJson: pageDataJson(site, q, url),
      total: q.questions.length,
    };
  });
}

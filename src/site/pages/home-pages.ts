import type { Lang } from '../../core/lang.js';
import { renderMarkdown } from '../markdown.js';
import { plural, siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import { basicPage, courseModules, publishedIn, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';
import { blankWorksheets } from './worksheet-titles.js';

/** A language's home: its questionnaires, course modules, blank worksheets and published reports. */
export interface HomePage extends BasicPage {
  worksheets: { title: string; url: string }[];
  questionnaires: { title: string; url: string; introHtml: string; questions: number; questionsLabel: string; stages: string[] }[];
  modules: { title: string; pages: { title: string; url: string }[] }[];
  published: { name: string; url: string; sector: string }[];
}

/** The home page of one language. */
export function buildHomePages(site: SiteContext, lang: Lang): HomePage[] {
  const t = siteText(lang);
  const home = paths.home(lang);
  return [
    {
      ...basicPage(site, lang, home, t.siteTitle),
      questionnaires: questionnairesIn(site, lang).map((q) => ({
        title: q.title,
        url: relativeUrl(home, paths.questionnaire(lang, q.id)),
        introHtml: renderMarkdown(q.introduction),
        questions: q.questions.length,
        questionsLabel: plural(lang, t.ui.questionCount, q.questions.length),
        stages: q.stages.map((s) => s.title),
      })),
      modules: courseModules(site, lang, home),
      worksheets: blankWorksheets(site.content.questionnaires, lang).map((w) => ({ title: w.title, url: relativeUrl(home, w.path) })),
      published: publishedIn(site, lang).map((a) => ({
        name: a.assessment.company.name,
        sector: a.assessment.company.sector,
        url: relativeUrl(home, paths.assessment(lang, a.slug)),
      })),
    },
  ];
}

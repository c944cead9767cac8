import type { AssessmentResult } from '../core/assess.js';
import { assess } from '../core/assess.js';
import type { Lang } from '../core/lang.js';
import { LANGS } from '../core/lang.js';
import type { Assessment, Questionnaire } from '../core/model.js';
import type { LoadedAssessment } from '../model/assessment-pages.js';
import type { ContentSet } from '../model/content-set.js';
import type { CoursePage } from '../model/load-course.js';
import { renderMarkdown } from './markdown.js';
import type { PageData } from './page-data.js';
import type { ReportInput } from '../pdf/report-input.js';
import { PDF_TEXT, type PdfText } from '../pdf/pdf-text.js';
import { CHANNELS, CONSUMER_FAMILIES } from '../schema/worksheets-schema.js';
import { renderResults } from './render-results.js';
import { plural, SITE_TEXT, type SiteText } from './site-text.js';
import { paths, relativeUrl, swapLang } from './urls.js';
import { workshopPageFields, type WorkshopPageFields } from './workshop-data.js';

/** Everything the templates render, computed once per build from the validated content. */
export interface SiteData {
  langs: { lang: Lang; name: string; url: string }[];
  homes: HomePage[];
  questionnaires: QuestionnairePage[];
  results: ResultsPage[];
  assessments: AssessmentPage[];
  courseIndexes: CourseIndexPage[];
  searches: BasicPage[];
  worksheets: WorksheetsPage[];
  courses: CoursePageView[];
  workshops: WorkshopPage[];
}

/** The facilitator's board, one per language. */
export interface WorkshopPage extends BasicPage, WorkshopPageFields {}

export interface BasicPage {
  lang: Lang;
  url: string;
  title: string;
  text: SiteText;
  alternate: string;
  otherLang: Lang;
}

export interface HomePage extends BasicPage {
  worksheets: { title: string; url: string }[];
  questionnaires: { title: string; url: string; introHtml: string; questions: number; questionsLabel: string; stages: string[] }[];
  modules: { title: string; pages: { title: string; url: string }[] }[];
  published: { name: string; url: string; sector: string }[];
}

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

export interface QuestionnairePage extends BasicPage {
  id: string;
  version: number;
  introHtml: string;
  stages: { id: string; title: string; descriptionHtml: string; index: number; count: number; questions: QuestionView[] }[];
  resultsUrl: string;
  pageDataJson: string;
  total: number;
}

export interface ResultsPage extends BasicPage {
  id: string;
  questionnaireUrl: string;
  pageDataJson: string;
}

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

export interface WorksheetsPage extends BasicPage {
  pdf: PdfText;
  stages: { id: string; title: string; fields: { key: string; label: string; name: string }[] }[];
  blank: { id: string; title: string; url: string }[];
  channels: { id: string; label: string }[];
  families: { title: string; types: { id: string; label: string; note: string }[] }[];
  dataJson: string;
}

export interface CourseIndexPage extends BasicPage {
  modules: { title: string; pages: { title: string; url: string; description: string }[] }[];
}

/** A course page: its Markdown rendered once here, so Eleventy pages over data instead of reading files again. */
export interface CoursePageView extends BasicPage {
  moduleTitle: string;
  html: string;
  prev?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** Blank worksheets the build writes, with their titles; files live under /worksheets/. */
export const WORKSHEET_TITLES = [
  { id: 'empathy-map', title: { es: 'Mapa de empatía', en: 'Empathy map' } },
  { id: 'buyer-persona', title: { es: 'Buyer persona', en: 'Buyer persona' } },
  { id: 'customer-journey', title: { es: 'Mapa del recorrido del cliente', en: 'Customer journey map' } },
] as const;

export function worksheetPath(id: string, lang: Lang): string {
  return `/worksheets/${id}.${lang}.pdf`;
}

const other = (lang: Lang): Lang => (lang === 'es' ? 'en' : 'es');

function basic(lang: Lang, url: string, title: string, exists: (path: string) => boolean): BasicPage {
  const alt = swapLang(url, other(lang));
  return { lang, url, title, text: SITE_TEXT[lang], otherLang: other(lang), alternate: relativeUrl(url, exists(alt) ? alt : paths.home(other(lang))) };
}

function orderedPages(content: ContentSet, lang: Lang): CoursePage[] {
  const modules = content.files.courseModules?.value?.modules.map((m) => m.id) ?? [];
  return content.coursePages
    .filter((p) => p.lang === lang)
    .sort((a, b) => modules.indexOf(a.module) - modules.indexOf(b.module) || a.order - b.order || a.slug.localeCompare(b.slug));
}

function moduleTitle(content: ContentSet, id: string, lang: Lang): string {
  return content.files.courseModules?.value?.modules.find((m) => m.id === id)?.title[lang] ?? id;
}

/** Builds the data for every page of the site; pure given loaded content and assessments. */
export function buildSiteData(content: ContentSet, assessments: LoadedAssessment[]): SiteData {
  const pagePaths = new Set<string>();
  const questionnaires = content.questionnaires;
  for (const lang of LANGS) {
    pagePaths.add(paths.home(lang)).add(paths.search(lang)).add(paths.courseIndex(lang)).add(paths.worksheets(lang)).add(paths.workshop(lang));
    for (const q of questionnaires.filter((x) => x.lang === lang)) pagePaths.add(paths.questionnaire(lang, q.id)).add(paths.results(lang, q.id));
    for (const p of content.coursePages.filter((x) => x.lang === lang)) pagePaths.add(paths.course(lang, p.slug));
  }
  const published = assessments.filter((a) => questionnaires.some((q) => q.id === a.assessment.questionnaire.id));
  for (const a of published) for (const lang of LANGS) if (questionnaires.some((q) => q.id === a.assessment.questionnaire.id && q.lang === lang)) pagePaths.add(paths.assessment(lang, a.slug));
  const exists = (p: string) => pagePaths.has(p);

  const data: SiteData = { langs: LANGS.map((lang) => ({ lang, name: SITE_TEXT[lang].langName, url: paths.home(lang) })), homes: [], questionnaires: [], results: [], assessments: [], courseIndexes: [], searches: [], worksheets: [], courses: [], workshops: [] };

  for (const lang of LANGS) {
    const t = SITE_TEXT[lang];
    const langQs = questionnaires.filter((q) => q.lang === lang);
    const pages = orderedPages(content, lang);
    const moduleIds = [...new Set(pages.map((p) => p.module))];
    const modulesFor = (from: string) =>
      moduleIds.map((m) => ({
        title: moduleTitle(content, m, lang),
        pages: pages.filter((p) => p.module === m).map((p) => ({ title: p.title, url: relativeUrl(from, paths.course(lang, p.slug)), description: p.description ?? '' })),
      }));
    const langPublished = published.filter((a) => langQs.some((q) => q.id === a.assessment.questionnaire.id));

    const home = paths.home(lang);
    data.homes.push({
      ...basic(lang, home, t.siteTitle, exists),
      questionnaires: langQs.map((q) => ({ title: q.title, url: relativeUrl(home, paths.questionnaire(lang, q.id)), introHtml: renderMarkdown(q.introduction), questions: q.questions.length, questionsLabel: plural(lang, t.ui.questionCount, q.questions.length), stages: q.stages.map((s) => s.title) })),
      modules: modulesFor(home),
      worksheets: WORKSHEET_TITLES.map((w) => ({ title: w.title[lang], url: relativeUrl(home, worksheetPath(w.id, lang)) })),
      published: langPublished.map((a) => ({ name: a.assessment.company.name, sector: a.assessment.company.sector, url: relativeUrl(home, paths.assessment(lang, a.slug)) })),
    });
    data.courseIndexes.push({ ...basic(lang, paths.courseIndex(lang), t.course.title, exists), modules: modulesFor(paths.courseIndex(lang)) });
    data.searches.push(basic(lang, paths.search(lang), t.search.title, exists));
    const board = workshopPageFields(lang, langQs);
    data.workshops.push({ ...basic(lang, paths.workshop(lang), board.w.title, exists), ...board });
    const stagesOf = langQs[0]?.stages.map((s) => ({ id: s.id, title: s.title })) ?? [];
    const pdf = PDF_TEXT[lang];
    const wsUrl = paths.worksheets(lang);
    data.worksheets.push({
      ...basic(lang, wsUrl, t.home.worksheets, exists),
      pdf,
      stages: stagesOf.map((s) => ({ ...s, fields: Object.entries(pdf.journey.rows).map(([key, label]) => ({ key, label, name: `journey.${s.id}.${key}` })) })),
      blank: WORKSHEET_TITLES.map((w) => ({ id: w.id, title: w.title[lang], url: relativeUrl(wsUrl, worksheetPath(w.id, lang)) })),
      channels: CHANNELS.map((c) => ({ id: c, label: pdf.persona.channelNames[c] ?? c })),
      families: CONSUMER_FAMILIES.map(([family, types]) => ({ title: pdf.persona.families[family], types: types.map((id) => ({ id, label: pdf.persona.types[id]![0], note: pdf.persona.types[id]![1] })) })),
      dataJson: JSON.stringify({ lang, stages: stagesOf, pdf: relativeUrl(wsUrl, '/assets/js/pdf-report.js'), restored: t.ui.worksheetRestored }).replace(/</g, '\\u003c'),
    });

    for (const q of langQs) {
      const qUrl = paths.questionnaire(lang, q.id);
      const rUrl = paths.results(lang, q.id);
      data.questionnaires.push({
        ...basic(lang, qUrl, q.title, exists),
        id: q.id,
        version: q.version,
        introHtml: renderMarkdown(q.introduction),
        stages: q.stages.map((s, index) => {
          const qs = q.questions.filter((x) => x.stage === s.id);
          return {
            id: s.id,
            title: s.title,
            descriptionHtml: renderMarkdown(s.description),
            index: index + 1,
            count: q.stages.length,
            questions: qs.map((x) => ({
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
          };
        }),
        resultsUrl: relativeUrl(qUrl, rUrl),
        pageDataJson: pageDataJson(content, q, qUrl),
        total: q.questions.length,
      });
      data.results.push({ ...basic(lang, rUrl, `${t.r.title} — ${q.title}`, exists), id: q.id, questionnaireUrl: relativeUrl(rUrl, qUrl), pageDataJson: pageDataJson(content, q, rUrl) });
    }

    for (const a of langPublished) {
      const q = langQs.find((x) => x.id === a.assessment.questionnaire.id)!;
      const url = paths.assessment(lang, a.slug);
      const result = assess(q, content.actions.get(lang) ?? new Map(), a.assessment);
      data.assessments.push({
        ...basic(lang, url, `${a.assessment.company.name} — ${t.r.title}`, exists),
        slug: a.slug,
        company: a.assessment.company,
        date: a.assessment.date,
        assessor: a.assessment.assessor,
        notesHtml: a.assessment.notes ? renderMarkdown(a.assessment.notes) : '',
        resultsHtml: renderResults(result, resultsContext(content, q, url)),
        result,
        report: { assessment: a.assessment, questionnaire: q, result, actions: content.actions.get(lang) ?? new Map(), kitNames: resultsContext(content, q, url).kitNames },
        reportUrl: 'report.pdf',
      });
    }

    pages.forEach((p, i) => {
      const url = paths.course(lang, p.slug);
      const prev = pages[i - 1];
      const next = pages[i + 1];
      const alt = paths.course(other(lang), p.slug);
      data.courses.push({
        ...basic(lang, url, p.title, exists),
        alternate: relativeUrl(url, exists(alt) ? alt : paths.courseIndex(other(lang))),
        moduleTitle: moduleTitle(content, p.module, lang),
        html: renderMarkdown(p.body),
        ...(prev ? { prev: { title: prev.title, url: relativeUrl(url, paths.course(lang, prev.slug)) } } : {}),
        ...(next ? { next: { title: next.title, url: relativeUrl(url, paths.course(lang, next.slug)) } } : {}),
      });
    });
  }
  return data;
}

/** Pre-rendered texts and links the results view needs, relative to the page at `from`. */
export function resultsContext(content: ContentSet, q: Questionnaire, from: string) {
  const actions = [...(content.actions.get(q.lang)?.values() ?? [])];
  return {
    questionnaire: q,
    text: SITE_TEXT[q.lang],
    actionHtml: Object.fromEntries(actions.map((a) => [a.id, renderMarkdown(a.description)])),
    kitNames: Object.fromEntries((content.kitDigital?.categories ?? []).map((c) => [c.id, c.name[q.lang]])),
    courseLinks: Object.fromEntries(actions.filter((a) => a.course).map((a) => [a.id, relativeUrl(from, paths.course(q.lang, a.course!))])),
  };
}

function pageDataJson(content: ContentSet, q: Questionnaire, from: string): string {
  const ctx = resultsContext(content, q, from);
  const data: PageData = {
    lang: q.lang,
    questionnaire: q,
    actions: [...(content.actions.get(q.lang)?.values() ?? [])].map((a) => ({ ...a, description: '' })),
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


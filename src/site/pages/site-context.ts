import type { Lang } from '../../core/lang.js';
import { inLang } from '../../core/lang.js';
import { contentLanguages } from '../../model/content-languages.js';
import type { Questionnaire } from '../../core/model.js';
import type { LoadedAssessment } from '../../model/assessment-pages.js';
import { actionsFor, modelKey, type ContentSet } from '../../model/content-set.js';
import type { CoursePage } from '../../model/load-course.js';
import { renderMarkdown } from '../markdown.js';
import { siteText, type SiteText } from '../site-text.js';
import { paths, relativeUrl, swapLang } from '../urls.js';

/** The fields every page has: its language, address, title, texts and the link to the other language. */
export interface BasicPage {
  lang: Lang;
  url: string;
  title: string;
  text: SiteText;
  /** The language switch: every other language of the site, linking this page in it or else its home. */
  languages: LanguageLink[];
}

/** One entry of the language switch. */
export interface LanguageLink {
  lang: Lang;
  name: string;
  url: string;
}

/**
 * What every page builder reads: the validated content, the published assessments and the set of
 * page addresses the build will write (so a language switch never links to a page that is not there).
 * Markdown shared by several pages (action descriptions) is rendered once here.
 */
export interface SiteContext {
  content: ContentSet;
  /** The languages that have pages, in the order the site lists them. */
  langs: Lang[];
  /** Assessments whose questionnaire is in the content, in the order they were loaded. */
  published: LoadedAssessment[];
  exists(path: string): boolean;
  /** Action descriptions as HTML, by language and action id. */
  /** Action id -> description as HTML, for one questionnaire language's library (rendered once). */
  actionHtml(q: { id: string; lang: Lang }): Record<string, string>;
}

/** Collects every page address first, then hands the builders a context over it. */
export function siteContext(content: ContentSet, assessments: LoadedAssessment[]): SiteContext {
  const questionnaires = content.questionnaires;
  const pagePaths = new Set<string>();
  const langs = contentLanguages(content).map((l) => l.lang);
  for (const lang of langs) {
    pagePaths
      .add(paths.home(lang))
      .add(paths.search(lang))
      .add(paths.courseIndex(lang))
      .add(paths.worksheets(lang))
      .add(paths.workshop(lang));
    for (const q of questionnaires.filter((x) => x.lang === lang))
      pagePaths.add(paths.questionnaire(lang, q.id)).add(paths.results(lang, q.id));
    for (const p of content.coursePages.filter((x) => x.lang === lang)) pagePaths.add(paths.course(lang, p.slug));
  }
  const published = assessments.filter((a) => questionnaires.some((q) => q.id === a.assessment.questionnaire.id));
  for (const a of published)
    for (const q of questionnaires) if (q.id === a.assessment.questionnaire.id) pagePaths.add(paths.assessment(q.lang, a.slug));
  const html = new Map<string, Record<string, string>>();
  return {
    content,
    langs,
    published,
    exists: (p) => pagePaths.has(p),
    actionHtml(q) {
      let done = html.get(modelKey(q));
      if (!done) {
        done = Object.fromEntries([...actionsFor(content, q).values()].map((a) => [a.id, renderMarkdown(a.description)]));
        html.set(modelKey(q), done);
      }
      return done;
    },
  };
}

/** The site's other languages, each linking the page at `url` in that language when it exists, else that language's home. */
export function languageLinks(
  site: Pick<SiteContext, 'langs' | 'exists'>,
  lang: Lang,
  url: string,
  near: (other: Lang) => string = paths.home,
): LanguageLink[] {
  return site.langs
    .filter((other) => other !== lang)
    .map((other) => {
      const alt = swapLang(url, other);
      const target = site.exists(alt) ? alt : site.exists(near(other)) ? near(other) : paths.home(other);
      return { lang: other, name: siteText(other).langName, url: relativeUrl(url, target) };
    });
}

/** The common fields of a page at `url`; `near` is where a language without this page is entered instead. */
export function basicPage(site: SiteContext, lang: Lang, url: string, title: string, near?: (other: Lang) => string): BasicPage {
  return { lang, url, title, text: siteText(lang), languages: languageLinks(site, lang, url, near) };
}

/** The questionnaires written in `lang`. */
export function questionnairesIn(site: SiteContext, lang: Lang): Questionnaire[] {
  return site.content.questionnaires.filter((q) => q.lang === lang);
}

/** Published assessments shown in `lang`: those whose questionnaire exists in that language. */
export function publishedIn(site: SiteContext, lang: Lang): LoadedAssessment[] {
  const qs = questionnairesIn(site, lang);
  return site.published.filter((a) => qs.some((q) => q.id === a.assessment.questionnaire.id));
}

/** Course pages of one language in reading order: module order, then each page's order, then slug. */
export function coursePagesIn(site: SiteContext, lang: Lang): CoursePage[] {
  const modules = site.content.files.courseModules?.value?.modules.map((m) => m.id) ?? [];
  return site.content.coursePages
    .filter((p) => p.lang === lang)
    .sort((a, b) => modules.indexOf(a.module) - modules.indexOf(b.module) || a.order - b.order || a.slug.localeCompare(b.slug));
}

/** A module's title in `lang`, or its id when the module list has none. */
export function moduleTitle(site: SiteContext, id: string, lang: Lang): string {
  const title = site.content.files.courseModules?.value?.modules.find((m) => m.id === id)?.title;
  return title ? inLang(title, lang) : id;
}

/** The course's modules with their pages, linked from the page at `from` (home and course index). */
export function courseModules(
  site: SiteContext,
  lang: Lang,
  from: string,
): { title: string; pages: { title: string; url: string; description: string }[] }[] {
  const pages = coursePagesIn(site, lang);
  return [...new Set(pages.map((p) => p.module))].map((m) => ({
    title: moduleTitle(site, m, lang),
    pages: pages
      .filter((p) => p.module === m)
      .map((p) => ({ title: p.title, url: relativeUrl(from, paths.course(lang, p.slug)), description: p.description ?? '' })),
  }));
}

import type { Lang } from '../../core/lang.js';
import { renderMarkdown } from '../markdown.js';
import { paths, relativeUrl } from '../urls.js';
import { basicPage, coursePagesIn, moduleTitle, type BasicPage, type SiteContext } from './site-context.js';

/** A course page: its Markdown rendered once here, so Eleventy pages over data instead of reading files again. */
export interface CoursePageView extends BasicPage {
  moduleTitle: string;
  html: string;
  prev?: { title: string; url: string };
  next?: { title: string; url: string };
}

/** Every course page of one language, in reading order, each linked to the one before and after. */
export function buildCoursePages(site: SiteContext, lang: Lang): CoursePageView[] {
  const pages = coursePagesIn(site, lang);
  return pages.map((p, i) => {
    const url = paths.course(lang, p.slug);
    const prev = pages[i - 1];
    const next = pages[i + 1];
    return {
      // A page without a translation links to the other language's course index rather than its home.
      ...basicPage(site, lang, url, p.title, paths.courseIndex),
      moduleTitle: moduleTitle(site, p.module, lang),
      html: renderMarkdown(p.body),
      ...(prev ? { prev: { title: prev.title, url: relativeUrl(url, paths.course(lang, prev.slug)) } } : {}),
      ...(next ? { next: { title: next.title, url: relativeUrl(url, paths.course(lang, next.slug)) } } : {}),
    };
  });
}

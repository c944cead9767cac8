import type { Lang } from '../../core/lang.js';
import { siteText } from '../site-text.js';
import { paths } from '../urls.js';
import { basicPage, courseModules, type BasicPage, type SiteContext } from './site-context.js';

/** The course's table of contents in one language. */
export interface CourseIndexPage extends BasicPage {
  modules: { title: string; pages: { title: string; url: string; description: string }[] }[];
}

/** The course index of one language. */
export function buildCourseIndexPages(site: SiteContext, lang: Lang): CourseIndexPage[] {
  const url = paths.courseIndex(lang);
  return [{ ...basicPage(site, lang, url, siteText(lang).course.title), modules: courseModules(site, lang, url) }];
}

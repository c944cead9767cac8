import type { Lang } from '../core/lang.js';
import type { AssessmentPage } from './pages/assessment-pages.js';
import type { CourseIndexPage } from './pages/course-index-pages.js';
import type { CoursePageView } from './pages/course-pages.js';
import type { HomePage } from './pages/home-pages.js';
import type { QuestionnairePage } from './pages/questionnaire-pages.js';
import type { ResultsPage } from './pages/results-pages.js';
import type { BasicPage } from './pages/site-context.js';
import type { WorksheetsPage } from './pages/worksheets-pages.js';
import type { WorkshopPage } from './pages/workshop-pages.js';

export type {
  AssessmentPage,
  BasicPage,
  CourseIndexPage,
  CoursePageView,
  HomePage,
  QuestionnairePage,
  ResultsPage,
  WorksheetsPage,
  WorkshopPage,
};

/**
 * Everything the templates render, computed once per build from the validated content: one list per
 * page kind (see PAGE_KINDS, which names each list and the builder that fills it).
 */
export interface SiteData {
  /** The site's languages, for the root page: each one's name, tagline, button and home. */
  langs: { lang: Lang; name: string; tagline: string; enter: string; url: string }[];
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

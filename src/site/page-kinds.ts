import type { Lang } from '../core/lang.js';
import { buildAssessmentPages } from './pages/assessment-pages.js';
import { buildCourseIndexPages } from './pages/course-index-pages.js';
import { buildCoursePages } from './pages/course-pages.js';
import { buildHomePages } from './pages/home-pages.js';
import { buildQuestionnairePages } from './pages/questionnaire-pages.js';
import { buildResultsPages } from './pages/results-pages.js';
import { buildSearchPages } from './pages/search-pages.js';
import type { BasicPage, SiteContext } from './pages/site-context.js';
import { buildWorksheetsPages } from './pages/worksheets-pages.js';
import { buildWorkshopPages } from './pages/workshop-pages.js';
import type { SiteData } from './site-data.js';

/** The pages of one kind in one language. */
export type PageBuilder = (site: SiteContext, lang: Lang) => BasicPage[];

/** One kind of generated page: its Handlebars template, the data list it pages over, its scripts. */
export interface PageKind {
  id: string;
  template: string;
  data: keyof Omit<SiteData, 'langs'> | 'root';
  /** Fills the kind's list in SiteData (the root page, a language chooser, has no data). */
  build: PageBuilder;
  scripts: string[];
  csp: 'default' | 'search' | 'scanner';
  /**
   * Whether the search index holds these pages (their `data-pagefind-body` part). The index renders
   * the template itself before Eleventy does, from the page's data alone: such a template uses `p`.
   */
  indexed?: boolean;
}

/** Ties a kind's data list to its builder, checked by the compiler: the builder returns that list's pages. */
function pages<K extends keyof Omit<SiteData, 'langs'>>(
  data: K,
  build: (site: SiteContext, lang: Lang) => SiteData[K],
): { data: K; build: PageBuilder } {
  return { data, build };
}

/** Ordered registry of the site's page kinds. */
export const PAGE_KINDS: readonly PageKind[] = [
  { id: 'root', template: 'root.hbs', data: 'root', build: () => [], scripts: [], csp: 'default' },
  { id: 'home', template: 'home.hbs', ...pages('homes', buildHomePages), scripts: [], csp: 'default' },
  {
    id: 'questionnaire',
    template: 'questionnaire.hbs',
    ...pages('questionnaires', buildQuestionnairePages),
    scripts: ['questionnaire.js', 'workshop-join.js'],
    csp: 'default',
  },
  { id: 'results', template: 'results.hbs', ...pages('results', buildResultsPages), scripts: ['results.js', 'hand-in.js'], csp: 'default' },
  { id: 'assessment', template: 'assessment.hbs', ...pages('assessments', buildAssessmentPages), scripts: [], csp: 'default' },
  { id: 'course-index', template: 'course-index.hbs', ...pages('courseIndexes', buildCourseIndexPages), scripts: [], csp: 'default' },
  { id: 'course', template: 'course.hbs', ...pages('courses', buildCoursePages), scripts: [], csp: 'default', indexed: true },
  {
    id: 'worksheets',
    template: 'worksheets.hbs',
    ...pages('worksheets', buildWorksheetsPages),
    scripts: ['worksheets.js'],
    csp: 'default',
  },
  { id: 'search', template: 'search.hbs', ...pages('searches', buildSearchPages), scripts: ['search.js'], csp: 'search' },
  { id: 'workshop', template: 'workshop.hbs', ...pages('workshops', buildWorkshopPages), scripts: ['workshop.js'], csp: 'scanner' },
];

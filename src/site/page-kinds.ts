import type { SiteData } from './site-data.js';

/** One kind of generated page: its Handlebars template, the data list it pages over, its scripts. */
export interface PageKind {
  id: string;
  template: string;
  data: keyof SiteData | 'root';
  scripts: string[];
  csp: 'default' | 'search' | 'scanner';
  /**
   * Whether the search index holds these pages (their `data-pagefind-body` part). The index renders
   * the template itself before Eleventy does, from the page's data alone: such a template uses `p`.
   */
  indexed?: boolean;
}

/** Ordered registry of the site's page kinds. */
export const PAGE_KINDS: readonly PageKind[] = [
  { id: 'root', template: 'root.hbs', data: 'root', scripts: [], csp: 'default' },
  { id: 'home', template: 'home.hbs', data: 'homes', scripts: [], csp: 'default' },
  { id: 'questionnaire', template: 'questionnaire.hbs', data: 'questionnaires', scripts: ['questionnaire.js', 'workshop-join.js'], csp: 'default' },
  { id: 'results', template: 'results.hbs', data: 'results', scripts: ['results.js', 'hand-in.js'], csp: 'default' },
  { id: 'assessment', template: 'assessment.hbs', data: 'assessments', scripts: [], csp: 'default' },
  { id: 'course-index', template: 'course-index.hbs', data: 'courseIndexes', scripts: [], csp: 'default' },
  { id: 'course', template: 'course.hbs', data: 'courses', scripts: [], csp: 'default', indexed: true },
  { id: 'worksheets', template: 'worksheets.hbs', data: 'worksheets', scripts: ['worksheets.js'], csp: 'default' },
  { id: 'search', template: 'search.hbs', data: 'searches', scripts: ['search.js'], csp: 'search' },
  { id: 'workshop', template: 'workshop.hbs', data: 'workshops', scripts: ['workshop.js'], csp: 'scanner' },
];

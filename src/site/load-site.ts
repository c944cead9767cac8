import { ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues } from '../core/issue.js';
import { loadAssessments } from '../node/load-assessments.js';
import { loadContent, type CoursePageLoader } from '../node/load-content.js';
import { indexSite } from './index-site.js';
import type { SearchIndex } from './search-index.js';
import { buildSiteData } from './build-site-data.js';
import type { SiteData } from './site-data.js';
import type { TemplateFolders } from './template-folders.js';

/** The folders a site is made from, and whether unpublished assessments are shown. */
export interface SiteSources {
  content: string;
  assessments: string;
  includePrivate: boolean;
}

/** A validated site: the data every page shows, and the warnings found on the way. */
export interface LoadedSite {
  data: SiteData;
  warnings: string[];
}

/** A loaded site whose search index is already being filled. */
export interface StartedSite extends LoadedSite {
  search: SearchIndex;
}

/**
 * Loads and validates everything the site shows; throws ValidationError listing every problem.
 * Watch mode passes a course-page checker that remembers unchanged pages.
 */
export async function loadSite(options: SiteSources, loadPage?: CoursePageLoader): Promise<LoadedSite> {
  const content = await loadContent(options.content, loadPage);
  const { assessments, issues } = await loadAssessments(options.assessments, content, options.includePrivate);
  const all = sortIssues([...content.issues, ...issues]);
  if (hasErrors(all))
    throw new ValidationError(
      all
        .filter((i) => i.severity === 'error')
        .map(formatIssue)
        .join('\n'),
    );
  return { data: buildSiteData(content, assessments), warnings: all.map(formatIssue) };
}

/**
 * Starts the search index of a loaded site, so Pagefind works while Eleventy starts up and renders.
 * The data is frozen so Eleventy's data cascade shares it instead of deep-copying it into every page
 * (a copy per page made a 4,000-page course quadratic in memory).
 */
export function startSite(loaded: LoadedSite, templates: TemplateFolders): StartedSite {
  const data = Object.freeze(loaded.data);
  return { data, warnings: loaded.warnings, search: indexSite(data, templates) };
}

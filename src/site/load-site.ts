import { ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues } from '../core/issue.js';
import { loadAssessments } from '../node/load-assessments.js';
import { loadContent } from '../node/load-content.js';
import { indexSite } from './index-site.js';
import { cancelSearchIndexes, type SearchIndex } from './search-index.js';
import { buildSiteData } from './build-site-data.js';
import type { SiteData } from './site-data.js';

export interface SiteOptions {
  content: string;
  assessments: string;
  templates: string;
  includePrivate: boolean;
}

/** A loaded site whose search index is already being filled. */
export interface StartedSite {
  data: SiteData;
  warnings: string[];
  search: SearchIndex;
}

/** Loads and validates everything the site shows; throws ValidationError listing every problem. */
export async function loadSite(options: SiteOptions): Promise<{ data: SiteData; warnings: string[] }> {
  const content = await loadContent(options.content);
  const { assessments, issues } = await loadAssessments(options.assessments, content, options.includePrivate);
  const all = sortIssues([...content.issues, ...issues]);
  if (hasErrors(all)) throw new ValidationError(all.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  return { data: buildSiteData(content, assessments), warnings: all.map(formatIssue) };
}

let primed: { key: string; value: StartedSite } | undefined;

function start(options: SiteOptions, loaded: { data: SiteData; warnings: string[] }): StartedSite {
  // Frozen, so Eleventy's data cascade shares it instead of deep-copying it into every page
  // (a copy per page made a 4,000-page course quadratic in memory).
  const data = Object.freeze(loaded.data);
  return { data, warnings: loaded.warnings, search: indexSite(data, options.templates) };
}

/**
 * Keeps a load for the Eleventy run that follows in this process, so content is read once per build,
 * and starts its search index now, so Pagefind works while Eleventy starts up and renders.
 */
export function primeSite(options: SiteOptions, loaded: { data: SiteData; warnings: string[] }): void {
  primed = { key: JSON.stringify(options), value: start(options, loaded) };
}

/** Forgets a primed site that no Eleventy run took (the build failed first) and ends every unwritten search index. */
export async function dropPrimedSite(): Promise<void> {
  primed = undefined;
  await cancelSearchIndexes();
}

/** The primed site for these options, once; otherwise a fresh load (watch mode reloads every time). */
export async function loadSiteOnce(options: SiteOptions): Promise<StartedSite> {
  if (primed && primed.key === JSON.stringify(options)) {
    const { value } = primed;
    primed = undefined;
    return value;
  }
  return start(options, await loadSite(options));
}

import { ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues } from '../core/issue.js';
import { loadAssessments } from '../node/load-assessments.js';
import { loadContent } from '../node/load-content.js';
import { buildSiteData, type SiteData } from './site-data.js';

export interface SiteOptions {
  content: string;
  assessments: string;
  includePrivate: boolean;
}

/** Loads and validates everything the site shows; throws ValidationError listing every problem. */
export async function loadSite(options: SiteOptions): Promise<{ data: SiteData; warnings: string[] }> {
  const content = await loadContent(options.content);
  const { assessments, issues } = await loadAssessments(options.assessments, content, options.includePrivate);
  const all = sortIssues([...content.issues, ...issues]);
  if (hasErrors(all)) throw new ValidationError(all.filter((i) => i.severity === 'error').map(formatIssue).join('\n'));
  return { data: buildSiteData(content, assessments), warnings: all.map(formatIssue) };
}

let primed: { key: string; value: { data: SiteData; warnings: string[] } } | undefined;

/** Keeps a load for the Eleventy run that follows in this process, so content is read once per build. */
export function primeSite(options: SiteOptions, value: { data: SiteData; warnings: string[] }): void {
  primed = { key: JSON.stringify(options), value };
}

/** The primed load for these options, once; otherwise a fresh load (watch mode reloads every time). */
export async function loadSiteOnce(options: SiteOptions): Promise<{ data: SiteData; warnings: string[] }> {
  if (primed && primed.key === JSON.stringify(options)) {
    const { value } = primed;
    primed = undefined;
    return value;
  }
  return loadSite(options);
}

import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Issue } from '../core/issue.js';
import type { ContentSet } from '../model/content-set.js';
import { assessmentSlug, checkAssessmentPages, type LoadedAssessment } from '../model/assessment-pages.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import { displayPath } from './display-path.js';
import { findYaml } from './find-yaml.js';
import { readSource } from './read-text.js';

/**
 * Loads every assessment in a folder. Only those marked `publish: true` are returned unless
 * `includePrivate` is set (a consultant's own laptop); issues cover all of them.
 */
export async function loadAssessments(
  dir: string,
  content: ContentSet,
  includePrivate: boolean,
): Promise<{ assessments: LoadedAssessment[]; issues: Issue[] }> {
  const assessments: LoadedAssessment[] = [];
  const issues: Issue[] = [];
  if (!existsSync(dir)) return { assessments, issues };
  const files = await findYaml(dir);
  // Checked before any page is made, so two files with one page name stop the build with a located message.
  issues.push(...checkAssessmentPages(files.map((file) => ({ file: displayPath(file), slug: assessmentSlug(path.basename(file)) }))));
  for (const file of files) {
    const shown = displayPath(file);
    const read = await readSource(file, shown);
    const parsed = loadAssessmentText(read.text, shown, content);
    issues.push(...read.issues, ...parsed.issues);
    if (parsed.value && (parsed.value.publish || includePrivate)) {
      assessments.push({ slug: assessmentSlug(path.basename(file)), file: shown, assessment: parsed.value });
    }
  }
  return { assessments, issues };
}

import path from 'node:path';
import { existsSync } from 'node:fs';
import { buildContentSet, type ContentFiles, type ContentSet } from '../model/content-set.js';
import { loadActionLibraryText } from '../model/load-actions.js';
import { loadFundingSchemeText } from '../model/load-funding-scheme.js';
import { loadQuestionnaireText } from '../model/load-questionnaire.js';
import { loadCourseModulesText, loadCoursePageText, type CoursePage } from '../model/load-course.js';
import type { Issue } from '../core/issue.js';
import { readdir } from 'node:fs/promises';
import { displayPath } from './display-path.js';
import { findYaml } from './find-yaml.js';
import { applyTexts, loadTextFiles } from './load-texts.js';
import { LANGUAGE_TAG } from '../model/load-catalogue.js';
import { readSource, readSourceSync, type SourceText } from './read-text.js';

/** Where the content folder's parts live; authors add files, never code. */
export const CONTENT_LAYOUT = {
  questionnaires: 'questionnaires',
  actions: 'actions',
  funding: 'funding',
  course: 'course',
  courseModules: 'course/modules.yaml',
  texts: 'texts',
} as const;

/** How one course page's text is checked; a watch session passes a remembering one (site/content-cache.ts). */
export type CoursePageLoader = typeof loadCoursePageText;

/** Reads and checks a content folder (questionnaires, action libraries, funding schemes, course). */
export async function loadContent(dir: string, loadPage: CoursePageLoader = loadCoursePageText): Promise<ContentSet> {
  const files: ContentFiles = { questionnaires: [], actionLibraries: [], fundingSchemes: [] };
  const qdir = path.join(dir, CONTENT_LAYOUT.questionnaires);
  if (existsSync(qdir)) {
    for (const file of await findYaml(qdir)) files.questionnaires.push(await load(file, loadQuestionnaireText));
  }
  const adir = path.join(dir, CONTENT_LAYOUT.actions);
  if (existsSync(adir)) {
    for (const file of await findYaml(adir)) files.actionLibraries.push(await load(file, loadActionLibraryText));
  }
  const fdir = path.join(dir, CONTENT_LAYOUT.funding);
  if (existsSync(fdir)) {
    for (const file of await findYaml(fdir)) files.fundingSchemes.push(await load(file, loadFundingSchemeText));
  }
  const modulesFile = path.join(dir, CONTENT_LAYOUT.courseModules);
  if (existsSync(modulesFile)) {
    files.courseModules = await load(modulesFile, loadCourseModulesText);
    files.course = await loadCoursePages(
      path.join(dir, CONTENT_LAYOUT.course),
      files.courseModules.value?.modules.map((m) => m.id) ?? [],
      loadPage,
    );
  }
  return applyTexts(buildContentSet(files), await loadTextFiles(path.join(dir, CONTENT_LAYOUT.texts)));
}

/** Reads one file and hands its text to a loader; bytes that are not UTF-8 are one more issue of the file. */
async function load<T extends { issues: Issue[] }>(file: string, loader: (text: string, shown: string) => T): Promise<T> {
  const shown = displayPath(file);
  const read: SourceText = await readSource(file, shown);
  const parsed = loader(read.text, shown);
  return read.issues.length ? { ...parsed, issues: [...read.issues, ...parsed.issues] } : parsed;
}

/** Reads every Markdown page under content/course/<lang>/ and checks its front matter. */
async function loadCoursePages(
  dir: string,
  modules: string[],
  loadPage: CoursePageLoader,
): Promise<{ pages: CoursePage[]; issues: Issue[] }> {
  const pages: CoursePage[] = [];
  const issues: Issue[] = [];
  // Each folder named like a language tag holds that language's pages (content/course/de/…).
  const langs = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory() && LANGUAGE_TAG.test(e.name))
        .map((e) => e.name)
        .sort()
    : [];
  for (const lang of langs) {
    const langDir = path.join(dir, lang);
    const entries = await readdir(langDir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const file of files) {
      const slug = path.relative(langDir, file).replace(/\.md$/, '').split(path.sep).join('/');
      const shown = displayPath(file);
      const read = readSourceSync(file, shown);
      const r = loadPage(read.text, shown, lang, slug, modules);
      issues.push(...read.issues, ...r.issues);
      if (r.page) pages.push(r.page);
    }
  }
  return { pages, issues };
}

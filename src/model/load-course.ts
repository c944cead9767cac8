import type { Issue } from '../core/issue.js';
import { hasErrors } from '../core/issue.js';
import type { Lang } from '../core/lang.js';
import { CourseModulesSchema, CoursePageSchema, type CourseModules, type CoursePageMeta } from '../schema/course-schema.js';
import { checkDuplicateIds } from './check-duplicates.js';
import { issueAt } from './issue-at.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { didYouMean } from './suggest.js';
import { parseYaml } from './yaml-source.js';

/** A course page's identity, front matter and Markdown body; `slug` is its path under the language folder, without .md. */
export interface CoursePage extends CoursePageMeta {
  file: string;
  slug: string;
  body: string;
}

/** Parses the module list; pure. */
export function loadCourseModulesText(text: string, file: string): Parsed<CourseModules> {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, CourseModulesSchema, data);
  if (schema.length) return { file, source, issues: [...issues, ...schema] };
  const value = data as CourseModules;
  // Pages are checked against the module ids only when these are sound, so a repeat is reported here, once.
  const dups = checkDuplicateIds(source, value.modules, ['modules'], 'module');
  return { file, source, issues: [...issues, ...dups], ...(dups.length ? {} : { value }) };
}

/**
 * Checks one course page's front matter against its place (content/course/<lang>/...) and the module
 * list. Line numbers count from the top of the Markdown file: front matter starts on line 2.
 */
export function loadCoursePageText(
  original: string,
  file: string,
  folderLang: string,
  slug: string,
  modules: readonly string[],
): { page?: CoursePage; issues: Issue[] } {
  // A byte-order mark and Windows or old Mac line ends are accepted as in every YAML file; one line
  // end for another keeps line numbers.
  const text = original.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match)
    return {
      issues: [
        {
          file,
          line: 1,
          col: 1,
          code: 'missing-front-matter',
          message: 'a course page starts with front matter between --- lines (module, order, title, lang)',
          severity: 'error',
        },
      ],
    };
  // Padding with one empty line keeps YAML line numbers equal to the file's.
  const { source, data, issues } = parseYaml(`\n${match[1]}`, file);
  if (hasErrors(issues)) return { issues };
  const schema = schemaIssues(source, CoursePageSchema, data);
  if (schema.length) return { issues: schema };
  const meta = data as CoursePageMeta;
  const problems: Issue[] = [];
  if (meta.lang !== folderLang) {
    problems.push(issueAt(source, ['lang'], 'course-lang', `\`lang: ${meta.lang}\` but the page sits in the \`${folderLang}\` folder`));
  }
  if (modules.length && !modules.includes(meta.module)) {
    problems.push(
      issueAt(
        source,
        ['module'],
        'unknown-module',
        `unknown module \`${meta.module}\`${didYouMean(meta.module, modules)}; known modules: ${modules.join(', ')}`,
      ),
    );
  }
  return problems.length
    ? { issues: problems }
    : { page: { ...meta, lang: meta.lang as Lang, file, slug, body: text.slice(match[0].length) }, issues: [] };
}

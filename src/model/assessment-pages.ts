import type { Issue } from '../core/issue.js';
import type { Assessment } from '../core/model.js';
import type { IssueCode } from '../core/issue-codes.js';

/** An assessment file and the page name (slug) its file name gives it. */
export interface AssessmentPage {
  file: string;
  slug: string;
}

/** An assessment read and checked for the site, with the page it gets. */
export interface LoadedAssessment extends AssessmentPage {
  assessment: Assessment;
}

/** The page name an assessment gets from its file name (`sub/solo.yaml` → `solo`). */
export function assessmentSlug(fileName: string): string {
  return fileName.replace(/\.ya?ml$/, '');
}

const USABLE = /^[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*$/u;

/**
 * Every page of the site must come from one assessment: a file name that gives no usable page name
 * (`...yaml`, `.yaml`) and two files that would share a page (`solo.yaml`, `sub/solo.yaml`, or
 * `Solo.yaml` on a case-insensitive disk) are reported at the top of the file, naming the other one.
 */
export function checkAssessmentPages(pages: readonly AssessmentPage[]): Issue[] {
  const issues: Issue[] = [];
  const first = new Map<string, AssessmentPage>();
  const at = (file: string, code: IssueCode, message: string): Issue => ({ file, line: 1, col: 1, code, message, severity: 'error' });
  for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!USABLE.test(page.slug)) {
      const name = page.file.slice(page.file.lastIndexOf('/') + 1);
      issues.push(
        at(
          page.file,
          'bad-file-name',
          `the file name \`${name}\` gives no usable page name (\`${page.slug}\`): start it with a letter or digit, then use letters, digits and dashes`,
        ),
      );
      continue;
    }
    const key = page.slug.toLowerCase();
    const prior = first.get(key);
    if (prior)
      issues.push(
        at(
          page.file,
          'duplicate-page',
          `this assessment would get the page \`${page.slug}\`, which ${prior.file} already gets; rename one of the two files`,
        ),
      );
    else first.set(key, page);
  }
  return issues;
}

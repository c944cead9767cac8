import path from 'node:path';
import { existsSync } from 'node:fs';
import { formatIssue, hasErrors, sortIssues, type Issue } from '../core/issue.js';
import { assessmentSlug, checkAssessmentPages } from '../model/assessment-pages.js';
import { buildContentSet, type ContentSet } from '../model/content-set.js';
import { loadActionLibraryText } from '../model/load-actions.js';
import { loadFundingSchemeText } from '../model/load-funding-scheme.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import { loadQuestionnaireText } from '../model/load-questionnaire.js';
import { parseYaml } from '../model/yaml-source.js';
import { displayPath } from '../node/display-path.js';
import { findYaml } from '../node/find-yaml.js';
import { loadContent } from '../node/load-content.js';
import { readSource } from '../node/read-text.js';
import { EXIT, type CommandIo } from './io.js';

export interface ValidateOptions {
  paths: string[];
  content: string;
  assessments: string;
}

/** Validates content and assessment files, returning every issue found (none means valid). */
export async function validateFiles(options: ValidateOptions): Promise<Issue[]> {
  const content = await loadContent(options.content);
  const targets = options.paths.length > 0 ? options.paths : [options.content, options.assessments].filter((p) => existsSync(p));
  const contentRoot = path.resolve(options.content);
  const inside = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
  const issues: Issue[] = [];
  const checked = new Set<string>(); // files of the assessments folder, whose page names must not clash
  for (const target of targets) {
    const resolved = path.resolve(target);
    if (inside(resolved, contentRoot)) {
      // Part of the content folder: its issues come from loading the whole folder (course pages included).
      if (!existsSync(resolved)) await findYaml(target);
      issues.push(...content.issues.filter((i) => inside(path.resolve(i.file), resolved)));
      continue;
    }
    for (const file of await findYaml(target)) {
      const shown = displayPath(file);
      if (inside(path.resolve(file), contentRoot)) issues.push(...content.issues.filter((i) => i.file === shown));
      else {
        issues.push(...(await validateLoose(file, shown, content)));
        if (inside(path.resolve(file), path.resolve(options.assessments))) checked.add(shown);
      }
    }
  }
  if (checked.size > 0) {
    // Page names clash across the whole folder, so a file is checked against all of its neighbours.
    const all = await findYaml(options.assessments);
    const pages = checkAssessmentPages(all.map((file) => ({ file: displayPath(file), slug: assessmentSlug(path.basename(file)) })));
    issues.push(...pages.filter((i) => checked.has(i.file)));
  }
  return sortIssues(dedupe(issues));
}

/** A file outside the content folder: told apart by its top-level keys, checked against the content. */
async function validateLoose(file: string, shown: string, content: ContentSet): Promise<Issue[]> {
  const { text, issues: read } = await readSource(file, shown);
  return [...read, ...looseIssues(text, shown, content)];
}

function looseIssues(text: string, shown: string, content: ContentSet): Issue[] {
  const { data } = parseYaml(text, shown);
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  if (keys.includes('questions')) {
    const pq = loadQuestionnaireText(text, shown);
    const set = buildContentSet({ ...content.files, questionnaires: [pq] });
    return set.issues.filter((i) => i.file === shown);
  }
  if (keys.includes('actions') && !keys.includes('answers')) {
    const lib = loadActionLibraryText(text, shown);
    // Checked on its own: comparing a stray file with the content's translations would only add noise.
    const set = buildContentSet({ ...content.files, actionLibraries: [lib] });
    return set.issues.filter((i) => i.file === shown);
  }
  if (keys.includes('categories')) {
    const scheme = loadFundingSchemeText(text, shown);
    // Checked against the content's libraries in place of the scheme with its id, so missing names show.
    const others = content.files.fundingSchemes.filter((f) => !scheme.value || f.value?.id !== scheme.value.id);
    const set = buildContentSet({ ...content.files, fundingSchemes: [...others, scheme] });
    return set.issues.filter((i) => i.file === shown);
  }
  return loadAssessmentText(text, shown, content).issues;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = formatIssue(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `digimat validate`: prints every issue, compiler style, and says how many. */
export async function validateCommand(options: ValidateOptions, io: CommandIo): Promise<number> {
  const issues = await validateFiles(options);
  for (const issue of issues) (issue.severity === 'error' ? io.out : io.err)(formatIssue(issue));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  io.err(errors ? `${errors} error(s), ${warnings} warning(s)` : `valid (${warnings} warning(s))`);
  return hasErrors(issues) ? EXIT.badInput : EXIT.ok;
}

import type { Issue } from '../core/issue.js';
import type { Lang } from '../core/lang.js';
import type { Action, ActionIndex, Questionnaire } from '../core/model.js';
import type { ActionLibrary, KitDigital } from '../schema/actions-schema.js';
import type { CourseModules } from '../schema/course-schema.js';
import type { CoursePage } from './load-course.js';
import { checkActionLibraryPair, checkQuestionnairePair } from './check-language-pair.js';
import { issueAt } from './issue-at.js';
import type { ParsedQuestionnaire } from './load-questionnaire.js';
import type { Parsed } from './parsed.js';
import { didYouMean, knownList } from './suggest.js';

export interface ContentFiles {
  questionnaires: ParsedQuestionnaire[];
  actionLibraries: Parsed<ActionLibrary>[];
  kitDigital?: Parsed<KitDigital>;
  courseModules?: Parsed<CourseModules>;
  /** Course pages whose front matter checked out, and the issues of those that did not. */
  course?: { pages: CoursePage[]; issues: Issue[] };
}

/** Everything an assessment is scored against, with every issue found across the files. */
export interface ContentSet {
  files: ContentFiles;
  coursePages: CoursePage[];
  questionnaires: Questionnaire[];
  actions: Map<Lang, Map<string, Action>>;
  kitDigital?: KitDigital;
  issues: Issue[];
}

/** Joins loaded content files and checks the references between them; pure. */
export function buildContentSet(files: ContentFiles): ContentSet {
  const issues: Issue[] = [
    ...files.questionnaires.flatMap((f) => f.issues),
    ...files.actionLibraries.flatMap((f) => f.issues),
    ...(files.kitDigital?.issues ?? []),
    ...(files.courseModules?.issues ?? []),
    ...(files.course?.issues ?? []),
  ];

  const libraries = new Map<Lang, Parsed<ActionLibrary>>();
  for (const lib of files.actionLibraries) {
    if (!lib.value) continue;
    const prior = libraries.get(lib.value.lang);
    if (prior) issues.push(issueAt(lib.source, ['lang'], 'duplicate-library', `a second action library for \`${lib.value.lang}\`; the first is ${prior.file}`));
    else libraries.set(lib.value.lang, lib);
  }
  const actions = new Map<Lang, Map<string, Action>>();
  for (const [lang, lib] of libraries) actions.set(lang, new Map(lib.value!.actions.map((a) => [a.id, a])));

  const byKey = new Map<string, ParsedQuestionnaire>();
  const questionnaires: Questionnaire[] = [];
  for (const pq of files.questionnaires) {
    if (!pq.raw) continue;
    const key = `${pq.raw.id}/${pq.raw.lang}`;
    const prior = byKey.get(key);
    if (prior) {
      issues.push(issueAt(pq.source, ['id'], 'duplicate-questionnaire', `questionnaire \`${pq.raw.id}\` in \`${pq.raw.lang}\` is already defined in ${prior.file}`));
      continue;
    }
    byKey.set(key, pq);
    issues.push(...checkActionRefs(pq, actions.get(pq.raw.lang), libraries.get(pq.raw.lang)));
    if (pq.value) questionnaires.push(pq.value);
  }

  const kit = files.kitDigital?.value;
  const categoryIds = kit?.categories.map((c) => c.id) ?? [];
  for (const lib of libraries.values()) {
    const lang = lib.value!.lang;
    const stages = [...new Set(files.questionnaires.filter((q) => q.raw?.lang === lang).flatMap((q) => q.raw!.stages.map((s) => s.id)))];
    lib.value!.actions.forEach((action, i) => {
      if (stages.length > 0 && !stages.includes(action.stage)) {
        issues.push(issueAt(lib.source, ['actions', i, 'stage'], 'unknown-stage', `unknown stage \`${action.stage}\`${didYouMean(action.stage, stages)}; known stages: ${stages.join(', ')}`));
      }
      if (action.course && files.course && !files.course.pages.some((p) => p.lang === lang && p.slug === action.course)) {
        const slugs = files.course.pages.filter((p) => p.lang === lang).map((p) => p.slug);
        issues.push(issueAt(lib.source, ['actions', i, 'course'], 'unknown-course-page', `no course page \`${action.course}\` in \`${lang}\`${didYouMean(action.course, slugs)}; pages are named by their path under content/course/${lang}/ without .md`));
      }
      // A category file that did not load is reported once, in that file; checking against it here would only cascade.
      if (action.kitDigital && kit && !categoryIds.includes(action.kitDigital)) {
        issues.push(issueAt(lib.source, ['actions', i, 'kitDigital'], 'unknown-category', `unknown Kit Digital category \`${action.kitDigital}\`${didYouMean(action.kitDigital, categoryIds)}; known: ${knownList(categoryIds, 20)}`));
      }
    });
  }

  issues.push(...pairIssues(files));
  return { files, coursePages: files.course?.pages ?? [], questionnaires, actions, ...(kit ? { kitDigital: kit } : {}), issues };
}

function checkActionRefs(pq: ParsedQuestionnaire, index: ActionIndex | undefined, lib: Parsed<ActionLibrary> | undefined): Issue[] {
  const raw = pq.raw!;
  const issues: Issue[] = [];
  const known = index ? [...index.keys()] : [];
  raw.questions.forEach((q, i) => {
    (q.actions ?? []).forEach((id, j) => {
      if (!index) {
        issues.push(issueAt(pq.source, ['questions', i, 'actions', j], 'unknown-action', `action \`${id}\` cannot be found: there is no action library in \`${raw.lang}\` (add one under content/actions/)`));
      } else if (!index.has(id)) {
        issues.push(issueAt(pq.source, ['questions', i, 'actions', j], 'unknown-action', `unknown action \`${id}\`${didYouMean(id, known)}; define it in ${lib!.file}`));
      }
    });
  });
  return issues;
}

function pairIssues(files: ContentFiles): Issue[] {
  const issues: Issue[] = [];
  const groups = new Map<string, ParsedQuestionnaire[]>();
  for (const q of files.questionnaires) if (q.raw) groups.set(q.raw.id, [...(groups.get(q.raw.id) ?? []), q]);
  for (const group of groups.values()) {
    const sorted = [...group].sort((x, y) => x.file.localeCompare(y.file));
    for (let i = 1; i < sorted.length; i++) issues.push(...checkQuestionnairePair(sorted[0]!, sorted[i]!));
  }
  const libs = files.actionLibraries.filter((l) => l.value).sort((x, y) => x.file.localeCompare(y.file));
  for (let i = 1; i < libs.length; i++) issues.push(...checkActionLibraryPair(libs[0]!, libs[i]!));
  return issues;
}

import type { Issue } from '../core/issue.js';
import { inLang } from '../core/lang.js';
import type { Action, ActionIndex, FundingNames, Questionnaire } from '../core/model.js';
import { libraryOwners, type ActionLibrary } from '../schema/actions-schema.js';
import type { CourseModules } from '../schema/course-schema.js';
import type { FundingScheme } from '../schema/funding-schema.js';
import { checkActionLibraryPair, checkQuestionnairePair } from './check-language-pair.js';
import { checkFunding } from './check-funding.js';
import { issueAt } from './issue-at.js';
import type { CoursePage } from './load-course.js';
import type { ParsedQuestionnaire } from './load-questionnaire.js';
import type { Parsed } from './parsed.js';
import { didYouMean } from './suggest.js';

export interface ContentFiles {
  questionnaires: ParsedQuestionnaire[];
  actionLibraries: Parsed<ActionLibrary>[];
  /** Funding schemes (Kit Digital is the bundled one) whose categories actions may name. */
  fundingSchemes: Parsed<FundingScheme>[];
  courseModules?: Parsed<CourseModules>;
  /** Course pages whose front matter checked out, and the issues of those that did not. */
  course?: { pages: CoursePage[]; issues: Issue[] };
}

/** Everything an assessment is scored against, with every issue found across the files. */
export interface ContentSet {
  files: ContentFiles;
  coursePages: CoursePage[];
  questionnaires: Questionnaire[];
  /** Action libraries by `questionnaire id/lang`: each questionnaire language sees only its own actions. */
  libraries: Map<string, Parsed<ActionLibrary>>;
  /** Funding schemes that loaded, by id. */
  fundingSchemes: Map<string, FundingScheme>;
  issues: Issue[];
}

/** The key of a questionnaire language: libraries and their actions are found by it. */
export function modelKey(ref: { id: string; lang: string }): string {
  return `${ref.id}/${ref.lang}`;
}

/** The actions a questionnaire in one language can call for (empty when it has no library). */
export function actionsFor(set: ContentSet, ref: { id: string; lang: string }): ActionIndex {
  const lib = set.libraries.get(modelKey(ref))?.value;
  return new Map<string, Action>((lib?.actions ?? []).map((a) => [a.id, a]));
}

/** The funding scheme a questionnaire's actions name categories of, in its language; none when its library names none. */
export function fundingFor(set: ContentSet, ref: { id: string; lang: string }): FundingNames | undefined {
  const id = set.libraries.get(modelKey(ref))?.value?.fundingScheme;
  const scheme = id ? set.fundingSchemes.get(id) : undefined;
  if (!scheme) return undefined;
  return {
    name: inLang(scheme.name, ref.lang),
    categories: Object.fromEntries(scheme.categories.map((c) => [c.id, inLang(c.name, ref.lang)])),
  };
}

/** Joins loaded content files and checks the references between them; pure. */
export function buildContentSet(files: ContentFiles): ContentSet {
  const issues: Issue[] = [
    ...files.questionnaires.flatMap((f) => f.issues),
    ...files.actionLibraries.flatMap((f) => f.issues),
    ...files.fundingSchemes.flatMap((f) => f.issues),
    ...(files.courseModules?.issues ?? []),
    ...(files.course?.issues ?? []),
  ];

  const byKey = new Map<string, ParsedQuestionnaire>();
  const questionnaires: Questionnaire[] = [];
  for (const pq of files.questionnaires) {
    if (!pq.raw) continue;
    const key = modelKey(pq.raw);
    const prior = byKey.get(key);
    if (prior) {
      issues.push(
        issueAt(
          pq.source,
          ['id'],
          'duplicate-questionnaire',
          `questionnaire \`${pq.raw.id}\` in \`${pq.raw.lang}\` is already defined in ${prior.file}`,
        ),
      );
      continue;
    }
    byKey.set(key, pq);
    if (pq.value) questionnaires.push(pq.value);
  }

  const libraries = ownLibraries(files.actionLibraries, byKey, issues);
  for (const [key, pq] of byKey) issues.push(...checkActionRefs(pq, libraries.get(key)));
  for (const lib of new Set(libraries.values())) issues.push(...checkLibraryRefs(lib, byKey, files));

  const schemes = new Map<string, Parsed<FundingScheme>>();
  for (const f of files.fundingSchemes) {
    if (!f.value) continue;
    const prior = schemes.get(f.value.id);
    if (prior)
      issues.push(issueAt(f.source, ['id'], 'duplicate-id', `funding scheme \`${f.value.id}\` is already defined in ${prior.file}`));
    else schemes.set(f.value.id, f);
  }
  // A scheme file that failed its own checks is reported there once; its users are not checked against it.
  const anyFailed = files.fundingSchemes.some((f) => !f.value);
  const checked = [...new Set(libraries.values())].filter(
    (l) => !anyFailed || !l.value!.fundingScheme || schemes.has(l.value!.fundingScheme),
  );
  issues.push(...checkFunding(checked, [...schemes.values()]));
  const fundingSchemes = new Map([...schemes].map(([id, f]) => [id, f.value!]));

  issues.push(...pairIssues(files, libraries));
  return { files, coursePages: files.course?.pages ?? [], questionnaires, libraries, fundingSchemes, issues };
}

/**
 * Files each library under the questionnaires it names, in its language. A library naming a
 * questionnaire that does not exist, or exists in other languages only, is reported where it says so;
 * two libraries for one questionnaire language collide.
 */
function ownLibraries(
  libs: Parsed<ActionLibrary>[],
  questionnaires: Map<string, ParsedQuestionnaire>,
  issues: Issue[],
): Map<string, Parsed<ActionLibrary>> {
  const ids = [...new Set([...questionnaires.values()].map((q) => q.raw!.id))];
  const libraries = new Map<string, Parsed<ActionLibrary>>();
  for (const lib of libs) {
    if (!lib.value) continue;
    const { lang } = lib.value;
    const owners = libraryOwners(lib.value);
    owners.forEach((id, j) => {
      const at = typeof lib.value!.questionnaire === 'string' ? ['questionnaire'] : ['questionnaire', j];
      const key = modelKey({ id, lang });
      if (!ids.includes(id)) {
        issues.push(
          issueAt(
            lib.source,
            at,
            'unknown-questionnaire',
            `unknown questionnaire \`${id}\`${didYouMean(id, ids)}; known: ${ids.join(', ') || 'none (is the content folder right?)'}`,
          ),
        );
      } else if (!questionnaires.has(key)) {
        const langs = [...questionnaires.values()].filter((q) => q.raw!.id === id).map((q) => q.raw!.lang);
        issues.push(
          issueAt(
            lib.source,
            ['lang'],
            'unknown-language',
            `questionnaire \`${id}\` has no \`${lang}\` version for these actions to serve; available: ${langs.join(', ')}`,
          ),
        );
      } else if (libraries.has(key)) {
        issues.push(
          issueAt(
            lib.source,
            at,
            'duplicate-library',
            `a second action library for \`${id}\` in \`${lang}\`; the first is ${libraries.get(key)!.file}`,
          ),
        );
      } else libraries.set(key, lib);
    });
  }
  return libraries;
}

function checkActionRefs(pq: ParsedQuestionnaire, lib: Parsed<ActionLibrary> | undefined): Issue[] {
  const raw = pq.raw!;
  const issues: Issue[] = [];
  const known = lib?.value?.actions.map((a) => a.id) ?? [];
  raw.questions.forEach((q, i) => {
    (q.actions ?? []).forEach((id, j) => {
      if (!lib) {
        issues.push(
          issueAt(
            pq.source,
            ['questions', i, 'actions', j],
            'unknown-action',
            `action \`${id}\` cannot be found: no action library in \`${raw.lang}\` serves questionnaire \`${raw.id}\` (add one under content/actions/ with \`questionnaire: ${raw.id}\`)`,
          ),
        );
      } else if (!known.includes(id)) {
        issues.push(
          issueAt(
            pq.source,
            ['questions', i, 'actions', j],
            'unknown-action',
            `unknown action \`${id}\`${didYouMean(id, known)}; define it in ${lib.file}`,
          ),
        );
      }
    });
  });
  return issues;
}

/** An action's stage must be a stage of the questionnaires it serves; its course page must exist in its language. */
function checkLibraryRefs(lib: Parsed<ActionLibrary>, questionnaires: Map<string, ParsedQuestionnaire>, files: ContentFiles): Issue[] {
  const issues: Issue[] = [];
  const { lang } = lib.value!;
  const served = libraryOwners(lib.value!)
    .map((id) => questionnaires.get(modelKey({ id, lang }))?.raw)
    .filter((q) => q !== undefined);
  const stages = [...new Set(served.flatMap((q) => q.stages.map((s) => s.id)))];
  lib.value!.actions.forEach((action, i) => {
    if (stages.length > 0 && !stages.includes(action.stage)) {
      issues.push(
        issueAt(
          lib.source,
          ['actions', i, 'stage'],
          'unknown-stage',
          `unknown stage \`${action.stage}\`${didYouMean(action.stage, stages)}; known stages: ${stages.join(', ')}`,
        ),
      );
    }
    if (action.course && files.course && !files.course.pages.some((p) => p.lang === lang && p.slug === action.course)) {
      const slugs = files.course.pages.filter((p) => p.lang === lang).map((p) => p.slug);
      issues.push(
        issueAt(
          lib.source,
          ['actions', i, 'course'],
          'unknown-course-page',
          `no course page \`${action.course}\` in \`${lang}\`${didYouMean(action.course, slugs)}; pages are named by their path under content/course/${lang}/ without .md`,
        ),
      );
    }
  });
  return issues;
}

/** Translation parity: between the languages of one questionnaire, and between the libraries serving the same questionnaires. */
function pairIssues(files: ContentFiles, libraries: Map<string, Parsed<ActionLibrary>>): Issue[] {
  const issues: Issue[] = [];
  const groups = new Map<string, ParsedQuestionnaire[]>();
  for (const q of files.questionnaires) if (q.raw) groups.set(q.raw.id, [...(groups.get(q.raw.id) ?? []), q]);
  for (const group of groups.values()) {
    const sorted = [...group].sort((x, y) => x.file.localeCompare(y.file));
    for (let i = 1; i < sorted.length; i++) issues.push(...checkQuestionnairePair(sorted[0]!, sorted[i]!));
  }
  const libGroups = new Map<string, Parsed<ActionLibrary>[]>();
  for (const lib of new Set(libraries.values())) {
    const owners = libraryOwners(lib.value!).sort().join(',');
    libGroups.set(owners, [...(libGroups.get(owners) ?? []), lib]);
  }
  for (const group of libGroups.values()) {
    const libs = [...group].sort((x, y) => x.file.localeCompare(y.file));
    for (let i = 1; i < libs.length; i++) issues.push(...checkActionLibraryPair(libs[0]!, libs[i]!));
  }
  return issues;
}

import type { Issue } from '../core/issue.js';
import type { ActionLibrary } from '../schema/actions-schema.js';
import type { QuestionnaireSource } from '../schema/questionnaire-schema.js';
import { issueAt } from './issue-at.js';
import type { Parsed } from './parsed.js';
import type { YamlSource } from './yaml-source.js';

type WithId = { id: string };

/**
 * Compares two translations of one list by id: an id missing on either side is reported in the file
 * that has it, and a differing structural or reference field (anything that changes a score, a plan
 * or a link) in the second file.
 */
function compareLists<T extends WithId>(
  a: { source: YamlSource; items: readonly T[] },
  b: { source: YamlSource; items: readonly T[] },
  list: string,
  what: string,
  fields: readonly (keyof T & string)[],
  links: readonly string[] = [],
): Issue[] {
  const issues: Issue[] = [];
  const other = (side: typeof a) => (side === a ? b : a);
  for (const side of [a, b]) {
    const theirs = new Set(other(side).items.map((i) => i.id));
    side.items.forEach((item, i) => {
      if (!theirs.has(item.id)) {
        issues.push(
          issueAt(
            side.source,
            [list, i, 'id'],
            'translation-ids',
            `${what} \`${item.id}\` is missing from ${other(side).source.file}; translations must use the same ids`,
          ),
        );
      }
    });
  }
  b.items.forEach((item, i) => {
    const peer = a.items.find((x) => x.id === item.id);
    if (!peer) return;
    for (const field of fields) {
      const [mine, theirs] = [item[field] ?? null, peer[field] ?? null];
      if (JSON.stringify(mine) === JSON.stringify(theirs)) continue;
      // Saying which side lacks a field tells the translator what to copy, not just that something differs.
      const how =
        theirs === null
          ? `is set here but missing from ${a.source.file}`
          : mine === null
            ? `is missing here but set in ${a.source.file}`
            : `differs from ${a.source.file}`;
      // A link that differs leaves one language with fewer or other course links but the same figures: a warning.
      const severity = links.includes(field) ? 'warning' : 'error';
      issues.push(
        issueAt(
          b.source,
          [list, i, field],
          'translation-mismatch',
          `${what} \`${item.id}\`: \`${field}\` ${how}; only texts may differ between translations`,
          { severity },
        ),
      );
    }
  });
  return issues;
}

function optionShape(q: QuestionnaireSource['questions'][number]) {
  return q.options?.map((o) => [o.id, o.points]) ?? null;
}

/** Checks that two language files of one questionnaire (same id) describe the same model. */
export function checkQuestionnairePair(
  a: Parsed<unknown> & { raw?: QuestionnaireSource },
  b: Parsed<unknown> & { raw?: QuestionnaireSource },
): Issue[] {
  if (!a.raw || !b.raw) return [];
  const issues: Issue[] = [];
  if (a.raw.version !== b.raw.version) {
    issues.push(
      issueAt(
        b.source,
        ['version'],
        'translation-mismatch',
        `version ${b.raw.version} differs from ${a.file} (version ${a.raw.version}); translations must share one version`,
      ),
    );
  }
  for (const field of ['minCompleteness', 'capacity', 'funnel'] as const) {
    if (JSON.stringify(a.raw[field] ?? null) !== JSON.stringify(b.raw[field] ?? null)) {
      const at = b.raw[field] === undefined ? [] : [field];
      issues.push(
        issueAt(b.source, at, 'translation-mismatch', `\`${field}\` differs from ${a.file}; only texts may differ between translations`),
      );
    }
  }
  issues.push(
    ...compareLists({ source: a.source, items: a.raw.stages }, { source: b.source, items: b.raw.stages }, 'stages', 'stage', ['weight']),
  );
  issues.push(
    ...compareLists({ source: a.source, items: a.raw.levels }, { source: b.source, items: b.raw.levels }, 'levels', 'level', ['min']),
  );
  const shaped = (raw: QuestionnaireSource) => raw.questions.map((q) => ({ ...q, options: optionShape(q) }));
  issues.push(
    ...compareLists({ source: a.source, items: shaped(a.raw) }, { source: b.source, items: shaped(b.raw) }, 'questions', 'question', [
      'stage',
      'kind',
      'options',
      'max',
      'weight',
      'allowNa',
      'when',
      'actions',
      'weakBelow',
    ]),
  );
  return issues;
}

/** Checks that two languages of one questionnaire's action library hold the same actions with the same figures. */
export function checkActionLibraryPair(a: Parsed<ActionLibrary>, b: Parsed<ActionLibrary>): Issue[] {
  if (!a.value || !b.value) return [];
  const issues: Issue[] = [];
  if ((a.value.fundingScheme ?? null) !== (b.value.fundingScheme ?? null)) {
    const at = b.value.fundingScheme === undefined ? [] : ['fundingScheme'];
    issues.push(
      issueAt(b.source, at, 'translation-mismatch', `\`fundingScheme\` differs from ${a.file}; only texts may differ between translations`),
    );
  }
  return issues.concat(
    compareLists(
      { source: a.source, items: a.value.actions },
      { source: b.source, items: b.value.actions },
      'actions',
      'action',
      ['stage', 'impact', 'effort', 'sizes', 'funding', 'horizon', 'course'],
      ['course'],
    ),
  );
}

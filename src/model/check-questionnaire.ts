import type { Issue } from '../core/issue.js';
import type { Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import type { QuestionnaireSource } from '../schema/questionnaire-schema.js';
import { checkDuplicateIds } from './check-duplicates.js';
import { issueAt } from './issue-at.js';
import { didYouMean, knownList } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

/** The checks a schema cannot express, within one questionnaire file. */
export function checkQuestionnaire(source: YamlSource, src: QuestionnaireSource, q: Questionnaire): Issue[] {
  const issues: Issue[] = [
    ...checkDuplicateIds(source, src.stages, ['stages'], 'stage'),
    ...checkDuplicateIds(source, src.levels, ['levels'], 'level'),
    ...checkDuplicateIds(source, src.questions, ['questions'], 'question'),
  ];

  if (src.levels[0] && src.levels[0].min !== 0) {
    issues.push(
      issueAt(
        source,
        ['levels', 0, 'min'],
        'levels-start',
        `the first level must start at 0, not ${src.levels[0].min}, so every score has a level`,
      ),
    );
  }
  src.levels.forEach((level, i) => {
    const prev = src.levels[i - 1];
    if (prev && level.min <= prev.min) {
      issues.push(
        issueAt(
          source,
          ['levels', i, 'min'],
          'levels-order',
          `level bounds must ascend: \`${level.id}\` starts at ${level.min}, not above \`${prev.id}\` (${prev.min})`,
        ),
      );
    }
  });

  const stageIds = src.stages.map((s) => s.id);
  src.questions.forEach((qs, i) => {
    const at = ['questions', i] as const;
    if (!stageIds.includes(qs.stage)) {
      issues.push(
        issueAt(
          source,
          [...at, 'stage'],
          'unknown-stage',
          `unknown stage \`${qs.stage}\`${didYouMean(qs.stage, stageIds)}; known stages: ${stageIds.join(', ')}`,
        ),
      );
    }
    const kind = questionKind(qs.kind);
    if (!qs.options && !kind.defaultOptions(src.lang)) {
      issues.push(issueAt(source, at, 'missing-options', `question \`${qs.id}\` of kind ${qs.kind} needs \`options\``, { at: 'value' }));
    }
    if (qs.options) {
      issues.push(...checkDuplicateIds(source, qs.options, [...at, 'options'], 'option'));
      if (kind.fixedIds) {
        const got = qs.options
          .map((o) => o.id)
          .sort()
          .join(',');
        if (got !== [...kind.fixedIds].sort().join(',')) {
          issues.push(
            issueAt(
              source,
              [...at, 'options'],
              'fixed-options',
              `a ${qs.kind} question's options must have exactly the ids ${kind.fixedIds.join(', ')}`,
            ),
          );
        }
      }
    }
    if (qs.max !== undefined && qs.kind !== 'multiple') {
      issues.push(issueAt(source, [...at, 'max'], 'max-not-multiple', '`max` only applies to questions of kind multiple'));
    }
    const normalized = q.questions[i];
    if (normalized && normalized.options.length > 0 && normalized.maxPoints <= 0) {
      issues.push(
        issueAt(
          source,
          [...at, 'options'],
          'no-points',
          `question \`${qs.id}\` cannot earn any points: give at least one option points above 0`,
        ),
      );
    }
    if (qs.when) issues.push(...checkCondition(source, q, i));
  });

  for (const [i, stage] of src.stages.entries()) {
    if (!src.questions.some((qs) => qs.stage === stage.id)) {
      issues.push(
        issueAt(source, ['stages', i, 'id'], 'empty-stage', `stage \`${stage.id}\` has no questions, so it can never be scored`, {
          severity: 'warning',
        }),
      );
    }
  }
  return issues;
}

function checkCondition(source: YamlSource, q: Questionnaire, index: number): Issue[] {
  const question = q.questions[index]!;
  const cond = question.when!;
  const at = ['questions', index, 'when'] as const;
  const target = q.questions.findIndex((other) => other.id === cond.question);
  if (target < 0) {
    const ids = q.questions.map((o) => o.id);
    return [
      issueAt(
        source,
        [...at, 'question'],
        'condition-unknown',
        `condition names unknown question \`${cond.question}\`${didYouMean(cond.question, ids)}`,
      ),
    ];
  }
  if (target >= index) {
    return [
      issueAt(
        source,
        [...at, 'question'],
        'condition-order',
        `condition names \`${cond.question}\`, which is not an earlier question; a condition may only depend on questions asked before`,
      ),
    ];
  }
  const options = q.questions[target]!.options.map((o) => o.id);
  const issues: Issue[] = [];
  cond.in.forEach((value, j) => {
    if (!options.includes(String(value))) {
      issues.push(
        issueAt(
          source,
          [...at, 'in', j],
          'condition-option',
          `\`${String(value)}\` is not an option of \`${cond.question}\`; options: ${knownList(options)}`,
        ),
      );
    }
  });
  return issues;
}

import type { Issue } from '../core/issue.js';
import { hasErrors } from '../core/issue.js';
import type { Answer, Answers, Assessment, Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import { AssessmentSchema, type AnswerSource, type AssessmentSource } from '../schema/assessment-schema.js';
import type { ContentSet } from './content-set.js';
import { issueAt } from './issue-at.js';
import { loadWorkshop } from './load-participants.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { didYouMean } from './suggest.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

/** An answer kept out of scoring because the questionnaire moved on, with why. */
export interface DroppedAnswer {
  question: string;
  reason: string;
}

export interface ParsedAssessment extends Parsed<Assessment> {
  questionnaire?: Questionnaire;
  dropped: DroppedAnswer[];
}

/** Parses and checks an assessment against the content it names; pure. */
export function loadAssessmentText(text: string, file: string, content: ContentSet): ParsedAssessment {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues, dropped: [] };
  const schema = schemaIssues(source, AssessmentSchema, data);
  if (schema.length > 0) return { file, source, issues: schema, dropped: [] };
  const raw = data as AssessmentSource;

  const found = resolveQuestionnaire(source, raw, content);
  if ('issue' in found) return { file, source, issues: [found.issue], dropped: [] };
  const questionnaire = found.questionnaire;
  const older = raw.questionnaire.version < questionnaire.version;
  const { answers, dropped, issues: answerIssues } = reconcileAnswers(source, questionnaire, raw.answers, older);
  const workshop = loadWorkshop(source, raw, questionnaire, answers, older);
  const all: Issue[] = [...answerIssues, ...checkJourneyStages(source, raw, questionnaire), ...workshop.issues];
  if (older) {
    all.push(
      issueAt(source, ['questionnaire', 'version'], 'older-version', dropped.length
        ? `made on version ${raw.questionnaire.version}; loaded under version ${questionnaire.version}, dropping ${dropped.length} answer(s): ${dropped.map((d) => `${d.question} (${d.reason})`).join('; ')}`
        : `made on version ${raw.questionnaire.version}; loaded under version ${questionnaire.version} with every answer kept`, { severity: 'warning' }),
    );
  }
  if (hasErrors(all)) return { file, source, issues: all, questionnaire, dropped };
  const value: Assessment = {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, lang: questionnaire.lang },
    company: raw.company,
    date: raw.date,
    assessor: raw.assessor,
    publish: raw.publish ?? false,
    ...(raw.notes === undefined ? {} : { notes: raw.notes }),
    answers,
    ...(raw.baseline === undefined ? {} : { baseline: raw.baseline }),
    ...(raw.worksheets === undefined ? {} : { worksheets: raw.worksheets }),
    ...(workshop.workshop ? { workshop: workshop.workshop } : {}),
  };
  return { file, source, issues: all, value, questionnaire, dropped };
}

function resolveQuestionnaire(source: YamlSource, raw: AssessmentSource, content: ContentSet): { questionnaire: Questionnaire } | { issue: Issue } {
  const { id, version, lang } = raw.questionnaire;
  const sameId = content.questionnaires.filter((q) => q.id === id);
  if (sameId.length === 0) {
    const ids = [...new Set(content.questionnaires.map((q) => q.id))];
    return { issue: issueAt(source, ['questionnaire', 'id'], 'unknown-questionnaire', `unknown questionnaire \`${id}\`${didYouMean(id, ids)}; known: ${ids.join(', ') || 'none (is the content folder right?)'}`) };
  }
  const questionnaire = sameId.find((q) => q.lang === lang);
  if (!questionnaire) {
    return { issue: issueAt(source, ['questionnaire', 'lang'], 'unknown-language', `questionnaire \`${id}\` has no \`${lang}\` version; available: ${sameId.map((q) => q.lang).join(', ')}`) };
  }
  if (version > questionnaire.version) {
    return { issue: issueAt(source, ['questionnaire', 'version'], 'unknown-version', `questionnaire \`${id}\` has no version ${version}; the latest is ${questionnaire.version}`) };
  }
  return { questionnaire };
}

/**
 * Turns raw answers into option ids. On the questionnaire's own version every problem is an error;
 * on an older version an answer that no longer fits is dropped with a reason instead, so history loads.
 */
export function reconcileAnswers(
  source: YamlSource,
  questionnaire: Questionnaire,
  rawAnswers: Record<string, AnswerSource>,
  older: boolean,
): { answers: Answers; dropped: DroppedAnswer[]; issues: Issue[] } {
  const answers: Answers = {};
  const dropped: DroppedAnswer[] = [];
  const issues: Issue[] = [];
  const ids = questionnaire.questions.map((q) => q.id);
  const fail = (qid: string, path: (string | number)[], code: string, message: string, reason: string, at: 'key' | 'value' = 'value') => {
    if (older) dropped.push({ question: qid, reason });
    else issues.push(issueAt(source, ['answers', qid, ...path], code, message, { at }));
  };
  for (const [qid, rawAnswer] of Object.entries(rawAnswers)) {
    const question = questionnaire.questions.find((q) => q.id === qid);
    if (!question) {
      fail(qid, [], 'unknown-question', `unknown question \`${qid}\`${didYouMean(qid, ids)} in ${questionnaire.id} version ${questionnaire.version}`, 'question removed', 'key');
      continue;
    }
    if (rawAnswer === null) continue;
    const long = typeof rawAnswer === 'object' && !Array.isArray(rawAnswer) ? rawAnswer : undefined;
    const answer: Answer = {};
    if (long?.note !== undefined) answer.note = long.note;
    if (long?.na) {
      if (!question.allowNa) {
        fail(qid, ['na'], 'na-not-allowed', `question \`${qid}\` does not allow "not applicable"`, '"not applicable" no longer allowed');
        continue;
      }
      if (long.value !== undefined) {
        fail(qid, ['value'], 'na-with-value', `answer to \`${qid}\` is marked not applicable and also has a value; keep one`, 'both value and not applicable');
        continue;
      }
      answer.na = true;
    } else {
      const value = long ? long.value : rawAnswer;
      if (value !== undefined && value !== null) {
        const normalized = questionKind(question.kind).normalize(question, value);
        if (!normalized.ok) {
          fail(qid, long ? ['value'] : [], 'bad-answer', `question \`${qid}\` ${normalized.reason}`, normalized.reason);
          continue;
        }
        answer.value = normalized.value;
      }
    }
    answers[qid] = answer;
  }
  return { answers, dropped, issues };
}

function checkJourneyStages(source: YamlSource, raw: AssessmentSource, q: Questionnaire): Issue[] {
  const stages = q.stages.map((s) => s.id);
  return Object.keys(raw.worksheets?.journey ?? {})
    .filter((id) => !stages.includes(id))
    .map((id) => issueAt(source, ['worksheets', 'journey', id], 'unknown-stage', `unknown stage \`${id}\`${didYouMean(id, stages)}; known stages: ${stages.join(', ')}`, { at: 'key' }));
}

import type { Issue } from '../core/issue.js';
import { hasErrors } from '../core/issue.js';
import type { Answer, Answers, AssessedCompany, Assessment, Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import { AssessmentSchema, type AnswerSource, type AssessmentSource } from '../schema/assessment-schema.js';
import type { ContentSet } from './content-set.js';
import { issueAt } from './issue-at.js';
import { loadWorkshop } from './load-participants.js';
import type { Parsed } from './parsed.js';
import { schemaFailedFields, schemaIssues } from './schema-issues.js';
import { calendarDateProblem } from './calendar-date.js';
import { didYouMean } from './suggest.js';
import { parseYaml, type YamlSource } from './yaml-source.js';
import type { IssueCode } from '../core/issue-codes.js';

/** An answer kept out of scoring because the questionnaire moved on, with why. */
export interface DroppedAnswer {
  question: string;
  reason: string;
}

/** How the questionnaire moved on since the version an assessment was made on. */
export interface VersionChanges {
  /** The version the assessment names. */
  from: number;
  /** The version it was loaded and scored under. */
  to: number;
  /** Questions first asked after `from` (their `since` is greater), in questionnaire order. */
  added: string[];
  /** Of those, the ones this assessment has no answer for. */
  unanswered: string[];
  /** Answers kept out of scoring, including those to questions that were removed. */
  dropped: DroppedAnswer[];
}

export interface ParsedAssessment extends Parsed<Assessment> {
  questionnaire?: Questionnaire;
  dropped: DroppedAnswer[];
  /** Present when the assessment was made on an older version of its questionnaire. */
  changes?: VersionChanges;
}

/** Parses and checks an assessment against the content it names; pure. */
export function loadAssessmentText(text: string, file: string, content: ContentSet): ParsedAssessment {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues, dropped: [] };
  const schema = schemaIssues(source, AssessmentSchema, data);
  if (schema.length > 0)
    return { file, source, issues: [...issues, ...schema, ...answerIssuesDespite(source, data, content)], dropped: [] };
  const raw = data as AssessmentSource;
  const dateProblem = calendarDateProblem(raw.date);
  const dateIssues = dateProblem ? [issueAt(source, ['date'], 'bad-date', `\`date\` ${raw.date} is not a real day: ${dateProblem}`)] : [];

  const found = resolveQuestionnaire(source, raw, content);
  if ('issue' in found) return { file, source, issues: [...issues, ...dateIssues, found.issue], dropped: [] };
  const questionnaire = found.questionnaire;
  const older = raw.questionnaire.version < questionnaire.version;
  const { answers, dropped, issues: answerIssues } = reconcileAnswers(source, questionnaire, raw.answers, older);
  const workshop = loadWorkshop(source, raw, questionnaire, answers, older);
  const all: Issue[] = [...issues, ...dateIssues, ...answerIssues, ...checkJourneyStages(source, raw, questionnaire), ...workshop.issues];
  if (raw.company.employees === null) {
    all.push(
      issueAt(
        source,
        ['company', 'employees'],
        'unknown-size',
        'the number of employees is empty, so the plan is not sized to the company until you fill it in',
        { severity: 'warning', at: 'key' },
      ),
    );
  }
  const changes = older ? versionChanges(raw, questionnaire, content, answers, dropped) : undefined;
  if (changes) {
    all.push(issueAt(source, ['questionnaire', 'version'], 'older-version', describeChanges(changes), { severity: 'warning' }));
  }
  const extra = changes ? { changes } : {};
  if (hasErrors(all)) return { file, source, issues: all, questionnaire, dropped, ...extra };
  const value: Assessment = {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, lang: questionnaire.lang },
    company: companyOf(raw.company),
    date: raw.date,
    assessor: raw.assessor,
    publish: raw.publish ?? false,
    ...(raw.notes === undefined ? {} : { notes: raw.notes }),
    answers,
    ...(raw.baseline === undefined ? {} : { baseline: raw.baseline }),
    ...(raw.worksheets === undefined ? {} : { worksheets: raw.worksheets }),
    ...(workshop.workshop ? { workshop: workshop.workshop } : {}),
  };
  return { file, source, issues: all, value, questionnaire, dropped, ...extra };
}

/** The fields answer checking reads; when the schema fails only elsewhere, the answers are still checked. */
const ANSWER_FIELDS = ['questionnaire', 'answers'];

/**
 * Answer problems of an assessment whose schema failed on other fields (a missing date or
 * assessor, say), so one run reports every problem rather than the first kind only.
 */
function answerIssuesDespite(source: YamlSource, data: unknown, content: ContentSet): Issue[] {
  const failed = schemaFailedFields(AssessmentSchema, data);
  if (failed.has('') || ANSWER_FIELDS.some((f) => failed.has(f))) return [];
  const raw = data as AssessmentSource;
  const found = resolveQuestionnaire(source, raw, content);
  if ('issue' in found) return [found.issue];
  const older = raw.questionnaire.version < found.questionnaire.version;
  return reconcileAnswers(source, found.questionnaire, raw.answers, older).issues;
}

/**
 * What an older assessment misses: the questions whose `since` is after its version (read from the
 * questionnaire's source, as the scoring model does not carry `since`) and the answers dropped.
 */
function versionChanges(
  raw: AssessmentSource,
  q: Questionnaire,
  content: ContentSet,
  answers: Answers,
  dropped: DroppedAnswer[],
): VersionChanges {
  const from = raw.questionnaire.version;
  const src = content.files.questionnaires.find((f) => f.raw?.id === q.id && f.raw.lang === q.lang)?.raw;
  const since = new Map((src?.questions ?? []).map((x) => [x.id, x.since ?? 1]));
  const added = q.questions.filter((x) => (since.get(x.id) ?? 1) > from).map((x) => x.id);
  const unanswered = added.filter((id) => answers[id] === undefined);
  return { from, to: q.version, added, unanswered, dropped };
}

/** One line for the `older-version` warning: the versions, then the questions added, then the answers dropped. */
export function describeChanges(c: VersionChanges): string {
  const parts = [`made on version ${c.from}, loaded under version ${c.to}`];
  if (c.added.length) {
    const open = c.unanswered.length === c.added.length ? 'none answered here' : `${c.unanswered.length} unanswered here`;
    parts.push(`${c.added.length} question(s) added since version ${c.from} (${open}): ${c.added.join(', ')}`);
  }
  parts.push(
    c.dropped.length
      ? `dropping ${c.dropped.length} answer(s): ${c.dropped.map((d) => `${d.question} (${d.reason})`).join('; ')}`
      : 'every answer kept',
  );
  return parts.join(' — ');
}

function companyOf({ employees, ...rest }: AssessmentSource['company']): AssessedCompany {
  return employees === null ? rest : { ...rest, employees };
}

function resolveQuestionnaire(
  source: YamlSource,
  raw: AssessmentSource,
  content: ContentSet,
): { questionnaire: Questionnaire } | { issue: Issue } {
  const { id, version, lang } = raw.questionnaire;
  const sameId = content.questionnaires.filter((q) => q.id === id);
  if (sameId.length === 0) {
    const ids = [...new Set(content.questionnaires.map((q) => q.id))];
    return {
      issue: issueAt(
        source,
        ['questionnaire', 'id'],
        'unknown-questionnaire',
        `unknown questionnaire \`${id}\`${didYouMean(id, ids)}; known: ${ids.join(', ') || 'none (is the content folder right?)'}`,
      ),
    };
  }
  const questionnaire = sameId.find((q) => q.lang === lang);
  if (!questionnaire) {
    return {
      issue: issueAt(
        source,
        ['questionnaire', 'lang'],
        'unknown-language',
        `questionnaire \`${id}\` has no \`${lang}\` version; available: ${sameId.map((q) => q.lang).join(', ')}`,
      ),
    };
  }
  if (version > questionnaire.version) {
    return {
      issue: issueAt(
        source,
        ['questionnaire', 'version'],
        'unknown-version',
        `questionnaire \`${id}\` has no version ${version}; the latest is ${questionnaire.version}`,
      ),
    };
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
  const fail = (
    qid: string,
    path: (string | number)[],
    code: IssueCode,
    message: string,
    reason: string,
    at: 'key' | 'value' = 'value',
  ) => {
    if (older) dropped.push({ question: qid, reason });
    else issues.push(issueAt(source, ['answers', qid, ...path], code, message, { at }));
  };
  for (const [qid, rawAnswer] of Object.entries(rawAnswers)) {
    const question = questionnaire.questions.find((q) => q.id === qid);
    if (!question) {
      fail(
        qid,
        [],
        'unknown-question',
        `unknown question \`${qid}\`${didYouMean(qid, ids)} in ${questionnaire.id} version ${questionnaire.version}`,
        'question removed',
        'key',
      );
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
        fail(
          qid,
          ['value'],
          'na-with-value',
          `answer to \`${qid}\` is marked not applicable and also has a value; keep one`,
          'both value and not applicable',
        );
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
    .map((id) =>
      issueAt(
        source,
        ['worksheets', 'journey', id],
        'unknown-stage',
        `unknown stage \`${id}\`${didYouMean(id, stages)}; known stages: ${stages.join(', ')}`,
        { at: 'key' },
      ),
    );
}

import type { Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import { isParticipantKey as isWorkshopKey } from '../core/workshop-model.js';
import { CONSENSUS_STATUSES, type RoomAnswer, type RoomConsensus } from './room-events.js';

/** One reason a submission was refused; `index` is the answer's place in the request. */
export interface SubmissionIssue {
  index?: number;
  question?: string;
  message: string;
}

/** An answer as a phone sends it, once checked: question, revision, round and the normalised answer. */
export interface CheckedAnswer extends RoomAnswer {
  q: string;
  rev: number;
  round: number;
}

const MAX_TEXT = 500;
const MAX_ANSWERS = 200;

/** A participant key as the workshop core defines it (16 hex digits, random, made on the phone). */
export function isParticipantKey(value: unknown): value is string {
  return typeof value === 'string' && isWorkshopKey(value);
}

function shortText(value: unknown, what: string, issues: SubmissionIssue[], at: Omit<SubmissionIssue, 'message'>): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > MAX_TEXT) {
    issues.push({ ...at, message: `${what} must be text of at most ${MAX_TEXT} characters` });
    return undefined;
  }
  return value;
}

/**
 * Checks a batch of answers against the questionnaire the room runs, with the same per-kind rules
 * the assessment loader applies (`questionKind().normalize`, "not applicable" only where allowed).
 * Returns every problem, not the first; the room stores nothing from a batch with any problem.
 */
export function checkAnswers(q: Questionnaire, body: Record<string, unknown>): { answers: CheckedAnswer[]; issues: SubmissionIssue[] } {
  const issues: SubmissionIssue[] = [];
  const ref = body.questionnaire as { id?: unknown; version?: unknown } | undefined;
  if (!ref || typeof ref !== 'object' || ref.id !== q.id || ref.version !== q.version) {
    const got = ref && typeof ref === 'object' ? `${String(ref.id)} version ${String(ref.version)}` : 'no questionnaire';
    issues.push({ message: `answers are for ${got}; this room runs ${q.id} version ${q.version}` });
    return { answers: [], issues };
  }
  const raw = body.answers;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_ANSWERS) {
    issues.push({ message: `\`answers\` must be a list of 1 to ${MAX_ANSWERS} answers` });
    return { answers: [], issues };
  }
  const answers: CheckedAnswer[] = [];
  raw.forEach((item: unknown, index) => {
    const a = (item ?? {}) as Record<string, unknown>;
    const at = { index, ...(typeof a.q === 'string' ? { question: a.q } : {}) };
    const before = issues.length;
    const question = q.questions.find((x) => x.id === a.q);
    if (!question) {
      issues.push({ ...at, message: `unknown question \`${String(a.q)}\` in ${q.id} version ${q.version}` });
      return;
    }
    if (!Number.isSafeInteger(a.rev) || (a.rev as number) < 1) issues.push({ ...at, message: '`rev` must be a whole number from 1' });
    const round = a.round ?? 1;
    if (round !== 1 && round !== 2) issues.push({ ...at, message: '`round` must be 1 or 2' });
    const answer: CheckedAnswer = { q: question.id, rev: a.rev as number, round: round as number };
    const kinds = [a.value !== undefined && a.value !== null, a.na === true, a.dontKnow === true].filter(Boolean).length;
    if (kinds !== 1) issues.push({ ...at, message: `answer to \`${question.id}\` needs exactly one of a value, \`na\` or \`dontKnow\`` });
    else if (a.na === true) {
      if (question.allowNa) answer.na = true;
      else issues.push({ ...at, message: `question \`${question.id}\` does not allow "not applicable"` });
    } else if (a.dontKnow === true) answer.dontKnow = true;
    else {
      const normalized = questionKind(question.kind).normalize(question, a.value);
      if (normalized.ok) answer.value = normalized.value;
      else issues.push({ ...at, message: `question \`${question.id}\` ${normalized.reason}` });
    }
    const reason = shortText(a.reason, '`reason`', issues, at);
    if (reason !== undefined) answer.reason = reason;
    const note = shortText(a.note, '`note`', issues, at);
    if (note !== undefined) answer.note = note;
    if (issues.length === before) answers.push(answer);
  });
  return { answers: issues.length > 0 ? [] : answers, issues };
}

/** Checks a consensus the facilitator records: a valid value (or "not applicable"), a known status. */
export function checkConsensus(
  q: Questionnaire,
  body: Record<string, unknown>,
): { consensus?: RoomConsensus & { q: string }; issues: SubmissionIssue[] } {
  const issues: SubmissionIssue[] = [];
  const question = q.questions.find((x) => x.id === body.q);
  if (!question) return { issues: [{ message: `unknown question \`${String(body.q)}\` in ${q.id} version ${q.version}` }] };
  const status = body.status as RoomConsensus['status'];
  if (!CONSENSUS_STATUSES.includes(status))
    issues.push({ question: question.id, message: `\`status\` must be one of ${CONSENSUS_STATUSES.join(', ')}` });
  const out: RoomConsensus & { q: string } = { q: question.id, status };
  if (body.na === true) {
    if (question.allowNa) out.na = true;
    else issues.push({ question: question.id, message: `question \`${question.id}\` does not allow "not applicable"` });
  } else if (body.value !== undefined && body.value !== null) {
    const normalized = questionKind(question.kind).normalize(question, body.value);
    if (normalized.ok) out.value = normalized.value;
    else issues.push({ question: question.id, message: `question \`${question.id}\` ${normalized.reason}` });
  } else if (status !== 'open') issues.push({ question: question.id, message: 'an agreed answer needs a value or `na`' });
  const note = shortText(body.note, '`note`', issues, { question: question.id });
  if (note !== undefined) out.note = note;
  const owner = shortText(body.owner, '`owner`', issues, { question: question.id });
  if (owner !== undefined) out.owner = owner;
  return issues.length > 0 ? { issues } : { consensus: out, issues };
}

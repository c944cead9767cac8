/**
 * The workshop core as the board uses it: the pure modules under src/core, unchanged, with the few
 * shapes the board's views want (one question's aggregate with its figures, stage spreads by id).
 */
import type { Question, Questionnaire } from '../core/model.js';
import { aggregateQuestions, type QuestionAggregate as CoreAggregate } from '../core/workshop-aggregate.js';
import { stageSpreads } from '../core/stage-spread.js';
import type { HandIn, Participant, ParticipantAnswer } from '../core/workshop-model.js';

export { decodeHandIn, encodeHandIn, handInCodeFrom, handInFragment } from '../core/hand-in-code.js';
export { mergeParticipants, type MergeOutcome } from '../core/merge-participants.js';
export { consensusAnswers, roundOf } from '../core/consensus-record.js';
export type {
  Anonymity,
  ConsensusEntry,
  ConsensusRound,
  ConsensusStatus,
  HandIn,
  Participant,
  ParticipantAnswer,
  ParticipantAnswers,
} from '../core/workshop-model.js';

/** A hand-in read from a link, code or file, or why it was refused (a stable code, or a file's own issue text). */
export type Decoded = { ok: true; handIn: HandIn } | { ok: false; reason: string };

/** One question's aggregate as the core computes it, plus how many said anything at all. */
export interface QuestionAggregate extends CoreAggregate {
  /** Answers given: option(s) or "not applicable" (what the projector's minimum of 3 counts). */
  count: number;
}

function withCount(a: CoreAggregate): QuestionAggregate {
  return { ...a, count: a.answered + a.na };
}

/** Round 1: every question aggregated over the participants' own hand-ins. */
export function aggregateRound1(q: Questionnaire, participants: readonly Participant[]): Map<string, QuestionAggregate> {
  return new Map(aggregateQuestions(q, participants).map((a) => [a.id, withCount(a)]));
}

/**
 * A re-vote on one question: each voter's hand-in with that one answer replaced, so conditional
 * questions stay shown exactly as they were for that person.
 */
export function aggregateRevote(
  q: Questionnaire,
  question: Question,
  participants: readonly Participant[],
  votes: Record<string, ParticipantAnswer>,
): QuestionAggregate | undefined {
  const voters = participants.filter((p) => votes[p.key]).map((p) => ({ ...p, answers: { ...p.answers, [question.id]: votes[p.key]! } }));
  if (voters.length === 0) return undefined;
  return withCount(aggregateQuestions(q, voters).find((a) => a.id === question.id)!);
}

/** Each stage's spread of participants' scores (min, median, max), by stage id; null when nobody scored in it. */
export function stageSpread(
  q: Questionnaire,
  participants: readonly Participant[],
): Record<string, { min: number; median: number; max: number } | null> {
  return Object.fromEntries(
    stageSpreads(q, participants).map((s) => [
      s.stage,
      s.min === null || s.median === null || s.max === null ? null : { min: s.min, median: s.median, max: s.max },
    ]),
  );
}

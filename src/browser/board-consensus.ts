import type { Answers, Question, Questionnaire } from '../core/model.js';
import type { Consensus } from '../core/workshop-model.js';
import { scoreAnswers, type ScoreResult } from '../core/score.js';
import {
  aggregateRevote,
  aggregateRound1,
  consensusAnswers as agreedAnswers,
  roundOf,
  stageSpread,
  type ConsensusEntry,
  type QuestionAggregate,
} from './board-core.js';
import type { BoardState } from './board-state.js';

/** One question as the revealed board shows it: both rounds, what was recorded, and people's notes. */
export interface QuestionRow {
  question: Question;
  round1: QuestionAggregate;
  round2?: QuestionAggregate;
  /** The round the suggestion and the board's order come from: round 2 once there is one. */
  latest: QuestionAggregate;
  entry: ConsensusEntry;
  reasons: { key: string; text: string }[];
}

/**
 * The consensus entry of one question: what the facilitator decided or accepted, otherwise the
 * latest round's suggestion when it is unanimous (nothing to discuss), otherwise open.
 */
function entryFor(board: BoardState, question: Question, round1: QuestionAggregate, round2: QuestionAggregate | undefined): ConsensusEntry {
  const id = question.id;
  const rounds = [round1, ...(round2 ? [round2] : [])].map((r) => roundOf(question, r));
  const extra = board.notes[id] ?? {};
  const notes = { ...(extra.note ? { note: extra.note } : {}), ...(extra.owner ? { owner: extra.owner } : {}) };
  const decision = board.decisions[id];
  if (decision)
    return {
      status: decision.status,
      ...(decision.na ? { na: true } : decision.value !== undefined ? { value: decision.value } : {}),
      rounds,
      ...notes,
    };
  const s = (round2 ?? round1).suggestion;
  if (s.status === 'unanimous')
    return { status: 'unanimous', ...(s.na ? { na: true } : s.value !== undefined ? { value: s.value } : {}), rounds, ...notes };
  return { status: 'open', rounds, ...notes };
}

/** Every question of the workshop, most disagreement first (ties keep the questionnaire's order). */
export function questionRows(board: BoardState, q: Questionnaire): QuestionRow[] {
  const first = aggregateRound1(q, board.participants);
  const rows = q.questions.map((question) => {
    const round1 = first.get(question.id)!;
    const round2 = aggregateRevote(q, question, board.participants, board.round2[question.id] ?? {});
    const reasons = board.participants.flatMap((p) => {
      const a = p.answers[question.id];
      const text = [a?.reason, a?.note].filter(Boolean).join(' — ');
      return text ? [{ key: p.key, text }] : [];
    });
    return {
      question,
      round1,
      ...(round2 ? { round2 } : {}),
      latest: round2 ?? round1,
      entry: entryFor(board, question, round1, round2),
      reasons,
    };
  });
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.latest.disagreement - a.r.latest.disagreement || a.i - b.i)
    .map((x) => x.r);
}

/** The workshop's consensus by question id, in the questionnaire's order: questions nobody answered and nobody discussed are left out. */
export function consensusOf(rows: readonly QuestionRow[], q: Questionnaire): Consensus {
  const byId = new Map(rows.map((r) => [r.question.id, r]));
  const out: Consensus = {};
  for (const question of q.questions) {
    const r = byId.get(question.id)!;
    if (r.entry.rounds[0]!.count > 0 || r.entry.status !== 'open' || r.entry.note || r.entry.owner || r.round2) out[question.id] = r.entry;
  }
  return out;
}

/** The group's answers: the consensus values, the assessment's `answers` on export (the core's own reading). */
export function consensusAnswers(rows: readonly QuestionRow[], q: Questionnaire): Answers {
  return agreedAnswers(consensusOf(rows, q));
}

/** The consensus scored with the same core every face uses, and each stage's spread among participants. */
export function boardScores(
  board: BoardState,
  q: Questionnaire,
  rows: readonly QuestionRow[],
): { score: ScoreResult; spread: ReturnType<typeof stageSpread> } {
  return { score: scoreAnswers(q, consensusAnswers(rows, q)), spread: stageSpread(q, board.participants) };
}

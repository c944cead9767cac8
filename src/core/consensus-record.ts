import type { Answers, Question, Questionnaire } from './model.js';
import { aggregateQuestions, type QuestionAggregate } from './workshop-aggregate.js';
import type { Consensus, ConsensusEntry, ConsensusRound, Participant } from './workshop-model.js';

/** A round as recorded: who gave anything, and the votes per option id, `na` and `dontKnow`. */
export function roundOf(q: Question, agg: QuestionAggregate): ConsensusRound {
  const distribution: Record<string, number> = {};
  for (const o of q.options) if (agg.distribution[o.id]) distribution[o.id] = agg.distribution[o.id]!;
  if (agg.na) distribution.na = agg.na;
  if (agg.dontKnow) distribution.dontKnow = agg.dontKnow;
  return { count: agg.answered + agg.na + agg.dontKnow, distribution };
}

/**
 * Brings a workshop's consensus up to date with its participants. Round 1 is always the
 * participants' blind answers as they stand; what the group recorded (any status but `open`, a note,
 * an owner, later rounds) is kept. An open question takes a unanimous answer, and also a scale's
 * 75 % suggestion when `acceptSuggestions` is set (the facilitator's choice); otherwise it stays open.
 */
export function recordConsensus(questionnaire: Questionnaire, participants: readonly Participant[], existing: Consensus, options: { acceptSuggestions?: boolean } = {}): Consensus {
  const aggregates = aggregateQuestions(questionnaire, participants);
  const out: Consensus = {};
  questionnaire.questions.forEach((q, i) => {
    const agg = aggregates[i]!;
    const before = existing[q.id];
    const round1 = roundOf(q, agg);
    if (!before && round1.count === 0) return;
    const later = before?.rounds.slice(1) ?? [];
    const kept = { ...(before?.note === undefined ? {} : { note: before.note }), ...(before?.owner === undefined ? {} : { owner: before.owner }) };
    if (before && before.status !== 'open') {
      out[q.id] = { ...before, rounds: [round1, ...later] };
      return;
    }
    const s = agg.suggestion;
    let entry: ConsensusEntry;
    if (s.status === 'unanimous') entry = { ...(s.na ? { na: true } : { value: s.value! }), status: 'unanimous', rounds: [round1, ...later], ...kept };
    else if (s.status === 'consensus' && options.acceptSuggestions) entry = { value: s.value, status: 'consensus', rounds: [round1, ...later], ...kept };
    else entry = { status: 'open', rounds: [round1, ...later], ...kept };
    out[q.id] = entry;
  });
  // An entry for a question no one was shown (kept from an earlier merge) is not dropped.
  for (const [id, entry] of Object.entries(existing)) if (!(id in out)) out[id] = entry;
  return out;
}

/** The assessment answers a consensus stands for: every agreed entry over the given answers; open ones leave them alone. */
export function consensusAnswers(consensus: Consensus, base: Answers = {}): Answers {
  const answers: Answers = { ...base };
  for (const [id, entry] of Object.entries(consensus)) {
    if (entry.status === 'open') continue;
    const note = base[id]?.note;
    if (entry.na) answers[id] = { na: true, ...(note ? { note } : {}) };
    else if (entry.value !== undefined) answers[id] = { value: entry.value, ...(note ? { note } : {}) };
  }
  return answers;
}

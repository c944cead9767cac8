import type { Answers, Question, Questionnaire } from './model.js';
import { suggestConsensus } from './suggest-consensus.js';
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

/** Whether two recorded values are the same answer (a multiple choice in any order). */
function sameValue(a: ConsensusEntry, b: { value?: string | string[]; na?: boolean }): boolean {
  const key = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join(',') : v);
  return !!a.na === !!b.na && key(a.value) === key(b.value);
}

/** The votes a recorded round stands for (a single choice per voter, "na" as a vote; "I don't know" is none). */
function votesOf(q: Question, round: ConsensusRound): string[] {
  const votes: string[] = [];
  for (const o of q.options) for (let n = round.distribution[o.id] ?? 0; n > 0; n--) votes.push(o.id);
  for (let n = round.distribution.na ?? 0; n > 0; n--) votes.push('na');
  return votes;
}

/**
 * Whether an entry stays as a person recorded it: `decided` always, `consensus` too unless this merge
 * takes suggestions and the entry is a bare one (no later round, note or owner) holding what its
 * own round 1 suggested, i.e. a suggestion an earlier merge took, which is then worked out again.
 * `unanimous` always comes from the answers.
 */
function recordedByPerson(q: Question, e: ConsensusEntry, acceptSuggestions: boolean): boolean {
  if (e.status === 'decided') return true;
  if (e.status !== 'consensus') return false;
  if (!acceptSuggestions || e.rounds.length > 1 || e.note !== undefined || e.owner !== undefined) return true;
  const round1 = e.rounds[0];
  if (!round1 || q.kind === 'multiple') return true;
  const s = suggestConsensus(q, votesOf(q, round1), round1.count);
  return s.status !== 'consensus' || !sameValue(e, s);
}

/**
 * Brings a workshop's consensus up to date with its participants. Round 1 is always the
 * participants' blind answers as they stand. What a person recorded (see recordedByPerson) is kept
 * with its new round 1; every automatic status is worked out again from all participants, so a
 * unanimity or suggestion from an earlier, partial merge never outlives the answers that made it
 * (merging in turns gives what merging at once gives). A unanimous answer is taken, and a scale's
 * 75 % suggestion when `acceptSuggestions` is set (the facilitator's choice); otherwise the question
 * is open. Notes and owners are kept.
 * `recorded` names questions a person settled just now (in the room), kept whatever they hold.
 */
export function recordConsensus(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  existing: Consensus,
  options: { acceptSuggestions?: boolean; recorded?: ReadonlySet<string> } = {},
): Consensus {
  const aggregates = aggregateQuestions(questionnaire, participants);
  const out: Consensus = {};
  questionnaire.questions.forEach((q, i) => {
    const agg = aggregates[i]!;
    const before = existing[q.id];
    const round1 = roundOf(q, agg);
    if (!before && round1.count === 0) return;
    const later = before?.rounds.slice(1) ?? [];
    const kept = {
      ...(before?.note === undefined ? {} : { note: before.note }),
      ...(before?.owner === undefined ? {} : { owner: before.owner }),
    };
    if (before && (options.recorded?.has(q.id) || recordedByPerson(q, before, !!options.acceptSuggestions))) {
      out[q.id] = { ...before, rounds: [round1, ...later] };
      return;
    }
    const s = agg.suggestion;
    let entry: ConsensusEntry;
    if (s.status === 'unanimous')
      entry = { ...(s.na ? { na: true } : { value: s.value! }), status: 'unanimous', rounds: [round1, ...later], ...kept };
    else if (s.status === 'consensus' && options.acceptSuggestions)
      entry = { value: s.value, status: 'consensus', rounds: [round1, ...later], ...kept };
    else entry = { status: 'open', rounds: [round1, ...later], ...kept };
    out[q.id] = entry;
  });
  // An entry for a question no one was shown (kept from an earlier merge) is not dropped.
  for (const [id, entry] of Object.entries(existing)) if (!(id in out)) out[id] = entry;
  return out;
}

/**
 * The assessment answers a consensus stands for: every agreed entry over the given answers; open
 * ones leave them alone, except that an answer an earlier consensus (`previous`) put there is taken
 * away when that agreement no longer holds, so a split is never scored as agreed.
 */
export function consensusAnswers(consensus: Consensus, base: Answers = {}, previous: Consensus = {}): Answers {
  const answers: Answers = { ...base };
  for (const [id, entry] of Object.entries(consensus)) {
    const note = base[id]?.note;
    if (entry.status === 'open') {
      const was = previous[id];
      const given = base[id];
      if (was && was.status !== 'open' && given && sameValue(was, { value: given.value, na: given.na })) {
        if (note) answers[id] = { note };
        else delete answers[id];
      }
      continue;
    }
    if (entry.na) answers[id] = { na: true, ...(note ? { note } : {}) };
    else if (entry.value !== undefined) answers[id] = { value: entry.value, ...(note ? { note } : {}) };
  }
  return answers;
}

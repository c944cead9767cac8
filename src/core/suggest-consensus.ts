import { isOrdered } from './disagreement.js';
import type { Question } from './model.js';

/** What the answers suggest the group agrees on; `open` leaves it to the discussion. */
export type ConsensusSuggestion =
  | { status: 'unanimous'; value?: string | string[]; na?: true }
  | { status: 'consensus'; value: string }
  | { status: 'open' };

/** Share of the votes that must lie within one step of each other on a scale. */
export const CONSENSUS_SHARE = 0.75;

/**
 * Suggests a consensus from the votes of one round (option id(s), or "na"; "I don't know" and no
 * answer are not votes): unanimous when every vote is the same and at least half the group voted;
 * on a scale, at least 75 % of the votes within one step of each other, taking the lower median;
 * otherwise open.
 */
export function suggestConsensus(q: Question, votes: readonly (string | string[] | 'na')[], groupSize: number): ConsensusSuggestion {
  if (votes.length === 0 || votes.length * 2 < groupSize) return { status: 'open' };
  const keys = votes.map((v) => (Array.isArray(v) ? [...v].sort().join(',') : v));
  if (keys.every((k) => k === keys[0])) {
    const first = votes[0]!;
    return first === 'na' ? { status: 'unanimous', na: true } : { status: 'unanimous', value: Array.isArray(first) ? [...first] : first };
  }
  if (q.kind !== 'scale' || !isOrdered(q)) return { status: 'open' };
  const steps = q.options.map((o) => o.id);
  const positions = votes
    .filter((v): v is string => typeof v === 'string' && v !== 'na')
    .map((v) => steps.indexOf(v))
    .filter((i) => i >= 0);
  for (let low = 0; low < steps.length - 1; low++) {
    const inside = positions.filter((p) => p === low || p === low + 1).length;
    if (inside >= CONSENSUS_SHARE * votes.length) {
      const sorted = [...positions].sort((a, b) => a - b);
      const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
      return { status: 'consensus', value: steps[Math.min(low + 1, Math.max(low, median))]! };
    }
  }
  return { status: 'open' };
}

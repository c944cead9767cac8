import type { ScoreResult } from '../core/score.js';
import type { CliText } from './cli-text.js';

/** Why no weakest stage is named: the open stages that could still end lower, or no stage complete at all. */
export function weakestMissing(t: CliText, score: ScoreResult): string {
  const open = score.stages.filter((s) => score.weakestUnknownBecause.includes(s.id));
  return open.length ? t.weakestUnknown(open) : t.noWeakest;
}

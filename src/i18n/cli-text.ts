import type { HorizonCapacity } from '../core/model.js';
import type { PlanHorizon } from '../core/horizon.js';
import { perCatalogue } from './catalogues.js';
import { fill, plural } from './fill-text.js';
import type { BandWords } from './priority-words.js';

/** An incomplete stage that keeps the weakest stage from being named, and the answers it still needs. */
export interface OpenStage {
  title: string;
  remaining: number;
}

/** Words of the CLI's score report, built from the language's text catalogue. */
export interface CliText extends BandWords {
  stage: string;
  score: string;
  level: string;
  completeness: string;
  overall: string;
  weakest: string;
  /** Said instead of a weakest stage while no stage is complete. */
  noWeakest: string;
  /** Said instead of a weakest stage while incomplete stages could still end below the lowest complete one. */
  weakestUnknown: (open: readonly OpenStage[]) => string;
  plan: string;
  noPlan: string;
  because: string;
  impact: string;
  effort: string;
  notScored: string;
  excluded: string;
  /** Said instead of a level while a stage (or the whole) is below the completeness bar. */
  answerMore: (n: number) => string;
  startHere: string;
  /** The one-line reason a start-here action comes first. */
  reason: (bands: string, stage: string, weakest: boolean) => string;
  capacity: (c: HorizonCapacity) => string;
  /** The same when the head count is unknown and the smallest company's room applies. */
  capacityUnknown: (c: HorizonCapacity) => string;
  horizons: Record<PlanHorizon, string>;
}

const capacityValues = (c: HorizonCapacity) => ({ d30: c['30d'], d90: c['90d'], m6: c['6m'] });

/** The CLI's words in a language (English where the language has no catalogue). */
export const cliText = perCatalogue((cat): CliText => {
  const s = cat.shared;
  const t = cat.cli;
  // A horizon's CLI label is the shared one plus its note, since the terminal has no room for a paragraph.
  const horizons = Object.fromEntries(
    Object.entries(s.horizons).map(([h, label]) => [
      h,
      t.horizonNotes[h as PlanHorizon] ? `${label} (${t.horizonNotes[h as PlanHorizon]})` : label,
    ]),
  ) as Record<PlanHorizon, string>;
  return {
    stage: s.stage,
    score: s.score,
    level: s.level,
    completeness: s.answered,
    overall: s.overall,
    weakest: s.weakestStage,
    noWeakest: t.noWeakest,
    weakestUnknown: (open) =>
      fill(t.weakestUnknown, { stages: open.map((o) => fill(t.weakestOpen, { stage: o.title, n: o.remaining })).join(', ') }),
    plan: s.plan,
    noPlan: s.noPlan,
    because: t.because,
    impact: t.impact,
    effort: t.effort,
    notScored: s.notScored,
    excluded: t.excluded,
    answerMore: (n) => `${s.provisional}: ${plural(cat.lang, s.answerMore, n)}`,
    startHere: s.startHere,
    reason: (bands, stage, weakest) => fill(weakest ? s.reasonWeakest : s.reason, { bands, stage }),
    capacity: (c) => fill(t.capacity, capacityValues(c)),
    capacityUnknown: (c) => fill(t.capacityUnknown, capacityValues(c)),
    impactBands: s.impactBands,
    effortBands: s.effortBands,
    horizons,
  };
});

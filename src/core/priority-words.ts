import type { PlanItem } from './plan.js';

export type Band = 'low' | 'medium' | 'high';

/** Impact and effort in three bands each, so a face can say "high impact, low effort". */
export interface PriorityBands {
  impact: Band;
  effort: Band;
}

/** Ordered table of bands over the 1-5 scales of impact and effort. */
const BANDS: readonly { upTo: number; band: Band }[] = [
  { upTo: 2, band: 'low' },
  { upTo: 3, band: 'medium' },
  { upTo: 5, band: 'high' },
];

function bandOf(value: number): Band {
  return (BANDS.find((b) => value <= b.upTo) ?? BANDS[BANDS.length - 1]!).band;
}

/** The bands behind an action's priority; each face words them from its own catalogue. */
export function priorityBands(item: Pick<PlanItem, 'impact' | 'effort'>): PriorityBands {
  return { impact: bandOf(item.impact), effort: bandOf(item.effort) };
}

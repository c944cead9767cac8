import type { PlanItem } from '../core/plan.js';
import { priorityBands, type Band } from '../core/priority-words.js';

/** The band words a catalogue gives, in any face's text. */
export interface BandWords {
  impactBands: Record<Band, string>;
  effortBands: Record<Band, string>;
}

/** An action's priority in words, e.g. "high impact, low effort", from a face's catalogue. */
export function priorityWords(words: BandWords, item: Pick<PlanItem, 'impact' | 'effort'>): string {
  const bands = priorityBands(item);
  return `${words.impactBands[bands.impact]}, ${words.effortBands[bands.effort]}`;
}

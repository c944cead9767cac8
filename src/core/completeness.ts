/** The share of applicable questions a stage needs answered when the questionnaire sets none. */
export const DEFAULT_MIN_COMPLETENESS = 0.8;

/** How far a stage's answers go: the share answered and how many more reach the bar. */
export interface Completeness {
  /** answered / applicable, 0..1; 1 when nothing applies. */
  completeness: number;
  /** Whether the share answered reaches the bar. */
  complete: boolean;
  /** Answers still needed to reach the bar (0 once complete). */
  remaining: number;
}

/**
 * Measures completeness against a bar. Counting in whole answers (the bar times the applicable
 * questions, rounded up) keeps `complete` and `remaining` in step and free of float noise:
 * 0.7 × 10 is 7.000000000000001 in binary, which must still ask for 7 answers, not 8.
 */
export function completenessOf(answered: number, applicable: number, minCompleteness: number = DEFAULT_MIN_COMPLETENESS): Completeness {
  if (applicable <= 0) return { completeness: 1, complete: true, remaining: 0 };
  const needed = Math.min(applicable, Math.ceil(minCompleteness * applicable - 1e-9));
  const remaining = Math.max(0, needed - answered);
  return { completeness: answered / applicable, complete: remaining === 0, remaining };
}

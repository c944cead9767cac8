import type { TextCatalogue } from './catalogues.js';

/** The words the action plan is shown with, the same on the results page and in the PDF. */
export function planWords(s: TextCatalogue['shared']) {
  return {
    plan: s.plan,
    noPlan: s.noPlan,
    because: s.why,
    resources: s.resources,
    impact: s.impact,
    effort: s.effort,
    notScored: s.notScored,
    horizons: s.horizons,
  };
}

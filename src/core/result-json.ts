import type { AssessmentResult } from './assess.js';

/** The stable JSON shape of a result, shared by `digimat score --json`, the site and the tests. */
export function resultToJson(result: AssessmentResult) {
  const { score, plan } = result;
  return {
    questionnaire: score.questionnaire,
    overall: { score: score.overall.score, level: score.overall.level ? { id: score.overall.level.id, label: score.overall.level.label } : null },
    stages: score.stages.map((s) => ({
      id: s.id,
      title: s.title,
      score: s.score,
      level: s.level ? { id: s.level.id, label: s.level.label } : null,
      answered: s.answered,
      applicable: s.applicable,
    })),
    weakest: score.weakest,
    plan: plan.items.map((i) => ({
      action: i.action,
      title: i.title,
      stage: i.stage,
      priority: i.priority,
      gap: i.gap,
      impact: i.impact,
      effort: i.effort,
      horizon: i.horizon,
      kitDigital: i.kitDigital ?? null,
      because: i.because,
    })),
    excluded: plan.excluded,
  };
}

export type ResultJson = ReturnType<typeof resultToJson>;

import type { AssessmentResult } from './assess.js';
import type { Level } from './model.js';

function levelJson(level: Level | null) {
  return level ? { id: level.id, label: level.label } : null;
}

/** The stable JSON shape of a result, shared by `digimat score --json`, the site and the tests. */
export function resultToJson(result: AssessmentResult) {
  const { score, plan } = result;
  return {
    questionnaire: score.questionnaire,
    overall: {
      score: score.overall.score,
      level: levelJson(score.overall.level),
      complete: score.overall.complete,
      completeness: score.overall.completeness,
      range: score.overall.range,
    },
    stages: score.stages.map((s) => ({
      id: s.id,
      title: s.title,
      score: s.score,
      level: levelJson(s.level),
      answered: s.answered,
      applicable: s.applicable,
      complete: s.complete,
      completeness: s.completeness,
      range: s.range,
      remaining: s.remaining,
      firstUnanswered: s.firstUnanswered,
    })),
    weakest: score.weakest,
    weakestUnknownBecause: score.weakestUnknownBecause,
    segment: plan.segment,
    capacity: plan.capacity,
    startHere: plan.startHere,
    plan: plan.items.map((i) => ({
      action: i.action,
      title: i.title,
      stage: i.stage,
      rank: i.rank,
      priority: i.priority,
      gap: i.gap,
      impact: i.impact,
      effort: i.effort,
      horizon: i.horizon,
      funding: i.funding ?? null,
      because: i.because,
    })),
    excluded: plan.excluded,
  };
}

export type ResultJson = ReturnType<typeof resultToJson>;

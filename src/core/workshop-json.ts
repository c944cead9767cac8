import type { ResultJson } from './result-json.js';
import type { WorkshopAggregate } from './workshop-aggregate.js';

/**
 * A result's JSON with the workshop added: the number of participants, each stage's spread over
 * the participants' own scores, and the disputed questions, most disputed first.
 */
export function workshopJson(json: ResultJson, aggregate: WorkshopAggregate) {
  return {
    ...json,
    participants: aggregate.participants,
    stages: json.stages.map((s) => {
      const spread = aggregate.stages.find((x) => x.stage === s.id);
      return { ...s, spread: { min: spread?.min ?? null, median: spread?.median ?? null, max: spread?.max ?? null } };
    }),
    disputed: aggregate.disputed,
  };
}

export type WorkshopResultJson = ReturnType<typeof workshopJson>;

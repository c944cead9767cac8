import { SIZE_SEGMENTS } from '../schema/primitives.js';
import type { HorizonCapacity, PlanCapacity } from './model.js';
import { sizeSegment } from './size-segment.js';

/**
 * Effort points a company can carry in each horizon, by Kit Digital segment, when the questionnaire
 * gives no `capacity` of its own. An action costs its effort (1-5). A micro-business has the owner
 * and perhaps one helper for this work, so its first month holds four or five small steps; larger
 * companies can put more people on it. Under ten employees the first month never exceeds 5 points,
 * hence never more than five actions.
 */
export const DEFAULT_CAPACITY: PlanCapacity = {
  '0-2': { '30d': 4, '90d': 7, '6m': 10 },
  '3-9': { '30d': 5, '90d': 9, '6m': 14 },
  '10-49': { '30d': 8, '90d': 14, '6m': 22 },
  '50+': { '30d': 12, '90d': 20, '6m': 32 },
};

/**
 * The capacity that applies to a company. With no head count (a visitor on the site) nothing says
 * the company can do more than the smallest one, so each horizon takes the least any segment allows.
 */
export function capacityFor(table: PlanCapacity | undefined, employees: number | undefined): HorizonCapacity {
  const capacity = table ?? DEFAULT_CAPACITY;
  if (employees !== undefined && Number.isFinite(employees)) return capacity[sizeSegment(employees)];
  const rows = SIZE_SEGMENTS.map((s) => capacity[s]);
  return {
    '30d': Math.min(...rows.map((r) => r['30d'])),
    '90d': Math.min(...rows.map((r) => r['90d'])),
    '6m': Math.min(...rows.map((r) => r['6m'])),
  };
}

import { funnelFactor } from './funnel.js';
import { horizonFor, HORIZON_ORDER, PLAN_HORIZONS, type Horizon, type PlanHorizon } from './horizon.js';
import type { ActionIndex, Company, HorizonCapacity, Questionnaire } from './model.js';
import { capacityFor } from './plan-capacity.js';
import type { ScoreResult } from './score.js';
import { sizeSegment, type SizeSegment } from './size-segment.js';

/** One action of the plan with the figures behind its place. */
export interface PlanItem {
  action: string;
  title: string;
  stage: string;
  priority: number;
  /** Stage-score points the action could recover: the weighted points missing on its reasons. */
  gap: number;
  impact: number;
  effort: number;
  funnel: number;
  /** The horizon with room for it, from the earliest its effort allows; `later` when none has. */
  horizon: PlanHorizon;
  /** 1-based place in priority order over the whole plan. */
  rank: number;
  /** Category of the questionnaire's funding scheme that could fund the action. */
  funding?: string;
  /** Question ids whose weak answers call for the action, in questionnaire order. */
  because: string[];
}

/** How many start-here actions a plan names. */
export const START_HERE_COUNT = 3;

export interface Plan {
  /** Every action, highest priority first. */
  items: PlanItem[];
  /** Effort points per horizon that applied to this company. */
  capacity: HorizonCapacity;
  /** The company's size segment, or null when its head count is unknown (the smallest capacity applies). */
  segment: SizeSegment | null;
  /** The first actions to take: the first items in horizon order (never `later`), up to three. */
  startHere: string[];
  /** Actions called for but left out because they do not suit the company's size. */
  excluded: { action: string; title: string; reason: 'size' }[];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Builds the prioritised action plan from a score; pure and deterministic (ties by action id). */
export function planActions(
  questionnaire: Questionnaire,
  actions: ActionIndex,
  result: ScoreResult,
  company?: Pick<Company, 'employees'>,
): Plan {
  const stageWeight = new Map(result.stages.map((s) => [s.id, s.scoredWeight]));
  const called = new Map<string, { gap: number; because: string[] }>();
  for (const q of questionnaire.questions) {
    const o = result.outcomes.get(q.id);
    if (o?.status !== 'answered' || o.ratio! >= q.weakBelow) continue;
    const denominator = stageWeight.get(q.stage) ?? 0;
    if (denominator <= 0) continue;
    const missing = (100 * q.weight * (1 - o.ratio!)) / denominator;
    for (const id of q.actions) {
      const entry = called.get(id) ?? { gap: 0, because: [] };
      entry.gap += missing;
      entry.because.push(q.id);
      called.set(id, entry);
    }
  }

  const hasSize = company !== undefined && Number.isFinite(company.employees);
  const segment = hasSize ? sizeSegment(company.employees) : undefined;
  const stageIds = questionnaire.stages.map((s) => s.id);
  const items: PlanItem[] = [];
  const excluded: Plan['excluded'] = [];
  for (const [id, { gap, because }] of called) {
    const action = actions.get(id);
    if (!action) continue; // validation reports unknown actions; scoring stays total
    if (segment && action.sizes && !action.sizes.includes(segment)) {
      excluded.push({ action: id, title: action.title, reason: 'size' });
      continue;
    }
    const funnel = funnelFactor(stageIds, action.stage, result.weakest, questionnaire.funnel);
    const value = (action.impact + 1) / (action.effort + 1);
    items.push({
      action: id,
      title: action.title,
      stage: action.stage,
      priority: round2(gap * value * funnel),
      gap: round2(gap),
      impact: action.impact,
      effort: action.effort,
      funnel: round2(funnel),
      horizon: horizonFor(action),
      rank: 0,
      ...(action.funding ? { funding: action.funding } : {}),
      because,
    });
  }
  items.sort((a, b) => b.priority - a.priority || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  excluded.sort((a, b) => (a.action < b.action ? -1 : 1));
  const capacity = capacityFor(questionnaire.capacity, hasSize ? company.employees : undefined);
  fitToCapacity(items, capacity);
  items.forEach((item, i) => (item.rank = i + 1));
  const startHere = HORIZON_ORDER.flatMap((h) => items.filter((i) => i.horizon === h))
    .slice(0, START_HERE_COUNT)
    .map((i) => i.action);
  return { items, capacity, segment: segment ?? null, startHere, excluded };
}

/**
 * Takes the items in priority order and puts each in the first horizon, from the earliest its effort
 * allows, that still has room for its effort; an item no horizon can hold waits for `later`. A
 * lower-priority small action may therefore fill a gap a larger one left, but no horizon ever holds
 * more effort than the company can carry.
 */
function fitToCapacity(items: PlanItem[], capacity: HorizonCapacity): void {
  const left: Record<Horizon, number> = { ...capacity };
  for (const item of items) {
    const from = HORIZON_ORDER.indexOf(item.horizon as Horizon);
    const fits = HORIZON_ORDER.slice(from).find((h) => left[h] >= item.effort);
    if (fits) left[fits] -= item.effort;
    item.horizon = fits ?? 'later';
  }
}

/**
 * The plan's items grouped by horizon, each group still in priority order. `later` is left out
 * unless asked for, so a face that only knows the three horizons keeps working.
 */
export function planByHorizon(plan: Plan): { horizon: Horizon; items: PlanItem[] }[];
export function planByHorizon(plan: Plan, options: { later: boolean }): { horizon: PlanHorizon; items: PlanItem[] }[];
export function planByHorizon(plan: Plan, options: { later?: boolean } = {}): { horizon: PlanHorizon; items: PlanItem[] }[] {
  const order = options.later ? PLAN_HORIZONS : HORIZON_ORDER;
  return order.map((horizon) => ({ horizon, items: plan.items.filter((i) => i.horizon === horizon) }));
}

import { funnelFactor } from './funnel.js';
import { horizonFor, HORIZON_ORDER, type Horizon } from './horizon.js';
import type { ActionIndex, Company, Questionnaire } from './model.js';
import type { ScoreResult } from './score.js';
import { sizeSegment } from './size-segment.js';

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
  horizon: Horizon;
  kitDigital?: string;
  /** Question ids whose weak answers call for the action, in questionnaire order. */
  because: string[];
}

export interface Plan {
  items: PlanItem[];
  /** Actions called for but left out because they do not suit the company's size. */
  excluded: { action: string; reason: 'size' }[];
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
    if (!o || o.status !== 'answered' || o.ratio! >= q.weakBelow) continue;
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

  const segment = company ? sizeSegment(company.employees) : undefined;
  const stageIds = questionnaire.stages.map((s) => s.id);
  const items: PlanItem[] = [];
  const excluded: Plan['excluded'] = [];
  for (const [id, { gap, because }] of called) {
    const action = actions.get(id);
    if (!action) continue; // validation reports unknown actions; scoring stays total
    if (segment && action.sizes && !action.sizes.includes(segment)) {
      excluded.push({ action: id, reason: 'size' });
      continue;
    }
    const funnel = funnelFactor(stageIds, action.stage, result.weakest);
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
      ...(action.kitDigital ? { kitDigital: action.kitDigital } : {}),
      because,
    });
  }
  items.sort((a, b) => b.priority - a.priority || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  excluded.sort((a, b) => (a.action < b.action ? -1 : 1));
  return { items, excluded };
}

/** The plan's items grouped by horizon, each group still in priority order. */
export function planByHorizon(plan: Plan): { horizon: Horizon; items: PlanItem[] }[] {
  return HORIZON_ORDER.map((horizon) => ({ horizon, items: plan.items.filter((i) => i.horizon === horizon) }));
}

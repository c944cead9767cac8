import type { Action, Horizon } from '../schema/actions-schema.js';

export type { Horizon };
/** Where a plan puts an action: a horizon, or `later` when no horizon has room left for it. */
export type PlanHorizon = Horizon | 'later';

/** Horizons in the order a plan presents them. */
export const HORIZON_ORDER: readonly Horizon[] = ['30d', '90d', '6m'];

/** Every place in a plan, in order: the horizons, then what waits for later. */
export const PLAN_HORIZONS: readonly PlanHorizon[] = [...HORIZON_ORDER, 'later'];

/** The earliest horizon an action suits: low-effort work is a quick win, medium effort fits a quarter, the rest takes half a year or more. */
export function horizonFor(action: Pick<Action, 'effort' | 'horizon'>): Horizon {
  if (action.horizon) return action.horizon;
  if (action.effort <= 2) return '30d';
  return action.effort === 3 ? '90d' : '6m';
}

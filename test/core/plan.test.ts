import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Action } from '../../src/core/model.js';
import { funnelFactor } from '../../src/core/funnel.js';
import { horizonFor } from '../../src/core/horizon.js';
import { sizeSegment } from '../../src/core/size-segment.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';

const q = buildQuestionnaire([
  { id: 'site', stage: 'presence', kind: 'single', prompt: 'Site?', options: [{ id: 'no', label: 'No', points: 0 }, { id: 'old', label: 'Old', points: 2 }, { id: 'good', label: 'Good', points: 4 }], actions: ['build-site', 'seo'] },
  { id: 'maps', stage: 'presence', kind: 'yesno', prompt: 'Maps?', actions: ['seo'] },
  { id: 'shop', stage: 'sales', kind: 'scale', prompt: 'Shop?', actions: ['open-shop', 'crm'], weakBelow: 0.5 },
]);

const action = (id: string, stage: string, impact: number, effort: number, extra: Partial<Action> = {}): Action => ({ id, stage, title: id, description: '', impact, effort, ...extra });
const actions = new Map<string, Action>(
  [action('build-site', 'presence', 5, 3), action('seo', 'presence', 4, 2, { kitDigital: 'advanced-presence' }), action('open-shop', 'sales', 5, 4), action('crm', 'sales', 4, 4, { sizes: ['10-49', '50+'] })].map((a) => [a.id, a]),
);
const company = { employees: 5 };

describe('planActions', () => {
  it('adds the gaps of every answer that calls for an action and lists them in `because`', () => {
    const { plan } = assess(q, actions, { company, answers: { site: { value: 'old' }, maps: { value: 'no' } } });
    const seo = plan.items.find((i) => i.action === 'seo')!;
    // presence denominator 2; site misses 0.5, maps misses 1 -> (0.5 + 1) / 2 = 75 points
    expect(seo.gap).toBe(75);
    expect(seo.because).toEqual(['site', 'maps']);
    expect(seo.kitDigital).toBe('advanced-presence');
    expect(seo.horizon).toBe('30d');
  });

  it('uses weakBelow: a middling answer above the threshold calls for nothing', () => {
    const { plan } = assess(q, actions, { company, answers: { shop: { value: '2' } } });
    expect(plan.items).toEqual([]);
    const weak = assess(q, actions, { company, answers: { shop: { value: '1' } } });
    expect(weak.plan.items.map((i) => i.action)).toEqual(['open-shop']);
  });

  it('leaves out actions that do not suit the company size and says so', () => {
    const { plan } = assess(q, actions, { company, answers: { shop: { value: '0' } } });
    expect(plan.items.map((i) => i.action)).not.toContain('crm');
    expect(plan.excluded).toEqual([{ action: 'crm', reason: 'size' }]);
    const bigger = assess(q, actions, { company: { employees: 20 }, answers: { shop: { value: '0' } } });
    expect(bigger.plan.items.map((i) => i.action)).toContain('crm');
  });

  it('ranks by priority, weighing the funnel, and breaks ties by id', () => {
    const { plan } = assess(q, actions, { company, answers: { site: { value: 'no' }, maps: { value: 'no' }, shop: { value: '0' } } });
    const priorities = plan.items.map((i) => i.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    // presence is both earlier and (tied) weakest: its actions get the bigger funnel factor
    expect(plan.items.find((i) => i.action === 'seo')!.funnel).toBe(2);
    expect(plan.items.find((i) => i.action === 'open-shop')!.funnel).toBe(1);
  });

  it('orders equal priorities by action id', () => {
    const twin = new Map<string, Action>([['b-act', action('b-act', 'presence', 3, 3)], ['a-act', action('a-act', 'presence', 3, 3)]]);
    const qq = buildQuestionnaire([{ id: 'x', stage: 'presence', kind: 'yesno', prompt: 'X?', actions: ['b-act', 'a-act'] }], ['presence']);
    const { plan } = assess(qq, twin, { company, answers: { x: { value: 'no' } } });
    expect(plan.items.map((i) => i.action)).toEqual(['a-act', 'b-act']);
  });
});

describe('plan helpers', () => {
  it('maps head counts to Kit Digital segments', () => {
    expect([0, 2, 3, 9, 10, 49, 50].map(sizeSegment)).toEqual(['0-2', '0-2', '3-9', '3-9', '10-49', '10-49', '50+']);
  });
  it('derives horizons from effort unless one is given', () => {
    expect([1, 2, 3, 4, 5].map((effort) => horizonFor({ effort }))).toEqual(['30d', '30d', '90d', '6m', '6m']);
    expect(horizonFor({ effort: 5, horizon: '30d' })).toBe('30d');
  });
  it('weighs earlier and weakest stages more', () => {
    const stages = ['a', 'b', 'c', 'd'];
    expect(funnelFactor(stages, 'a', null)).toBe(1.5);
    expect(funnelFactor(stages, 'd', null)).toBe(1);
    expect(funnelFactor(stages, 'd', 'd')).toBe(1.5);
    expect(funnelFactor(['only'], 'only', 'only')).toBe(1.5);
  });
});

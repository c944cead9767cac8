import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import type { Action } from '../../src/core/model.js';
import { funnelFactor } from '../../src/core/funnel.js';
import { horizonFor } from '../../src/core/horizon.js';
import { sizeSegment } from '../../src/core/size-segment.js';
import { capacityFor, DEFAULT_CAPACITY } from '../../src/core/plan-capacity.js';
import { planByHorizon } from '../../src/core/plan.js';
import { priorityBands } from '../../src/core/priority-words.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';

const q = buildQuestionnaire([
  {
    id: 'site',
    stage: 'presence',
    kind: 'single',
    prompt: 'Site?',
    options: [
      { id: 'no', label: 'No', points: 0 },
      { id: 'old', label: 'Old', points: 2 },
      { id: 'good', label: 'Good', points: 4 },
    ],
    actions: ['build-site', 'seo'],
  },
  { id: 'maps', stage: 'presence', kind: 'yesno', prompt: 'Maps?', actions: ['seo'] },
  { id: 'shop', stage: 'sales', kind: 'scale', prompt: 'Shop?', actions: ['open-shop', 'crm'], weakBelow: 0.5 },
]);

const action = (id: string, stage: string, impact: number, effort: number, extra: Partial<Action> = {}): Action => ({
  id,
  stage,
  title: id,
  description: '',
  impact,
  effort,
  ...extra,
});
const actions = new Map<string, Action>(
  [
    action('build-site', 'presence', 5, 3),
    action('seo', 'presence', 4, 2, { funding: 'advanced-presence' }),
    action('open-shop', 'sales', 5, 4),
    action('crm', 'sales', 4, 4, { sizes: ['10-49', '50+'] }),
  ].map((a) => [a.id, a]),
);
const company = { employees: 5 };

describe('planActions', () => {
  it('adds the gaps of every answer that calls for an action and lists them in `because`', () => {
    const { plan } = assess(q, actions, { company, answers: { site: { value: 'old' }, maps: { value: 'no' } } });
    const seo = plan.items.find((i) => i.action === 'seo')!;
    // presence denominator 2; site misses 0.5, maps misses 1 -> (0.5 + 1) / 2 = 75 points
    expect(seo.gap).toBe(75);
    expect(seo.because).toEqual(['site', 'maps']);
    expect(seo.funding).toBe('advanced-presence');
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
    expect(plan.excluded).toEqual([{ action: 'crm', title: 'crm', reason: 'size' }]);
    const bigger = assess(q, actions, { company: { employees: 20 }, answers: { shop: { value: '0' } } });
    expect(bigger.plan.items.map((i) => i.action)).toContain('crm');
  });

  it('ranks by priority, weighing the funnel, and breaks ties by id', () => {
    const { plan } = assess({ ...q, funnel: true }, actions, {
      company,
      answers: { site: { value: 'no' }, maps: { value: 'no' }, shop: { value: '0' } },
    });
    const priorities = plan.items.map((i) => i.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    // presence is both earlier and (tied) weakest: its actions get the bigger funnel factor
    expect(plan.items.find((i) => i.action === 'seo')!.funnel).toBe(2);
    expect(plan.items.find((i) => i.action === 'open-shop')!.funnel).toBe(1);
  });

  it('gives no funnel factor when the stages are not a funnel: priority is gap times value alone', () => {
    const answers = { site: { value: 'no' }, maps: { value: 'no' }, shop: { value: '0' } };
    const funnel = assess({ ...q, funnel: true }, actions, { company, answers }).plan;
    const flat = assess({ ...q, funnel: false }, actions, { company, answers }).plan;
    for (const item of flat.items) {
      expect(item.funnel).toBe(1);
      expect(item.priority).toBeCloseTo((item.gap * (item.impact + 1)) / (item.effort + 1), 1);
    }
    // The same answers ranked as a funnel put the earlier, weakest stage's actions higher.
    expect(funnel.items.find((i) => i.action === 'seo')!.priority).toBeGreaterThan(flat.items.find((i) => i.action === 'seo')!.priority);
    expect(funnelFactor(['a', 'b'], 'a', 'a', false)).toBe(1);
  });

  it('orders equal priorities by action id', () => {
    const twin = new Map<string, Action>([
      ['b-act', action('b-act', 'presence', 3, 3)],
      ['a-act', action('a-act', 'presence', 3, 3)],
    ]);
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

describe('capacity', () => {
  // six effort-1 actions and one effort-4 action, all from one weak answer each
  const many = buildQuestionnaire(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({
      id,
      stage: 'presence',
      kind: 'yesno' as const,
      prompt: `${id}?`,
      actions: [`act-${id}`],
    })),
    ['presence'],
  );
  const impacts = { a: 5, b: 4, c: 3, d: 2, e: 1, f: 1 };
  const small = new Map<string, Action>(
    Object.entries(impacts).map(([id, impact]) => [`act-${id}`, action(`act-${id}`, 'presence', impact, 1)]),
  );
  small.set('act-g', action('act-g', 'presence', 5, 4));
  const allNo = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, { value: 'no' }]));
  const table = {
    '0-2': { '30d': 2, '90d': 1, '6m': 3 },
    '3-9': { '30d': 3, '90d': 2, '6m': 4 },
    '10-49': { '30d': 10, '90d': 10, '6m': 10 },
    '50+': { '30d': 1, '90d': 20, '6m': 20 },
  };

  it('fills horizons in priority order, moves what does not fit to the next and the rest to later', () => {
    const { plan } = assess({ ...many, capacity: table }, small, { company: { employees: 5 }, answers: allNo });
    expect(plan.capacity).toEqual(table['3-9']);
    const where = Object.fromEntries(plan.items.map((i) => [i.action, i.horizon]));
    const byRank = plan.items.map((i) => i.action);
    // 3 points in 30 days take the three best small actions, 2 more go to 90 days; the effort-4 one
    // fits the 4 points of 6 months, and the last small one has no room left anywhere
    expect(byRank.filter((a) => where[a] === '30d')).toEqual(byRank.filter((a) => a !== 'act-g').slice(0, 3));
    expect(byRank.filter((a) => where[a] === '90d')).toEqual(byRank.filter((a) => a !== 'act-g').slice(3, 5));
    expect(where['act-g']).toBe('6m');
    expect(byRank.filter((a) => where[a] === 'later')).toEqual(byRank.filter((a) => a !== 'act-g').slice(5));
    expect(plan.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.startHere).toEqual(byRank.filter((a) => where[a] === '30d'));
    expect(planByHorizon(plan).map((g) => g.horizon)).toEqual(['30d', '90d', '6m']);
    expect(planByHorizon(plan, { later: true }).map((g) => [g.horizon, g.items.length])).toEqual([
      ['30d', 3],
      ['90d', 2],
      ['6m', 1],
      ['later', 1],
    ]);
  });

  it('lets a smaller action take the room a larger one of higher priority could not', () => {
    const mixed = new Map<string, Action>([
      ['act-a', action('act-a', 'presence', 5, 2)],
      ['act-b', action('act-b', 'presence', 1, 1)],
    ]);
    const qq = buildQuestionnaire([{ id: 'a', stage: 'presence', kind: 'yesno', prompt: 'a?', actions: ['act-a', 'act-b'] }], ['presence']);
    const cap = { ...table, '3-9': { '30d': 1, '90d': 0, '6m': 0 } };
    const { plan } = assess({ ...qq, capacity: cap }, mixed, { company: { employees: 5 }, answers: { a: { value: 'no' } } });
    expect(plan.items.map((i) => [i.action, i.horizon])).toEqual([
      ['act-a', 'later'],
      ['act-b', '30d'],
    ]);
    expect(plan.startHere).toEqual(['act-b']);
  });

  it('gives a company of unknown size the least any segment allows', () => {
    expect(capacityFor(table, undefined)).toEqual({ '30d': 1, '90d': 1, '6m': 3 });
    expect(capacityFor(undefined, undefined)).toEqual(DEFAULT_CAPACITY['0-2']);
    expect(capacityFor(undefined, 30)).toEqual(DEFAULT_CAPACITY['10-49']);
    const { plan } = assess(many, small, { answers: allNo });
    expect(plan.capacity).toEqual(DEFAULT_CAPACITY['0-2']);
  });

  it('keeps the built-in first month at five points or fewer under ten employees', () => {
    for (const segment of ['0-2', '3-9'] as const) expect(DEFAULT_CAPACITY[segment]['30d']).toBeLessThanOrEqual(5);
  });
});

describe('priorityBands', () => {
  it('bands impact and effort into low, medium and high', () => {
    expect([1, 2, 3, 4, 5].map((n) => priorityBands({ impact: n, effort: n }).impact)).toEqual(['low', 'low', 'medium', 'high', 'high']);
    expect(priorityBands({ impact: 5, effort: 1 })).toEqual({ impact: 'high', effort: 'low' });
  });
});

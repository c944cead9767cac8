import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core/score.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';

const q = buildQuestionnaire([
  {
    id: 'site',
    stage: 'presence',
    kind: 'single',
    prompt: 'Site?',
    options: [
      { id: 'no', label: 'No', points: 0 },
      { id: 'old', label: 'Old', points: 1 },
      { id: 'good', label: 'Good', points: 4 },
    ],
    weight: 2,
  },
  { id: 'maps', stage: 'presence', kind: 'yesno', prompt: 'Maps?' },
  { id: 'sells', stage: 'sales', kind: 'yesno', prompt: 'Sells online?' },
  {
    id: 'pay',
    stage: 'sales',
    kind: 'multiple',
    prompt: 'Pay?',
    options: [
      { id: 'card', label: 'Card', points: 2 },
      { id: 'wallet', label: 'Wallet', points: 1 },
      { id: 'cash', label: 'Cash', points: 0 },
    ],
    max: 2,
    when: { question: 'sells', in: ['yes'] },
  },
  { id: 'returns', stage: 'sales', kind: 'scale', prompt: 'Returns?', allowNa: true },
]);

describe('scoreAnswers', () => {
  it('weights answered questions and reports completeness per stage', () => {
    const r = scoreAnswers(q, { site: { value: 'old' }, maps: { value: 'yes' } });
    const presence = r.stages[0]!;
    // (2 * 1/4 + 1 * 1) / 3 = 0.5
    expect(presence.score).toBe(50);
    expect(presence.level?.id).toBe('mid');
    expect([presence.answered, presence.applicable]).toEqual([2, 2]);
  });

  it('leaves unanswered questions out of the score but counts them as incomplete', () => {
    const r = scoreAnswers(q, { site: { value: 'good' } });
    expect(r.stages[0]!.score).toBe(100);
    expect([r.stages[0]!.answered, r.stages[0]!.applicable]).toEqual([1, 2]);
  });

  it('drops not-applicable and hidden questions from the denominator', () => {
    const r = scoreAnswers(q, { sells: { value: 'no' }, pay: { value: ['card'] }, returns: { na: true } });
    const sales = r.stages[1]!;
    expect(r.outcomes.get('pay')!.status).toBe('hidden');
    expect(r.outcomes.get('returns')!.status).toBe('na');
    expect([sales.answered, sales.applicable]).toEqual([1, 1]);
    expect(sales.score).toBe(0);
  });

  it('caps a multiple-choice answer at its max', () => {
    const r = scoreAnswers(q, { sells: { value: 'yes' }, pay: { value: ['card', 'wallet'] } });
    expect(r.outcomes.get('pay')!.ratio).toBe(1);
    expect(r.stages[1]!.score).toBe(100);
  });

  it('gives null scores, not zero, to a stage with nothing answered', () => {
    const r = scoreAnswers(q, { site: { value: 'good' }, maps: { value: 'no' } });
    expect(r.stages[1]!.score).toBeNull();
    expect(r.stages[1]!.level).toBeNull();
    expect(r.overall.score).toBeCloseTo(66.7, 5);
    // sales could still end anywhere from 0 to 100, so presence cannot be called the weakest
    expect(r.weakest).toBeNull();
    expect(r.weakestUnknownBecause).toEqual(['sales']);
  });

  it('averages stages by weight and names the weakest, the earlier one on a tie', () => {
    const r = scoreAnswers(q, { site: { value: 'no' }, maps: { value: 'no' }, sells: { value: 'no' } });
    expect(r.overall.score).toBe(0);
    expect(r.weakest).toBe('presence');
  });

  it('reports completeness, range, answers still needed and the first unanswered question', () => {
    const r = scoreAnswers(q, { site: { value: 'good' } });
    const presence = r.stages[0]!;
    // site (weight 2) earned full points; maps (weight 1) open: 2/3 at worst, 3/3 at best
    expect(presence.completeness).toBe(0.5);
    expect(presence.complete).toBe(false);
    expect(presence.range).toEqual({ min: 66.7, max: 100 });
    expect(presence.remaining).toBe(1);
    expect(presence.firstUnanswered).toBe('maps');
    expect(presence.level).toBeNull();
  });

  it('gives a provisional score no level, and names no weakest stage, until a stage is complete', () => {
    const r = scoreAnswers(q, { site: { value: 'good' }, sells: { value: 'no' } });
    expect(r.stages.map((s) => s.complete)).toEqual([false, false]);
    expect(r.overall.score).not.toBeNull();
    expect(r.overall.level).toBeNull();
    expect(r.overall.complete).toBe(false);
    expect(r.weakest).toBeNull();
    const done = scoreAnswers(q, { site: { value: 'good' }, maps: { value: 'no' }, sells: { value: 'no' } });
    // presence is now complete at 66.7; sales (1 of 2, a "no") can reach at most 50, so it is
    // certainly lower although incomplete
    expect(done.stages[0]!.level?.id).toBe('mid');
    expect(done.stages[1]!.range!.max).toBeLessThan(66.7);
    expect(done.weakest).toBe('sales');
    expect(done.weakestUnknownBecause).toEqual([]);
  });

  it('names the complete weakest stage only when no incomplete stage can end below it', () => {
    const r = scoreAnswers(q, { site: { value: 'no' }, maps: { value: 'no' }, sells: { value: 'yes' } });
    expect(r.stages[1]!.complete).toBe(false);
    expect(r.stages[1]!.range!.min).toBeGreaterThanOrEqual(r.stages[0]!.score!);
    expect(r.weakest).toBe('presence');
  });

  it("uses the questionnaire's minCompleteness as the bar", () => {
    const lenient = { ...q, minCompleteness: 0.5 };
    const r = scoreAnswers(lenient, { site: { value: 'good' } });
    expect(r.stages[0]!.complete).toBe(true);
    expect(r.stages[0]!.level?.id).toBe('high');
    // passing the bar does not close the range: maps can still lower the score
    expect(r.stages[0]!.range).toEqual({ min: 66.7, max: 100 });
  });

  it('spans 0..100 for a stage with nothing answered and counts it in the overall range', () => {
    const r = scoreAnswers(q, { site: { value: 'good' }, maps: { value: 'yes' } });
    expect(r.stages[1]!.score).toBeNull();
    expect(r.stages[1]!.range).toEqual({ min: 0, max: 100 });
    expect(r.overall.score).toBe(100);
    expect(r.overall.range).toEqual({ min: 50, max: 100 });
    expect(r.overall.completeness).toBe(0.5);
  });

  it('is complete with no range when nothing applies', () => {
    const r = scoreAnswers(q, { sells: { value: 'no' }, returns: { na: true } });
    const sales = r.stages[1]!;
    expect([sales.applicable, sales.completeness, sales.complete, sales.range, sales.remaining]).toEqual([
      1,
      1,
      true,
      { min: 0, max: 0 },
      0,
    ]);
    const none = scoreAnswers({ ...q, questions: q.questions.filter((x) => x.stage === 'presence') }, {});
    expect(none.stages[1]!).toMatchObject({ applicable: 0, completeness: 1, complete: true, range: null, score: null });
  });
});

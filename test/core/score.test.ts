import { describe, expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core/score.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';

const q = buildQuestionnaire([
  { id: 'site', stage: 'presence', kind: 'single', prompt: 'Site?', options: [{ id: 'no', label: 'No', points: 0 }, { id: 'old', label: 'Old', points: 1 }, { id: 'good', label: 'Good', points: 4 }], weight: 2 },
  { id: 'maps', stage: 'presence', kind: 'yesno', prompt: 'Maps?' },
  { id: 'sells', stage: 'sales', kind: 'yesno', prompt: 'Sells online?' },
  { id: 'pay', stage: 'sales', kind: 'multiple', prompt: 'Pay?', options: [{ id: 'card', label: 'Card', points: 2 }, { id: 'wallet', label: 'Wallet', points: 1 }, { id: 'cash', label: 'Cash', points: 0 }], max: 2, when: { question: 'sells', in: ['yes'] } },
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
    expect(r.weakest).toBe('presence');
  });

  it('averages stages by weight and names the weakest, the earlier one on a tie', () => {
    const r = scoreAnswers(q, { site: { value: 'no' }, maps: { value: 'no' }, sells: { value: 'no' } });
    expect(r.overall.score).toBe(0);
    expect(r.weakest).toBe('presence');
  });
});

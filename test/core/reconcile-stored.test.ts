import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import { reconcileStored } from '../../src/core/reconcile-stored.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';

const q = buildQuestionnaire([
  {
    id: 'site',
    stage: 'presence',
    kind: 'single',
    prompt: 'Site?',
    options: [
      { id: 'no', label: 'No', points: 0 },
      { id: 'good', label: 'Good', points: 4 },
    ],
  },
  { id: 'maps', stage: 'presence', kind: 'yesno', prompt: 'Maps?' },
  {
    id: 'pay',
    stage: 'sales',
    kind: 'multiple',
    prompt: 'Pay?',
    options: [
      { id: 'card', label: 'Card', points: 2 },
      { id: 'cash', label: 'Cash', points: 0 },
    ],
  },
  { id: 'returns', stage: 'sales', kind: 'scale', prompt: 'Returns?', allowNa: true },
]);

describe('reconcileStored', () => {
  it('keeps answers that fit, with their notes', () => {
    const saved = {
      site: { value: 'good', note: 'new site' },
      maps: { value: 'yes' },
      pay: { value: ['card', 'card'] },
      returns: { na: true },
    };
    expect(reconcileStored(q, saved)).toEqual({
      answers: { site: { value: 'good', note: 'new site' }, maps: { value: 'yes' }, pay: { value: ['card'] }, returns: { na: true } },
      dropped: [],
    });
  });

  it.each([
    ['a number for a multiple choice', 'pay', { value: 5 }],
    ['a string for a multiple choice', 'pay', { value: 'card' }],
    ['a list holding an object', 'pay', { value: ['card', {}] }],
    ['a scale answer of 99', 'returns', { value: '99' }],
    ['a number where option ids are stored', 'returns', { value: 3 }],
    ['an unknown option', 'site', { value: 'space' }],
    ['an object value', 'site', { value: { id: 'good' } }],
    ['a boolean for yes/no', 'maps', { value: true }],
    ['a bare string instead of an answer', 'site', 'good'],
    ['null', 'site', null],
    ['"not applicable" as a string', 'returns', { na: 'yes' }],
    ['"not applicable" with a value', 'returns', { na: true, value: '2' }],
  ])('drops %s and names the question', (_, id, raw) => {
    const r = reconcileStored(q, { [id]: raw, site: id === 'site' ? raw : { value: 'no' } });
    expect(r.dropped.map((d) => d.question)).toEqual([id]);
    expect(r.answers[id]).toBeUndefined();
  });

  it('drops "not applicable" where the question does not allow it, and unknown questions', () => {
    expect(reconcileStored(q, { maps: { na: true }, fax: { value: 'yes' } }).dropped).toEqual([
      { question: 'maps', reason: 'not applicable no longer allowed' },
      { question: 'fax', reason: 'question removed' },
    ]);
  });

  it('keeps nothing from something that is not a mapping of answers', () => {
    for (const saved of [null, undefined, 'answers', 42, [], [{ value: 'good' }]])
      expect(reconcileStored(q, saved)).toEqual({ answers: {}, dropped: [] });
  });

  it('whatever is stored, what it keeps can be scored without an error', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('site', 'maps', 'pay', 'returns', 'other'), fc.jsonValue()), (saved) => {
        const { answers } = reconcileStored(q, saved);
        expect(() => assess(q, new Map(), { answers })).not.toThrow();
        expect(Object.keys(answers).every((id) => id in saved)).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreement, pointsSpread } from '../../src/core/disagreement.js';
import { median } from '../../src/core/stage-spread.js';
import { suggestConsensus } from '../../src/core/suggest-consensus.js';
import { aggregateWorkshop } from '../../src/core/workshop-aggregate.js';
import type { Participant, ParticipantAnswer } from '../../src/core/workshop-model.js';
import { question } from '../helpers/build-questionnaire.js';
import { MIXED, participantArb } from '../helpers/workshop-arbitraries.js';

function people(...answers: Record<string, ParticipantAnswer>[]): Participant[] {
  return answers.map((a, i) => ({ key: i.toString(16).padStart(16, '0'), revision: 1, answers: a }));
}

const scale = question(MIXED, 'scale-q');
const yes = question(MIXED, 'yes-q');
const single = question(MIXED, 'single-q');
const multi = question(MIXED, 'multi-q');

describe('disagreement', () => {
  it('is 0 when everyone gives the same answer, for every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(scale, yes, single, multi), fc.integer({ min: 1, max: 12 }), fc.nat(), (q, n, pick) => {
        const value =
          q.kind === 'multiple'
            ? q.options.slice(0, pick % (q.options.length + 1)).map((o) => o.id)
            : q.options[pick % q.options.length]!.id;
        expect(
          disagreement(
            q,
            Array.from({ length: n }, () => value),
          ),
        ).toBe(0);
      }),
    );
  });

  it('grows on a scale as one answer moves further away from the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 2 }), (others, base) => {
        const rest = Array.from({ length: others }, () => String(base));
        const further = [base + 1, base + 2].map((x) => disagreement(scale, [...rest, String(x)]));
        expect(further[0]).toBeGreaterThan(0);
        expect(further[1]).toBeGreaterThan(further[0]!);
      }),
    );
  });

  it('grows on multiple choice as one set moves further away from the rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (others) => {
        const rest = Array.from({ length: others }, () => ['a']);
        const near = disagreement(multi, [...rest, ['a', 'b']]);
        const far = disagreement(multi, [...rest, ['b', 'c']]);
        expect(near).toBeGreaterThan(0);
        expect(far).toBeGreaterThan(near);
      }),
    );
  });

  it('is above 0 on a choice as soon as one answer differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (others) => {
        expect(disagreement(yes, [...Array<string>(others).fill('yes'), 'no'])).toBeGreaterThan(0);
      }),
    );
  });

  it('never depends on the order of the participants, and stays within 0..1', () => {
    fc.assert(
      fc.property(
        fc
          .array(participantArb(MIXED), { maxLength: 8 })
          .chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))),
        ([ps, shuffled]) => {
          const a = aggregateWorkshop(MIXED, ps);
          const b = aggregateWorkshop(MIXED, shuffled);
          for (const [x, y] of a.questions.map((q, i) => [q, b.questions[i]!] as const)) {
            expect(y.disagreement).toBe(x.disagreement);
            expect(y.knowledgeGap).toBe(x.knowledgeGap);
            expect(y.suggestion).toEqual(x.suggestion);
            expect(x.disagreement).toBeGreaterThanOrEqual(0);
            expect(x.disagreement).toBeLessThanOrEqual(1);
          }
          expect(b.disputed).toEqual(a.disputed);
          expect(b.stages.map(({ min, median, max }) => [min, median, max])).toEqual(
            a.stages.map(({ min, median, max }) => [min, median, max]),
          );
        },
      ),
    );
  });

  it('is 1 for a group split between both ends of the scale, and 1 minus the top share on yes/no', () => {
    expect(pointsSpread([0, 0, 4, 4], 4)).toBe(1);
    expect(disagreement(scale, ['0', '4'])).toBe(1);
    expect(disagreement(yes, ['yes', 'yes', 'yes', 'no'])).toBe(0.25);
    expect(
      disagreement(multi, [
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toBeCloseTo(2 / 3, 10);
  });
});

describe('knowledge gap and consensus', () => {
  it('counts "not applicable", "I don\'t know" and no answer apart from the disagreement', () => {
    const ws = aggregateWorkshop(
      MIXED,
      people(
        { 'yes-q': { value: 'yes' } },
        { 'yes-q': { value: 'yes' } },
        { 'yes-q': { na: true } },
        { 'yes-q': { dontKnow: true, reason: 'not my area' } },
        {},
      ),
    );
    const q = ws.questions.find((x) => x.id === 'yes-q')!;
    expect(q).toMatchObject({
      shown: 5,
      answered: 2,
      na: 1,
      dontKnow: 1,
      unanswered: 1,
      disagreement: 0,
      knowledgeGap: 0.6,
      distribution: { yes: 2, no: 0 },
    });
    expect(q.suggestion).toEqual({ status: 'open' }); // two agree but one said n/a
  });

  it('suggests unanimous, a scale consensus within one step for 75 %, or open', () => {
    expect(suggestConsensus(scale, ['3', '3', '3'], 3)).toEqual({ status: 'unanimous', value: '3' });
    expect(suggestConsensus(yes, ['na', 'na'], 3)).toEqual({ status: 'unanimous', na: true });
    expect(
      suggestConsensus(
        multi,
        [
          ['b', 'a'],
          ['a', 'b'],
        ],
        2,
      ),
    ).toEqual({ status: 'unanimous', value: ['b', 'a'] });
    expect(suggestConsensus(scale, ['2', '3', '3', '2'], 4)).toEqual({ status: 'consensus', value: '2' });
    expect(suggestConsensus(scale, ['3', '3', '4', '0'], 4)).toEqual({ status: 'consensus', value: '3' });
    expect(suggestConsensus(scale, ['1', '3', '3', '0'], 4)).toEqual({ status: 'open' });
    expect(suggestConsensus(yes, ['yes', 'yes', 'yes', 'no'], 4)).toEqual({ status: 'open' });
    expect(suggestConsensus(scale, ['3'], 4)).toEqual({ status: 'open' }); // fewer than half voted
  });

  it('lists questions disagreeing at 0.5 or more, most disputed first', () => {
    const ws = aggregateWorkshop(
      MIXED,
      people(
        { 'scale-q': { value: '0' }, 'yes-q': { value: 'yes' }, 'single-q': { value: 'none' } },
        { 'scale-q': { value: '4' }, 'yes-q': { value: 'no' }, 'single-q': { value: 'none' } },
      ),
    );
    expect(ws.disputed).toEqual(['scale-q', 'yes-q']);
    expect(ws.questions.find((q) => q.id === 'yes-q')!.disagreement).toBe(0.5);
  });
});

describe('stage spread', () => {
  it("scores each participant like an assessment and gives the group's median, minimum and maximum", () => {
    const ws = aggregateWorkshop(
      MIXED,
      people(
        { 'scale-q': { value: '4' }, 'yes-q': { value: 'yes' } },
        { 'scale-q': { value: '2' }, 'yes-q': { value: 'no' } },
        { 'scale-q': { value: '0' }, 'yes-q': { dontKnow: true } },
        {},
      ),
    );
    const presence = ws.stages.find((s) => s.stage === 'presence')!;
    // 4/4 and yes: 100; 2/4 and no: 25; 0/4 with "I don't know" left out: 0; nothing: no score.
    expect(presence).toEqual({
      stage: 'presence',
      scores: { '0000000000000000': 100, '0000000000000001': 25, '0000000000000002': 0, '0000000000000003': null },
      min: 0,
      median: 25,
      max: 100,
    });
    expect(ws.stages.find((s) => s.stage === 'sales')).toMatchObject({ min: null, median: null, max: null });
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

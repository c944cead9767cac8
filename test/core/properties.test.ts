import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import { HORIZON_ORDER, PLAN_HORIZONS } from '../../src/core/horizon.js';
import type { Action, Answer, Answers, PlanCapacity, Questionnaire } from '../../src/core/model.js';
import { DEFAULT_CAPACITY } from '../../src/core/plan-capacity.js';
import type { ScoreRange, StageScore } from '../../src/core/score.js';
import { questionKind } from '../../src/core/question-kinds.js';
import { normalizeQuestionnaire } from '../../src/model/normalize-questionnaire.js';
import type { QuestionnaireSource } from '../../src/schema/questionnaire-schema.js';

const ACTION_POOL = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const STAGES = ['s1', 's2', 's3', 's4'];

const actionsArb = fc
  .tuple(
    ...ACTION_POOL.map((id) =>
      fc
        .record({
          impact: fc.integer({ min: 1, max: 5 }),
          effort: fc.integer({ min: 1, max: 5 }),
          stage: fc.constantFrom(...STAGES),
          small: fc.boolean(),
        })
        .map(
          (r): Action => ({
            id,
            stage: r.stage,
            title: id,
            description: '',
            impact: r.impact,
            effort: r.effort,
            ...(r.small ? { sizes: ['0-2', '3-9'] } : {}),
          }),
        ),
    ),
  )
  .map((list) => new Map(list.map((a) => [a.id, a])));

const optionsArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 5 }).map((points) => {
  const fixed = points.some((p) => p > 0) ? points : [...points.slice(1), 3];
  return fixed.map((p, i) => ({ id: `o${i}`, label: `O${i}`, points: p }));
});

const questionArb = fc.record({
  stage: fc.constantFrom(...STAGES),
  kind: fc.constantFrom('single', 'multiple', 'yesno', 'scale') as fc.Arbitrary<'single' | 'multiple' | 'yesno' | 'scale'>,
  options: optionsArb,
  weight: fc.integer({ min: 1, max: 3 }),
  allowNa: fc.boolean(),
  actions: fc.subarray(ACTION_POOL, { maxLength: 3 }),
  weakBelow: fc.constantFrom(1, 0.75, 0.5),
  conditional: fc.boolean(),
});

/** Random questionnaires: any kinds, weights, N/A, thresholds and conditions on earlier questions. */
const questionnaireArb: fc.Arbitrary<Questionnaire> = fc.array(questionArb, { minLength: 1, maxLength: 12 }).chain((qs) =>
  fc.tuple(...qs.map((_, i) => fc.nat({ max: Math.max(0, i - 1) }))).map((targets) => {
    const questions: QuestionnaireSource['questions'] = qs.map((q, i) => ({
      id: `q${i}`,
      stage: q.stage,
      kind: q.kind,
      prompt: `Q${i}?`,
      ...(q.kind === 'single' || q.kind === 'multiple' ? { options: q.options } : {}),
      weight: q.weight,
      allowNa: q.allowNa,
      actions: q.actions,
      weakBelow: q.weakBelow,
      ...(q.conditional && i > 0 ? { when: { question: `q${targets[i]}`, in: ['yes', 'o1', '2', '3'] } } : {}),
    }));
    return normalizeQuestionnaire({
      id: 'random',
      version: 1,
      lang: 'en',
      title: 'R',
      introduction: '',
      stages: STAGES.map((id) => ({ id, title: id, description: '', weight: 1 })),
      levels: [
        { id: 'l0', label: 'L0', description: '', min: 0 },
        { id: 'l1', label: 'L1', description: '', min: 50 },
      ],
      questions,
    });
  }),
);

function answerArb(q: Questionnaire): fc.Arbitrary<Answers> {
  const entries = q.questions.map((question) => {
    const ids = question.options.map((o) => o.id);
    const value: fc.Arbitrary<Answer> =
      question.kind === 'multiple' ? fc.subarray(ids).map((v) => ({ value: v })) : fc.constantFrom(...ids).map((v) => ({ value: v }));
    const choices: fc.Arbitrary<Answer | undefined>[] = [value, value, fc.constant(undefined)];
    if (question.allowNa) choices.push(fc.constant({ na: true }));
    return fc.oneof(...choices).map((a) => [question.id, a] as const);
  });
  return fc.tuple(...entries).map((list) => Object.fromEntries(list.filter(([, a]) => a !== undefined)) as Answers);
}

const scenario = questionnaireArb.chain((q) => fc.tuple(fc.constant(q), answerArb(q), actionsArb, fc.integer({ min: 0, max: 80 })));

describe('scoring and planning properties', () => {
  it('keeps every score within 0..100', () => {
    fc.assert(
      fc.property(scenario, ([q, answers, actions, employees]) => {
        const { score } = assess(q, actions, { answers, company: { employees } });
        for (const s of [...score.stages.map((x) => x.score), score.overall.score]) {
          if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a stage score when one answer is raised', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ([q, answers, actions], pick) => {
        // Questions other questions depend on can reveal new ones, which is not "raising" an answer.
        const gating = new Set(q.questions.map((x) => x.when?.question).filter(Boolean));
        const { outcomes } = assess(q, actions, { answers, company: { employees: 1 } }).score;
        const candidates = q.questions.filter((x) => !gating.has(x.id) && outcomes.get(x.id)!.status === 'answered');
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length]!;
        const current = answers[target.id]!.value!;
        const kind = questionKind(target.kind);
        const before = kind.points(target, current);
        let raised: string | string[];
        if (target.kind === 'multiple') raised = [...new Set([...(current as string[]), ...target.options.map((o) => o.id)])];
        else
          raised = target.options.reduce(
            (best, o) => (o.points > (target.options.find((x) => x.id === best)?.points ?? -1) ? o.id : best),
            current as string,
          );
        expect(kind.points(target, raised)).toBeGreaterThanOrEqual(before);
        const stageBefore = assess(q, actions, { answers, company: { employees: 1 } }).score.stages.find((s) => s.id === target.stage)!
          .score!;
        const stageAfter = assess(q, actions, {
          answers: { ...answers, [target.id]: { value: raised } },
          company: { employees: 1 },
        }).score.stages.find((s) => s.id === target.stage)!.score!;
        expect(stageAfter).toBeGreaterThanOrEqual(stageBefore);
      }),
      { numRuns: 300 },
    );
  });

  it('plans an action only when an answered, weak question calls for it', () => {
    fc.assert(
      fc.property(scenario, ([q, answers, actions, employees]) => {
        const { score, plan } = assess(q, actions, { answers, company: { employees } });
        for (const item of plan.items) {
          expect(item.because.length).toBeGreaterThan(0);
          for (const id of item.because) {
            const question = q.questions.find((x) => x.id === id)!;
            const outcome = score.outcomes.get(id)!;
            expect(question.actions).toContain(item.action);
            expect(outcome.status).toBe('answered');
            expect(outcome.ratio!).toBeLessThan(question.weakBelow);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('yields no action for a fully mature assessment', () => {
    fc.assert(
      fc.property(questionnaireArb, actionsArb, (q, actions) => {
        const answers: Answers = {};
        for (const question of q.questions) {
          answers[question.id] =
            question.kind === 'multiple'
              ? { value: question.options.map((o) => o.id) }
              : { value: question.options.reduce((a, b) => (b.points > a.points ? b : a)).id };
        }
        const { plan, score } = assess(q, actions, { answers, company: { employees: 3 } });
        expect(plan.items).toEqual([]);
        for (const s of score.stages) if (s.score !== null) expect(s.score).toBe(100);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same plan for the same input, whatever the order of the answers', () => {
    fc.assert(
      fc.property(scenario, ([q, answers, actions, employees]) => {
        const first = assess(q, actions, { answers, company: { employees } });
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        const second = assess(q, actions, { answers: reversed, company: { employees } });
        expect(second.plan).toEqual(first.plan);
        expect(second.score.stages).toEqual(first.score.stages);
      }),
      { numRuns: 200 },
    );
  });
});

const horizonCapacityArb = fc.record({
  '30d': fc.integer({ min: 0, max: 8 }),
  '90d': fc.integer({ min: 0, max: 10 }),
  '6m': fc.integer({ min: 0, max: 12 }),
});
const capacityArb: fc.Arbitrary<PlanCapacity> = fc.record({
  '0-2': horizonCapacityArb,
  '3-9': horizonCapacityArb,
  '10-49': horizonCapacityArb,
  '50+': horizonCapacityArb,
});

/** Scenarios with a random bar, a random capacity table (or the built-in one) and maybe no head count. */
const sizedScenario = fc
  .tuple(scenario, fc.constantFrom(0, 0.5, 0.8, 1), fc.option(capacityArb), fc.boolean())
  .map(([[q, answers, actions, employees], minCompleteness, capacity, knownSize]) => {
    const questionnaire: Questionnaire = { ...q, minCompleteness, ...(capacity ? { capacity } : {}) };
    return { q: questionnaire, answers, actions, company: knownSize ? { employees } : undefined };
  });

function contains(range: ScoreRange | null, score: number | null): boolean {
  if (score === null) return true;
  return range !== null && range.min <= score && score <= range.max;
}

function within(inner: ScoreRange | null, outer: ScoreRange | null): boolean {
  if (inner === null) return true;
  return outer !== null && outer.min <= inner.min && inner.max <= outer.max;
}

describe('completeness and range properties', () => {
  it('keeps every score within its range', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions, company }) => {
        const { score } = assess(q, actions, { answers, company });
        for (const s of score.stages) expect(contains(s.range, s.score)).toBe(true);
        expect(contains(score.overall.range, score.overall.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never widens a range when one more question is answered or marked not applicable', () => {
    fc.assert(
      fc.property(sizedScenario, fc.nat(), fc.nat(), ({ q, answers, actions }, pick, choice) => {
        // A question others depend on can reveal new, unanswered ones: the stage then has more to
        // answer, which is not "one more answer" (docs/scoring.md says so too).
        const gating = new Set(q.questions.map((x) => x.when?.question).filter(Boolean));
        const before = assess(q, actions, { answers }).score;
        const open = q.questions.filter((x) => !gating.has(x.id) && before.outcomes.get(x.id)!.status === 'unanswered');
        fc.pre(open.length > 0);
        const target = open[pick % open.length]!;
        const ids = target.options.map((o) => o.id);
        const answer: Answer =
          target.allowNa && choice % 4 === 0
            ? { na: true }
            : { value: target.kind === 'multiple' ? ids.filter((_, i) => (choice >> i) & 1) : ids[choice % ids.length]! };
        const after = assess(q, actions, { answers: { ...answers, [target.id]: answer } }).score;
        for (const s of after.stages) expect(within(s.range, before.stages.find((x) => x.id === s.id)!.range)).toBe(true);
        expect(within(after.overall.range, before.overall.range)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("collapses a complete assessment's ranges to its scores", () => {
    fc.assert(
      fc.property(questionnaireArb, actionsArb, fc.nat(), (q, actions, seed) => {
        const answers: Answers = {};
        q.questions.forEach((question, i) => {
          const option = question.options[(seed + i) % question.options.length]!;
          answers[question.id] =
            question.allowNa && (seed + i) % 5 === 0 ? { na: true } : { value: question.kind === 'multiple' ? [option.id] : option.id };
        });
        const { score } = assess(q, actions, { answers });
        for (const s of score.stages) {
          expect(s.answered).toBe(s.applicable);
          expect(s.complete).toBe(true);
          expect(s.range === null ? null : [s.range.min, s.range.max]).toEqual(s.score === null ? null : [s.score, s.score]);
        }
        expect(score.overall.complete).toBe(true);
        const r = score.overall.range;
        expect(r === null ? null : [r.min, r.max]).toEqual(
          score.overall.score === null ? null : [score.overall.score, score.overall.score],
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives a level only to complete stages', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions }) => {
        const { score } = assess(q, actions, { answers });
        const bar = q.minCompleteness!;
        for (const s of score.stages) {
          expect(s.complete).toBe(s.applicable === 0 || s.answered / s.applicable >= bar - 1e-9);
          expect(s.remaining === 0).toBe(s.complete);
          if (!s.complete) expect(s.level).toBeNull();
          if (s.firstUnanswered !== null) expect(score.outcomes.get(s.firstUnanswered)!.status).toBe('unanswered');
          expect(s.firstUnanswered === null).toBe(s.answered === s.applicable);
        }
        if (!score.overall.complete) expect(score.overall.level).toBeNull();
        expect(score.overall.complete).toBe(score.stages.every((s) => s.complete));
      }),
      { numRuns: 300 },
    );
  });

  // A complete stage counts at its score, an incomplete one anywhere in its range: the named
  // weakest stage's highest possible figure is at or below every other stage's lowest possible one.
  it('names a weakest stage only when no other stage can end below it, and says why when it names none', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions }) => {
        const { score } = assess(q, actions, { answers });
        const low = (s: StageScore) => (s.complete ? s.score : (s.range?.min ?? null));
        const high = (s: StageScore) => (s.complete ? s.score : (s.range?.max ?? null));
        const anyComplete = score.stages.some((s) => s.complete && s.score !== null);
        if (score.weakest !== null) {
          const named = score.stages.find((s) => s.id === score.weakest)!;
          expect(score.weakestUnknownBecause).toEqual([]);
          for (const s of score.stages) {
            if (s === named || low(s) === null) continue;
            expect(high(named)!).toBeLessThanOrEqual(low(s)!);
          }
        } else {
          expect(score.weakestUnknownBecause.length > 0).toBe(anyComplete);
          for (const id of score.weakestUnknownBecause) expect(score.stages.find((s) => s.id === id)!.complete).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('capacity properties', () => {
  it('never fills a horizon beyond its capacity', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions, company }) => {
        const { plan } = assess(q, actions, { answers, company });
        for (const h of HORIZON_ORDER) {
          const used = plan.items.filter((i) => i.horizon === h).reduce((sum, i) => sum + i.effort, 0);
          expect(used).toBeLessThanOrEqual(plan.capacity[h]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the plan, and each horizon within it, in priority order with ranks 1..n', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions, company }) => {
        const { plan } = assess(q, actions, { answers, company });
        expect(plan.items.map((i) => i.rank)).toEqual(plan.items.map((_, i) => i + 1));
        for (const h of PLAN_HORIZONS) {
          const priorities = plan.items.filter((i) => i.horizon === h).map((i) => i.priority);
          expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
        }
        expect(plan.startHere.length).toBe(Math.min(3, plan.items.filter((i) => i.horizon !== 'later').length));
      }),
      { numRuns: 300 },
    );
  });

  it('never puts an action before the horizon its effort suits, nor in a later one while its own has room', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions, company }) => {
        const { plan } = assess(q, actions, { answers, company });
        const left = { ...plan.capacity };
        for (const item of plan.items) {
          const earliest = HORIZON_ORDER.indexOf(item.effort <= 2 ? '30d' : item.effort === 3 ? '90d' : '6m');
          const expected = HORIZON_ORDER.slice(earliest).find((h) => left[h] >= item.effort) ?? 'later';
          expect(item.horizon).toBe(expected);
          if (expected !== 'later') left[expected] -= item.effort;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks no more of a company of unknown size than of the smallest one', () => {
    fc.assert(
      fc.property(sizedScenario, ({ q, answers, actions }) => {
        const unknown = assess(q, actions, { answers }).plan.capacity;
        const table = q.capacity ?? DEFAULT_CAPACITY;
        for (const h of HORIZON_ORDER) for (const row of Object.values(table)) expect(unknown[h]).toBeLessThanOrEqual(row[h]);
      }),
      { numRuns: 200 },
    );
  });
});

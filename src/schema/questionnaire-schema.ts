import { Type, type Static } from '@sinclair/typebox';
import { Id, Lang, Markdown, SchemaRef, Strict, StringEnum } from './primitives.js';

export const QUESTION_KIND_IDS = ['single', 'multiple', 'yesno', 'scale'] as const;

export const OptionSchema = Strict({
  id: Id,
  label: Type.String(),
  points: Type.Number({ minimum: 0, description: 'Points earned when this option is chosen.' }),
});

export const ConditionSchema = Strict(
  {
    question: Id,
    in: Type.Array(Type.Unsafe<string | number>({ type: ['string', 'number'] }), { minItems: 1 }),
  },
  'Show the question only when the earlier question `question` has one of the answers in `in`.',
);

export const QuestionSchema = Strict({
  id: Id,
  stage: Id,
  prompt: Type.String({ minLength: 1 }),
  help: Type.Optional(Markdown),
  kind: StringEnum(QUESTION_KIND_IDS, 'single, multiple, yesno or scale (0-4).'),
  options: Type.Optional(Type.Array(OptionSchema, { minItems: 1 })),
  max: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'multiple: points that count as a full answer.' })),
  weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'Relative weight within its stage; default 1.' })),
  allowNa: Type.Optional(Type.Boolean({ description: 'Whether "not applicable" is an accepted answer.' })),
  when: Type.Optional(ConditionSchema),
  actions: Type.Optional(Type.Array(Id, { description: 'Actions a weak answer calls for.' })),
  weakBelow: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'An answer below this share of the full points is weak; default 1.' }),
  ),
  since: Type.Optional(
    Type.Integer({
      minimum: 1,
      description:
        'Questionnaire version that first asked this question; absent means version 1. Lets an older assessment list what it was never asked.',
    }),
  ),
});

export const StageSchema = Strict({
  id: Id,
  title: Type.String({ minLength: 1 }),
  description: Markdown,
  weight: Type.Number({ exclusiveMinimum: 0 }),
});

export const LevelSchema = Strict({
  id: Id,
  label: Type.String({ minLength: 1 }),
  description: Markdown,
  min: Type.Number({ minimum: 0, maximum: 100, description: 'Lowest score (0-100) that reaches this level.' }),
});

const EffortPoints = (horizon: string) => Type.Number({ minimum: 0, description: `Effort points that fit in ${horizon}.` });

/** Effort points a company can take on in each horizon (an action costs its `effort`, 1-5). */
export const HorizonCapacitySchema = Strict({
  '30d': EffortPoints('the first 30 days'),
  '90d': EffortPoints('days 30 to 90'),
  '6m': EffortPoints('months 3 to 6 and beyond'),
});

/** Capacity per Kit Digital size segment; an author's table replaces the built-in one as a whole. */
export const PlanCapacitySchema = Strict(
  {
    '0-2': HorizonCapacitySchema,
    '3-9': HorizonCapacitySchema,
    '10-49': HorizonCapacitySchema,
    '50+': HorizonCapacitySchema,
  },
  'Effort points per horizon for each company size (employees 0-2, 3-9, 10-49, 50+); the plan never fills a horizon beyond them.',
);

export const QuestionnaireSchema = Strict(
  {
    $schema: Type.Optional(SchemaRef),
    id: Id,
    version: Type.Integer({ minimum: 1 }),
    lang: Lang,
    title: Type.String({ minLength: 1 }),
    reportTitle: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Title of the reports made with this questionnaire (PDF, Markdown, site); the title when absent.',
      }),
    ),
    introduction: Markdown,
    funnel: Type.Optional(
      Type.Boolean({
        description:
          'Whether the stages are a funnel: earlier stages feed later ones, so their actions weigh more and the weakest stage holds back the ones after it. Default false.',
      }),
    ),
    funnelNote: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'With funnel: true, the sentence said after naming the weakest stage when stages follow it; {later} is replaced by their titles.',
      }),
    ),
    funnelEndNote: Type.Optional(
      Type.String({ minLength: 1, description: 'With funnel: true, the sentence said when the weakest stage is the last one.' }),
    ),
    stages: Type.Array(StageSchema, { minItems: 1 }),
    levels: Type.Array(LevelSchema, { minItems: 1 }),
    questions: Type.Array(QuestionSchema, { minItems: 1 }),
    minCompleteness: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'Share of applicable questions a stage needs answered before it gets a level; default 0.8.',
      }),
    ),
    capacity: Type.Optional(PlanCapacitySchema),
  },
  'A digimat questionnaire in one language.',
);

export type QuestionKindId = (typeof QUESTION_KIND_IDS)[number];
export type Option = Static<typeof OptionSchema>;
export type Condition = Static<typeof ConditionSchema>;
export type QuestionSource = Static<typeof QuestionSchema>;
export type Stage = Static<typeof StageSchema>;
export type Level = Static<typeof LevelSchema>;
export type HorizonCapacity = Static<typeof HorizonCapacitySchema>;
export type PlanCapacity = Static<typeof PlanCapacitySchema>;
export type QuestionnaireSource = Static<typeof QuestionnaireSchema>;

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
      description: 'Questionnaire version that first asked this question; absent means version 1. Lets an older assessment list what it was never asked.',
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

export const QuestionnaireSchema = Strict(
  {
    $schema: Type.Optional(SchemaRef),
    id: Id,
    version: Type.Integer({ minimum: 1 }),
    lang: Lang,
    title: Type.String({ minLength: 1 }),
    introduction: Markdown,
    stages: Type.Array(StageSchema, { minItems: 1 }),
    levels: Type.Array(LevelSchema, { minItems: 1 }),
    questions: Type.Array(QuestionSchema, { minItems: 1 }),
  },
  'A digimat questionnaire in one language.',
);

export type QuestionKindId = (typeof QUESTION_KIND_IDS)[number];
export type Option = Static<typeof OptionSchema>;
export type Condition = Static<typeof ConditionSchema>;
export type QuestionSource = Static<typeof QuestionSchema>;
export type Stage = Static<typeof StageSchema>;
export type Level = Static<typeof LevelSchema>;
export type QuestionnaireSource = Static<typeof QuestionnaireSchema>;

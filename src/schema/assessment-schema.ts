import { Type, type Static } from '@sinclair/typebox';
import { Id, Lang, SchemaRef, Strict } from './primitives.js';
import { WorksheetsSchema } from './worksheets-schema.js';
import { NOBODY_HAS_A_NAME, WORKSHOP_PROPERTIES } from './workshop-schema.js';

export const AnswerValueSchema = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]);

/** Empty (unanswered), shorthand (`web: good`) or the long form with a note or "not applicable". */
export const AnswerSchema = Type.Union([
  Type.Null({ description: 'Not answered yet.' }),
  AnswerValueSchema,
  Strict({
    value: Type.Optional(AnswerValueSchema),
    na: Type.Optional(Type.Boolean({ description: 'Not applicable to this company.' })),
    note: Type.Optional(Type.String({ description: "The assessor's note on this answer." })),
  }),
]);

export const AnswersSchema = Type.Record(Type.String(), AnswerSchema, { description: 'Answers by question id.' });

export const AssessmentSchema = Type.Object(
  {
    $schema: Type.Optional(SchemaRef),
    questionnaire: Strict({ id: Id, version: Type.Integer({ minimum: 1 }), lang: Lang }),
    company: Strict({
      name: Type.String({ minLength: 1 }),
      sector: Type.String(),
      employees: Type.Integer({ minimum: 0, description: 'Number of employees; decides the size segment.' }),
      location: Type.String(),
    }),
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }),
    assessor: Type.String(),
    publish: Type.Optional(Type.Boolean({ description: 'Whether the site may publish this assessment; default false.' })),
    notes: Type.Optional(Type.String()),
    answers: AnswersSchema,
    ...WORKSHOP_PROPERTIES,
    baseline: Type.Optional(Type.String({ description: 'Reserved: slug of an earlier assessment to compare with.' })),
    worksheets: Type.Optional(WorksheetsSchema),
  },
  { additionalProperties: false, description: "A company's answers to one questionnaire version.", ...NOBODY_HAS_A_NAME },
);

export type AnswerValue = Static<typeof AnswerValueSchema>;
export type AnswerSource = Static<typeof AnswerSchema>;
export type AssessmentSource = Static<typeof AssessmentSchema>;

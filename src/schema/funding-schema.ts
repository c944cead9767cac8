import { Type, type Static } from '@sinclair/typebox';
import { Id, SchemaRef, Strict } from './primitives.js';

/** A text per language code (`es`, `en`, …); every language of the libraries using the scheme must be given. */
export const NamePerLanguage = Type.Record(Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$' }), Type.String({ minLength: 1 }), {
  minProperties: 1,
  description: 'The name in each language, keyed by language code (es, en, …).',
});

export const FundingCategorySchema = Strict({ id: Id, name: NamePerLanguage });

export const FundingSchemeSchema = Strict(
  {
    $schema: Type.Optional(SchemaRef),
    id: Id,
    name: Type.Unsafe<Record<string, string>>({
      ...NamePerLanguage,
      description: 'How reports name the scheme, per language (e.g. Kit Digital).',
    }),
    programme: Type.Optional(Type.String({ description: 'Who runs the programme; shown to authors only.' })),
    categories: Type.Array(FundingCategorySchema, { minItems: 1 }),
  },
  'A funding scheme (such as Kit Digital) and the solution categories an action may be funded under.',
);

export type FundingCategory = Static<typeof FundingCategorySchema>;
export type FundingScheme = Static<typeof FundingSchemeSchema>;

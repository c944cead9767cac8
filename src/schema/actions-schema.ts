import { Type, type Static } from '@sinclair/typebox';
import { Id, Lang, Markdown, SchemaRef, SizeSegment, Strict, StringEnum } from './primitives.js';

export const HORIZONS = ['30d', '90d', '6m'] as const;

export const ResourceSchema = Strict({ title: Type.String(), url: Type.String({ minLength: 1 }) });

export const ActionSchema = Strict({
  id: Id,
  stage: Id,
  title: Type.String({ minLength: 1 }),
  description: Markdown,
  impact: Type.Integer({ minimum: 1, maximum: 5 }),
  effort: Type.Integer({ minimum: 1, maximum: 5 }),
  sizes: Type.Optional(Type.Array(SizeSegment, { minItems: 1, description: 'Company sizes the action suits; all when absent.' })),
  kitDigital: Type.Optional(Id),
  horizon: Type.Optional(StringEnum(HORIZONS, 'Overrides the horizon derived from effort.')),
  course: Type.Optional(Type.String({ description: 'Course page that explains the action (path under content/course).' })),
  resources: Type.Optional(Type.Array(ResourceSchema)),
});

export const ActionLibrarySchema = Strict(
  { $schema: Type.Optional(SchemaRef), lang: Lang, actions: Type.Array(ActionSchema, { minItems: 1 }) },
  'A digimat action library in one language.',
);

export const KitDigitalCategorySchema = Strict({
  id: Id,
  name: Strict({ es: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }),
});

export const KitDigitalSchema = Strict(
  { $schema: Type.Optional(SchemaRef), programme: Type.String(), categories: Type.Array(KitDigitalCategorySchema, { minItems: 1 }) },
  'Kit Digital solution categories an action may be funded under.',
);

export type Horizon = (typeof HORIZONS)[number];
export type Action = Static<typeof ActionSchema>;
export type ActionLibrary = Static<typeof ActionLibrarySchema>;
export type KitDigitalCategory = Static<typeof KitDigitalCategorySchema>;
export type KitDigital = Static<typeof KitDigitalSchema>;

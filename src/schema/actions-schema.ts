import { Type, type Static } from '@sinclair/typebox';
import { Id, Lang, Markdown, SchemaRef, SizeSegment, Strict, StringEnum } from './primitives.js';

export const HORIZONS = ['30d', '90d', '6m'] as const;

/** Further reading for an action; shown with its address on the results page, in the PDF and in Markdown. */
export const ResourceSchema = Strict({
  title: Type.String({ minLength: 1 }),
  // Only web, mail or relative addresses: a `javascript:` link would run code on the results page.
  url: Type.String({
    pattern: '^(https?://|mailto:|/|\\./|\\.\\./)\\S+$',
    description: 'An https://, http://, mailto: or relative address.',
  }),
});

export const ActionSchema = Strict({
  id: Id,
  stage: Id,
  title: Type.String({ minLength: 1 }),
  description: Markdown,
  impact: Type.Integer({ minimum: 1, maximum: 5 }),
  effort: Type.Integer({ minimum: 1, maximum: 5 }),
  sizes: Type.Optional(Type.Array(SizeSegment, { minItems: 1, description: 'Company sizes the action suits; all when absent.' })),
  funding: Type.Optional(
    Type.String({
      pattern: '^[a-z0-9][a-z0-9-]*$',
      description: "Id of a category of the library's funding scheme that could fund the action.",
    }),
  ),
  horizon: Type.Optional(StringEnum(HORIZONS, 'Overrides the horizon derived from effort.')),
  course: Type.Optional(Type.String({ description: 'Course page that explains the action (path under content/course).' })),
  resources: Type.Optional(Type.Array(ResourceSchema)),
});

/** The questionnaire(s) a library serves: one id, or a list when it is shared on purpose. */
export const LibraryOwnerSchema = Type.Union([Id, Type.Array(Id, { minItems: 1 })], {
  description: 'Id of the questionnaire these actions serve, or a list of ids when the library is shared on purpose.',
});

export const ActionLibrarySchema = Strict(
  {
    $schema: Type.Optional(SchemaRef),
    questionnaire: LibraryOwnerSchema,
    lang: Lang,
    fundingScheme: Type.Optional(Id),
    actions: Type.Array(ActionSchema, { minItems: 1 }),
  },
  'A digimat action library in one language, for one questionnaire (or several, shared on purpose).',
);

export type Horizon = (typeof HORIZONS)[number];
export type Action = Static<typeof ActionSchema>;
export type ActionLibrary = Static<typeof ActionLibrarySchema>;
export type LibraryOwner = Static<typeof LibraryOwnerSchema>;

/** The questionnaire ids a library serves, as a list. */
export function libraryOwners(lib: Pick<ActionLibrary, 'questionnaire'>): string[] {
  return typeof lib.questionnaire === 'string' ? [lib.questionnaire] : [...lib.questionnaire];
}

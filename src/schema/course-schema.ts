import { Type, type Static } from '@sinclair/typebox';
import { Id, Lang, LangMap, SchemaRef, Strict } from './primitives.js';

export const CourseModulesSchema = Strict(
  {
    $schema: Type.Optional(SchemaRef),
    modules: Type.Array(Strict({ id: Id, title: LangMap }), { minItems: 1 }),
  },
  'The course modules, in reading order.',
);

/** Front matter of a course page (content/course/<lang>/<module>/<page>.md). */
export const CoursePageSchema = Type.Object(
  {
    module: Id,
    order: Type.Number({ description: 'Position within the module.' }),
    title: Type.String({ minLength: 1 }),
    lang: Lang,
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: 'Course page front matter.' },
);

export type CourseModules = Static<typeof CourseModulesSchema>;
export type CoursePageMeta = Static<typeof CoursePageSchema>;

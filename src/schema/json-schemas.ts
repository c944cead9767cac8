import type { TSchema } from '@sinclair/typebox';
import { ActionLibrarySchema } from './actions-schema.js';
import { FundingSchemeSchema } from './funding-schema.js';
import { AssessmentSchema } from './assessment-schema.js';
import { QuestionnaireSchema } from './questionnaire-schema.js';
import { CourseModulesSchema, CoursePageSchema } from './course-schema.js';
import { TextCatalogueSchema, TextsSchema } from './text-catalogue-schema.js';

/** The JSON Schemas written to schema/ for editors, by file name: the same objects the validator uses. */
export const JSON_SCHEMAS: readonly {
  file: string;
  title: string;
  schema: TSchema /** False: a schema for editors and tests only, with no precompiled validator (it would add ~300 KB of code to every start). */;
  validator?: false;
}[] = [
  { file: 'questionnaire.schema.json', title: 'digimat questionnaire', schema: QuestionnaireSchema },
  { file: 'actions.schema.json', title: 'digimat action library', schema: ActionLibrarySchema },
  { file: 'funding-scheme.schema.json', title: 'digimat funding scheme', schema: FundingSchemeSchema },
  { file: 'assessment.schema.json', title: 'digimat assessment', schema: AssessmentSchema },
  { file: 'course-modules.schema.json', title: 'digimat course modules', schema: CourseModulesSchema },
  { file: 'course-page.schema.json', title: 'digimat course page front matter', schema: CoursePageSchema },
  {
    file: 'text-catalogue.schema.json',
    title: 'digimat text catalogue (bundled, complete)',
    schema: TextCatalogueSchema,
    validator: false,
  },
  { file: 'texts.schema.json', title: 'digimat texts for one language (content/texts/<lang>.yaml)', schema: TextsSchema },
];

/** A schema as the JSON text committed under schema/ (draft-07, stable key order). */
export function schemaJson(entry: (typeof JSON_SCHEMAS)[number]): string {
  const body = JSON.parse(JSON.stringify(entry.schema)) as Record<string, unknown>;
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title: entry.title, ...body }, null, 2)}\n`;
}

import type { Questionnaire } from '../core/model.js';
import { hasErrors } from '../core/issue.js';
import { QuestionnaireSchema, type QuestionnaireSource } from '../schema/questionnaire-schema.js';
import { checkQuestionnaire } from './check-questionnaire.js';
import { normalizeQuestionnaire } from './normalize-questionnaire.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { parseYaml } from './yaml-source.js';

export interface ParsedQuestionnaire extends Parsed<Questionnaire> {
  raw?: QuestionnaireSource;
}

/** Parses, schema-checks and checks one questionnaire file's text; pure. */
export function loadQuestionnaireText(text: string, file: string): ParsedQuestionnaire {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, QuestionnaireSchema, data);
  if (schema.length > 0) return { file, source, issues: [...issues, ...schema] };
  const raw = data as QuestionnaireSource;
  const value = normalizeQuestionnaire(raw);
  const checks = checkQuestionnaire(source, raw, value);
  return { file, source, raw, issues: [...issues, ...checks], ...(hasErrors(checks) ? {} : { value }) };
}

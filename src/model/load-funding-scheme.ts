import { hasErrors } from '../core/issue.js';
import { FundingSchemeSchema, type FundingScheme } from '../schema/funding-schema.js';
import { checkDuplicateIds } from './check-duplicates.js';
import { dupsDespite } from './load-actions.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { parseYaml } from './yaml-source.js';

/** Parses one funding scheme (its name and solution categories); pure. */
export function loadFundingSchemeText(text: string, file: string): Parsed<FundingScheme> {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, FundingSchemeSchema, data);
  if (schema.length > 0) return { file, source, issues: [...issues, ...schema, ...dupsDespite(source, data, 'categories', 'category')] };
  const value = data as FundingScheme;
  const dups = checkDuplicateIds(source, value.categories, ['categories'], 'category');
  return { file, source, issues: [...issues, ...dups], ...(dups.length ? {} : { value }) };
}

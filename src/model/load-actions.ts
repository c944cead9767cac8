import { hasErrors } from '../core/issue.js';
import { ActionLibrarySchema, KitDigitalSchema, type ActionLibrary, type KitDigital } from '../schema/actions-schema.js';
import { checkDuplicateIds } from './check-duplicates.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { parseYaml } from './yaml-source.js';

/** Parses and checks one action-library file's text; pure. */
export function loadActionLibraryText(text: string, file: string): Parsed<ActionLibrary> {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, ActionLibrarySchema, data);
  if (schema.length > 0) return { file, source, issues: [...issues, ...schema] };
  const value = data as ActionLibrary;
  const dups = checkDuplicateIds(source, value.actions, ['actions'], 'action');
  return { file, source, issues: [...issues, ...dups], ...(dups.length ? {} : { value }) };
}

/** Parses the Kit Digital category list; pure. */
export function loadKitDigitalText(text: string, file: string): Parsed<KitDigital> {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, KitDigitalSchema, data);
  if (schema.length > 0) return { file, source, issues: [...issues, ...schema] };
  const value = data as KitDigital;
  const dups = checkDuplicateIds(source, value.categories, ['categories'], 'category');
  return { file, source, issues: [...issues, ...dups], ...(dups.length ? {} : { value }) };
}

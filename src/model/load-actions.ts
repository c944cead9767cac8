import { hasErrors, type Issue } from '../core/issue.js';
import { ActionLibrarySchema, type ActionLibrary } from '../schema/actions-schema.js';
import { checkDuplicateIds } from './check-duplicates.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

/** Repeated ids in a list whose file failed its schema elsewhere: one run reports both kinds of problem. */
export function dupsDespite(source: YamlSource, data: unknown, list: string, what: string): Issue[] {
  const items = data && typeof data === 'object' ? (data as Record<string, unknown>)[list] : undefined;
  return Array.isArray(items) ? checkDuplicateIds(source, items, [list], what) : [];
}

/** Parses and checks one action-library file's text; pure. */
export function loadActionLibraryText(text: string, file: string): Parsed<ActionLibrary> {
  const { source, data, issues } = parseYaml(text, file);
  if (hasErrors(issues)) return { file, source, issues };
  const schema = schemaIssues(source, ActionLibrarySchema, data);
  if (schema.length > 0) return { file, source, issues: [...issues, ...schema, ...dupsDespite(source, data, 'actions', 'action')] };
  const value = data as ActionLibrary;
  const dups = checkDuplicateIds(source, value.actions, ['actions'], 'action');
  return { file, source, issues: [...issues, ...dups], ...(dups.length ? {} : { value }) };
}

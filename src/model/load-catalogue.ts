import { hasErrors, type Issue } from '../core/issue.js';
import { LANGUAGE_TAG_PATTERN } from '../schema/primitives.js';
import { TextsSchema } from '../schema/text-catalogue-schema.js';
// Imported here, not through schema-issues' table, so page bundles that check answers leave it out.
import { texts as validateTexts } from '../schema/validators.generated.js';
import { issueAt } from './issue-at.js';
import type { Parsed } from './parsed.js';
import { schemaIssues } from './schema-issues.js';
import { parseYaml, type PathSegment, type YamlSource } from './yaml-source.js';

/**
 * A language tag as content uses it: BCP 47 in its usual spelling, a language (2-3 lower-case letters),
 * then optionally a script (Latn) and a region (BR, 419). `de`, `pt-BR`, `zh-Hant-TW`, `es-419`.
 */
export const LANGUAGE_TAG = new RegExp(LANGUAGE_TAG_PATTERN);

/** Texts given as content: any part of a catalogue, as nested plain objects of strings. */
export type Texts = { name?: string } & Record<string, unknown>;

/** A texts file loaded for one language (named by the file: content/texts/<lang>.yaml). */
export interface ParsedTexts extends Parsed<Texts> {
  lang: string;
}

/** The `{slots}` a text fills, in order of first use. */
function slotsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

/** Strings whose `{slots}` the reference catalogue does not fill: they would show as written. */
function unknownSlots(source: YamlSource, value: unknown, reference: unknown, path: PathSegment[]): Issue[] {
  if (typeof value === 'string' && typeof reference === 'string') {
    const known = slotsOf(reference);
    return slotsOf(value)
      .filter((s) => !known.includes(s))
      .map((s) =>
        issueAt(
          source,
          path,
          'unknown-slot',
          `\`{${s}}\` is not filled in here; ${known.length ? `this text can use ${known.map((k) => `{${k}}`).join(', ')}` : 'this text takes no {slots}'}`,
        ),
      );
  }
  if (!value || typeof value !== 'object' || !reference || typeof reference !== 'object') return [];
  // Plural forms all take the slots of the reference's `other` form.
  const ref = reference as Record<string, unknown>;
  return Object.entries(value).flatMap(([k, v]) =>
    unknownSlots(source, v, ref[k] ?? ('other' in ref ? ref.other : undefined), [...path, k]),
  );
}

/**
 * Parses and checks content/texts/<lang>.yaml; pure. `reference` is a complete catalogue (English)
 * whose strings say which `{slots}` each text may use.
 */
export function loadTextsText(text: string, file: string, lang: string, reference: unknown): ParsedTexts {
  const { source, data, issues } = parseYaml(text, file);
  if (!LANGUAGE_TAG.test(lang)) {
    issues.push({
      file,
      line: 1,
      col: 1,
      code: 'bad-language-tag',
      message: `\`${lang}\` is not a language tag; name the file after one, such as de.yaml, pt-BR.yaml or es-419.yaml`,
      severity: 'error',
    });
  }
  if (hasErrors(issues)) return { lang, file, source, issues };
  const schema = data === null || data === undefined ? [] : schemaIssues(source, TextsSchema, data, validateTexts);
  const value = (data ?? {}) as Texts;
  const slots = schema.length ? [] : unknownSlots(source, value, reference, []);
  const all = [...issues, ...schema, ...slots];
  return { lang, file, source, issues: all, ...(hasErrors(all) ? {} : { value }) };
}

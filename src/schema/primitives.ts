import { Type, type TSchema, type TUnsafe } from '@sinclair/typebox';

/** A string limited to listed values, emitted as a plain `enum` so errors stay readable. */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

/** Stable identifier used for every cross-reference in content and assessments. */
export const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'Stable id: lower-case letters, digits and dashes, starting with a letter or digit.',
});

/** The languages digimat ships texts for; content may be in any other (its texts then come from content or English). */
export const LANGS = ['es', 'en'] as const;

/** A BCP 47 language tag in its usual spelling: es, en, de, pt-BR, zh-Hant-TW, es-419. */
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?$';
export const Lang = Type.String({
  pattern: LANGUAGE_TAG_PATTERN,
  description: 'a language tag such as es, en, de or pt-BR (the language of the texts in this file)',
});

/**
 * One text in several languages, keyed by language tag (`{ es: Presencia, en: Presence, de: Sichtbarkeit }`).
 * Any languages may be given; a page shows its own, else English, else the first (see inLang).
 */
export const LangMap = Type.Record(Type.String({ pattern: LANGUAGE_TAG_PATTERN }), Type.String({ minLength: 1 }), {
  minProperties: 1,
  description: 'The same text per language, keyed by language tag (es, en, de, pt-BR).',
});

export const Markdown = Type.String({ description: 'Markdown text (raw HTML is not rendered).' });

/** Kit Digital's company-size segments by number of employees. */
export const SIZE_SEGMENTS = ['0-2', '3-9', '10-49', '50+'] as const;
export const SizeSegment = StringEnum(SIZE_SEGMENTS);

export const SchemaRef = Type.String({ description: 'Path to the JSON Schema, for editors.' });

/** An object that rejects properties it does not define, so typos surface as errors. */
export function Strict<T extends Record<string, TSchema>>(properties: T, description?: string) {
  return Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });
}

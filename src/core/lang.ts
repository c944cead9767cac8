import { LANGS, LANGUAGE_TAG_PATTERN } from '../schema/primitives.js';

/** A content language: any BCP 47 tag (es, en, de, pt-BR); `LANGS` are the ones with bundled texts. */
export type Lang = string;
export { LANGS };

const TAG = new RegExp(LANGUAGE_TAG_PATTERN);

/** Whether a value is a language tag content may use. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && TAG.test(value);
}

/**
 * A text from a per-language map (`{ es: …, en: … }` in content): the page's language, then English,
 * then the first language given, so content in any language always shows something.
 */
export function inLang(map: Readonly<Record<string, string>>, lang: Lang): string {
  return map[lang] ?? map.en ?? Object.values(map)[0] ?? '';
}

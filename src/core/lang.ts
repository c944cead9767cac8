import { LANGS } from '../schema/primitives.js';

export type Lang = (typeof LANGS)[number];
export { LANGS };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

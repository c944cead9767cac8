import type { TextCatalogue } from '../schema/text-catalogue-schema.js';
import en from './catalogues/en.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };

export type { TextCatalogue };

/** The catalogues shipped with digimat, by language tag; English is the fallback for every other. */
export const BUNDLED_CATALOGUES: Readonly<Record<string, TextCatalogue>> = { es, en };

/** The language whose texts fill whatever a catalogue leaves out. */
export const FALLBACK_LANG = 'en';

/*
 * The catalogues in use for this run: the bundled ones plus any a site adds as content. Pages,
 * PDFs and CLI output in one run all ask for texts by language, so the content's catalogues are
 * put here once (after loading content, or from a page's embedded data) instead of being threaded
 * through every function that prints a word.
 */
const inUse = new Map<string, TextCatalogue>();

/** Puts a complete catalogue in use for its language, replacing any earlier one (bundled or not). */
export function useCatalogue(catalogue: TextCatalogue): void {
  inUse.set(catalogue.lang, catalogue);
}

/** Forgets the catalogues put in use, back to the bundled ones. */
export function resetCatalogues(): void {
  inUse.clear();
}

/** The bundled catalogue for a tag, by the tag itself or its language alone (pt-BR uses a bundled pt). */
export function bundledCatalogue(lang: string): TextCatalogue | undefined {
  return BUNDLED_CATALOGUES[lang] ?? BUNDLED_CATALOGUES[lang.split('-')[0]!.toLowerCase()];
}

/** The texts for a language: the one in use, else a bundled one, else English labelled as that language. */
export function textCatalogue(lang: string): TextCatalogue {
  const found = inUse.get(lang) ?? bundledCatalogue(lang);
  if (found) return found;
  const fallback = BUNDLED_CATALOGUES[FALLBACK_LANG]!;
  const labelled = { ...fallback, lang };
  inUse.set(lang, labelled);
  return labelled;
}

/** Builds a face's text from a catalogue once per catalogue, so repeated look-ups return the same object. */
export function perCatalogue<T>(build: (c: TextCatalogue) => T): (lang: string) => T {
  const built = new WeakMap<TextCatalogue, T>();
  return (lang) => {
    const c = textCatalogue(lang);
    let t = built.get(c);
    if (!t) {
      t = build(c);
      built.set(c, t);
    }
    return t;
  };
}

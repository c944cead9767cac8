import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_CATALOGUES, FALLBACK_LANG, resetCatalogues, useCatalogue } from '../i18n/catalogues.js';
import { resolveCatalogues } from '../i18n/resolve-catalogues.js';
import type { ContentSet } from '../model/content-set.js';
import { contentLanguages } from '../model/content-languages.js';
import { loadTextsText, type ParsedTexts } from '../model/load-catalogue.js';
import { displayPath } from './display-path.js';
import { readSource } from './read-text.js';

/** Reads every content/texts/<lang>.yaml; the file name is the language. */
export async function loadTextFiles(dir: string): Promise<ParsedTexts[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const loaded: ParsedTexts[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const shown = displayPath(file);
    const read = await readSource(file, shown);
    const parsed = loadTextsText(read.text, shown, name.replace(/\.ya?ml$/, ''), BUNDLED_CATALOGUES[FALLBACK_LANG]);
    loaded.push(read.issues.length ? { ...parsed, issues: [...read.issues, ...parsed.issues] } : parsed);
  }
  return loaded;
}

/**
 * Adds the site's texts to loaded content: their issues and the fallback warnings join the content's
 * issue list, and each language's catalogue is put in use for this run (CLI, site and PDF alike).
 */
export function applyTexts(content: ContentSet, texts: readonly ParsedTexts[]): ContentSet {
  const given = texts.flatMap((t) => (t.value ? [{ lang: t.lang, file: t.file, value: t.value }] : []));
  const resolved = resolveCatalogues(contentLanguages(content), given);
  // A run (or a watch-mode reload) uses exactly this content's texts, not those of an earlier load.
  resetCatalogues();
  for (const catalogue of resolved.catalogues) useCatalogue(catalogue);
  return { ...content, issues: [...content.issues, ...texts.flatMap((t) => t.issues), ...resolved.issues] };
}

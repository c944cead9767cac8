import type { Issue } from '../core/issue.js';
import type { IssueCode } from '../core/issue-codes.js';
import { BUNDLED_CATALOGUES, FALLBACK_LANG, bundledCatalogue, type TextCatalogue } from './catalogues.js';

/** A language the content is written in, and the first file that shows it (where a warning points). */
interface ContentLanguage {
  lang: string;
  file: string;
}

/** Texts a site gives for one language (content/texts/<lang>.yaml), already checked. */
export interface GivenTexts {
  lang: string;
  file: string;
  value: Record<string, unknown>;
}

/** The texts one language ends up with, and the warnings about what had to come from English. */
export interface ResolvedCatalogues {
  catalogues: TextCatalogue[];
  issues: Issue[];
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => !!v && typeof v === 'object' && !Array.isArray(v);

/** `over` laid on `base`, key by key at every depth; counts the strings of `base` that `over` left out. */
function layer(base: Tree, over: Tree): { merged: Tree; missing: string[] } {
  const merged: Tree = { ...base };
  const missing: string[] = [];
  for (const [key, b] of Object.entries(base)) {
    const o = over[key];
    if (isTree(b) && !('other' in b && typeof b.other === 'string')) {
      const inner = layer(b, isTree(o) ? o : {});
      merged[key] = inner.merged;
      missing.push(...inner.missing.map((m) => `${key}.${m}`));
    } else if (o === undefined) {
      missing.push(key);
    } else {
      merged[key] = isTree(b) ? { ...(o as Tree) } : o;
    }
  }
  return { merged, missing };
}

/** A language's name in itself (Deutsch, português), for a switch when the texts give none. */
function ownName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

const warning = (file: string, code: IssueCode, message: string): Issue => ({ file, line: 1, col: 1, code, message, severity: 'warning' });

/**
 * The catalogue of every language the content has or gives texts for. A bundled catalogue is used
 * as it is, or under the site's own texts when it gives some. A language with neither gets the
 * English texts and one `catalogue-missing` warning; given texts that leave keys out get English for
 * those and one `catalogue-incomplete` warning saying how many. Pure.
 */
export function resolveCatalogues(languages: readonly ContentLanguage[], given: readonly GivenTexts[]): ResolvedCatalogues {
  const english = BUNDLED_CATALOGUES[FALLBACK_LANG]!;
  const { $schema: _schema, lang: _lang, name: _name, ...englishSections } = english;
  const langs = [...new Set([...languages.map((l) => l.lang), ...given.map((g) => g.lang)])];
  const catalogues: TextCatalogue[] = [];
  const issues: Issue[] = [];
  for (const lang of langs) {
    const bundled = bundledCatalogue(lang);
    const own = given.find((g) => g.lang === lang);
    if (!own) {
      if (bundled) {
        catalogues.push(bundled.lang === lang ? bundled : { ...bundled, lang });
        continue;
      }
      const where = languages.find((l) => l.lang === lang)!;
      issues.push(
        warning(
          where.file,
          'catalogue-missing',
          `no texts for \`${lang}\`: menus, reports and messages are shown in English; translate them in content/texts/${lang}.yaml`,
        ),
      );
      catalogues.push({ ...english, lang });
      continue;
    }
    const { name, ...sections } = own.value as Tree & { name?: string };
    const { $schema: _s, lang: _l, name: bundledName, ...base } = bundled ?? english;
    const { merged } = layer(base as Tree, sections);
    if (!bundled) {
      const { missing } = layer(englishSections as Tree, sections);
      if (missing.length) {
        const total = layer(englishSections as Tree, {}).missing.length;
        issues.push(
          warning(
            own.file,
            'catalogue-incomplete',
            `${missing.length} of ${total} texts are missing for \`${lang}\` and are shown in English (the first: ${missing.slice(0, 3).join(', ')})`,
          ),
        );
      }
    }
    catalogues.push({
      ...(merged as Omit<TextCatalogue, 'lang' | 'name'>),
      lang,
      name: typeof name === 'string' ? name : bundled ? bundledName : ownName(lang),
    });
  }
  return { catalogues, issues };
}

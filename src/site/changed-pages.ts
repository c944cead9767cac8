import { PAGE_KINDS } from './page-kinds.js';
import type { BasicPage, SiteData } from './site-data.js';

/** Page lists of the site, by the page kind's `data` key (every kind but the root page). */
export type PageListKey = Exclude<(typeof PAGE_KINDS)[number]['data'], 'root'>;

/** The page-list keys of the site, in page-kind order. */
export const PAGE_LISTS: readonly PageListKey[] = PAGE_KINDS.flatMap((k) => (k.data === 'root' ? [] : [k.data]));

/** What a rebuild must render: per page kind, the pages whose data differ from the last build's. */
export interface PageChanges {
  /** The site with every page list cut down to the pages to render again. */
  render: SiteData;
  /** URLs the last build had and this one does not: their files are stale. */
  removed: string[];
  /** Page kinds (ids) with at least one page to render. */
  kinds: Set<string>;
}

/**
 * Remembers each page's data as a string between builds, so a watch-mode rebuild renders only the
 * pages whose data changed (a course page's own text, its neighbours' links, the home page's list)
 * and every page of a kind whose template changed. Comparing data rather than files keeps this
 * correct whatever a page depends on: if its data is the same, its HTML is too.
 */
export class PageFingerprints {
  private last = new Map<string, string>();
  /** Each distinct text table (as JSON) seen so far, numbered: a page's fingerprint holds the number. */
  private textIds = new Map<string, number>();

  /** The pages of `site` to render again; every page when `all` or on the first call. */
  changes(site: SiteData, forcedKinds: ReadonlySet<string> | 'all'): PageChanges {
    const next = new Map<string, string>();
    const render: Record<string, unknown> = { ...site };
    const kinds = new Set<string>();
    // The site's texts (one table per language, edited in content/texts/) are written out once per
    // table, not once per page: for 4,000 pages that took most of the time.
    const ids = new Map<object, number>();
    const textId = (text: object): number => {
      let id = ids.get(text);
      if (id === undefined) {
        const json = JSON.stringify(text);
        id = this.textIds.get(json) ?? this.textIds.size;
        this.textIds.set(json, id);
        ids.set(text, id);
      }
      return id;
    };
    for (const kind of PAGE_KINDS) {
      if (kind.data === 'root') continue;
      const pages = site[kind.data] as unknown as BasicPage[];
      const forced = forcedKinds === 'all' || forcedKinds.has(kind.id);
      const chosen = pages.filter((p) => {
        const print = fingerprint(p, textId(p.text));
        next.set(p.url, print);
        return forced || this.last.get(p.url) !== print;
      });
      if (chosen.length) kinds.add(kind.id);
      render[kind.data] = chosen;
    }
    const removed = [...this.last.keys()].filter((url) => !next.has(url));
    this.last = next;
    return { render: render as unknown as SiteData, removed, kinds };
  }

  /** Forgets every page, so the next build renders them all (a build that failed after loading). */
  forget(): void {
    this.last.clear();
  }
}

/** A page's data as one string, its text table by number; Maps (a report's action library) by their entries. */
function fingerprint(page: BasicPage, textId: number): string {
  return JSON.stringify({ ...page, text: textId }, (_key, value) =>
    value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
  );
}

import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/site/build-site-data.js';
import { PAGE_LISTS, PageFingerprints } from '../../src/site/changed-pages.js';
import type { SiteData } from '../../src/site/site-data.js';
import { loadContent } from '../../src/node/load-content.js';
import { loadAssessments } from '../../src/node/load-assessments.js';

async function site(edit?: (content: Awaited<ReturnType<typeof loadContent>>) => void): Promise<SiteData> {
  const content = await loadContent('content');
  edit?.(content);
  const { assessments } = await loadAssessments('assessments', content, false);
  return buildSiteData(content, assessments);
}

/** The URLs of every page in the site's page lists. */
const urls = (s: SiteData) => PAGE_LISTS.flatMap((k) => (s[k] as { url: string }[]).map((p) => p.url));

describe('PageFingerprints', () => {
  it('renders every page the first time, none when nothing changed, all of a forced kind', async () => {
    const pages = new PageFingerprints();
    const first = await site();
    const all = pages.changes(first, new Set());
    expect(urls(all.render).length).toBe(urls(first).length);
    const again = pages.changes(await site(), new Set());
    expect(urls(again.render)).toEqual([]);
    expect(again.kinds.size).toBe(0);
    const forced = pages.changes(await site(), new Set(['course']));
    expect(forced.render.courses.length).toBe(first.courses.length);
    expect(forced.render.homes).toEqual([]);
  });

  it('a course page body edit renders that page only; a title edit also its neighbours, home and course index', async () => {
    const pages = new PageFingerprints();
    pages.changes(await site(), new Set());
    const body = pages.changes(
      await site((c) => {
        const p = c.coursePages.find((x) => x.lang === 'es' && x.slug === 'sales/easy-purchase')!;
        p.body += '\nMás texto.\n';
      }),
      new Set(),
    );
    expect(urls(body.render)).toEqual(['/es/course/sales/easy-purchase/']);
    const title = pages.changes(
      await site((c) => {
        const p = c.coursePages.find((x) => x.lang === 'es' && x.slug === 'sales/easy-purchase')!;
        p.title = 'Otro título';
      }),
      new Set(),
    );
    const changed = urls(title.render);
    // The body edit is gone in this load: the page changes back, and its title changed.
    expect(changed).toContain('/es/course/sales/easy-purchase/');
    expect(changed).toContain('/es/');
    expect(changed).toContain('/es/course/');
    expect(changed.filter((u) => u.startsWith('/en/'))).toEqual([]);
    expect(changed.filter((u) => u.startsWith('/es/course/') && u !== '/es/course/').length).toBeGreaterThanOrEqual(2);
  });

  it('reports pages that are gone, and renders everything again after forget()', async () => {
    const pages = new PageFingerprints();
    const first = await site();
    pages.changes(first, new Set());
    const without = pages.changes(
      await site((c) => {
        c.coursePages.splice(
          c.coursePages.findIndex((x) => x.lang === 'es' && x.slug === 'sales/easy-purchase'),
          1,
        );
      }),
      new Set(),
    );
    expect(without.removed).toEqual(['/es/course/sales/easy-purchase/']);
    pages.forget();
    expect(urls(pages.changes(first, new Set()).render).length).toBe(urls(first).length);
  });

  it('a changed text table (content/texts/) renders every page of that language again', async () => {
    const pages = new PageFingerprints();
    const first = await site();
    pages.changes(first, new Set());
    const es = first.homes.find((h) => h.lang === 'es')!.text;
    const edited: SiteData = { ...first };
    for (const k of PAGE_LISTS) {
      (edited as unknown as Record<string, unknown>)[k] = (first[k] as { lang: string; text: object }[]).map((p) =>
        p.lang === 'es' ? { ...p, text: { ...es, siteTitle: 'Otro título del sitio' } } : p,
      );
    }
    const changed = urls(pages.changes(edited, new Set()).render);
    expect(changed.length).toBe(urls(first).filter((u) => u.startsWith('/es/')).length);
    expect(changed.every((u) => u.startsWith('/es/'))).toBe(true);
    expect(urls(pages.changes(edited, new Set()).render)).toEqual([]);
  });
});

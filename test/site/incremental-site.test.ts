// The edit loop as a trainer lives it: Eleventy's dev server with the digimat plugin on a copy of the
// content; files are saved and the served site is read back (page files, their times, the search).
import { mkdtempSync, readdirSync, rmSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { serveEleventy, waitFor, writeDigimatProject, type ServedSite } from '../helpers/serve-site.js';

const PORT = 8210;
const BASE = `http://localhost:${PORT}`;

/** Every HTML page file of the built site, relative to it, with its modification time and text. */
function pageFiles(out: string): Map<string, { mtimeMs: number; text: string }> {
  const files = new Map<string, { mtimeMs: number; text: string }>();
  for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(out, full), { mtimeMs: statSync(full).mtimeMs, text: readFileSync(full, 'utf8') });
  }
  return files;
}

/** Files of `before` that are now different (time or text), and files that appeared. */
function touched(before: Map<string, { mtimeMs: number; text: string }>, after: Map<string, { mtimeMs: number; text: string }>): string[] {
  return [...after]
    .filter(([f, now]) => before.get(f)?.mtimeMs !== now.mtimeMs || before.get(f)?.text !== now.text)
    .map(([f]) => f)
    .sort();
}

describe('digimat in Eleventy watch mode: one saved file rebuilds what depends on it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-edit-loop-'));
  writeDigimatProject(dir);
  let served: ServedSite;
  let browser: Browser;
  const sw = () => path.join(served.out, 'sw.js');
  const swTime = () => statSync(sw(), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  /** Saves a file and waits until the rebuild, its search index and service worker are written. */
  async function save(file: string, text: string, shows: () => boolean): Promise<void> {
    const since = swTime();
    writeFileSync(path.join(dir, file), text);
    await waitFor(`the rebuild after saving ${file}`, () => (shows() ? true : undefined));
    await waitFor('the search index and service worker', () => (swTime() > since ? true : undefined));
  }
  const read = (rel: string) => readFileSync(path.join(served.out, rel), 'utf8');

  beforeAll(async () => {
    served = serveEleventy(dir, PORT);
    await served.ready;
    await waitFor('the first build', () => (swTime() > 0 ? true : undefined));
    browser = await launchChromium();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The URLs Pagefind's own UI lists for `query` on the served search page. */
  async function search(lang: string, query: string): Promise<string[]> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${BASE}/${lang}/search/`);
      await page.waitForSelector('#search input');
      await page.fill('#search input', query);
      const links = () =>
        page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
      // Results come in after a short debounce; no result at all is an answer too, once it settles.
      await page.waitForTimeout(1500);
      return await links();
    } finally {
      await context.close();
    }
  }

  it('editing one course page rewrites that page and its search entry and leaves every other page file as it was', async () => {
    const course = 'content/course/es/sales/easy-purchase.md';
    const target = 'es/course/sales/easy-purchase/index.html';
    expect(await search('es', 'zanahoriazul')).toEqual([]);
    const before = pageFiles(served.out);
    const original = readFileSync(path.join(dir, course), 'utf8');
    await save(course, `${original}\nUn párrafo nuevo con una palabra rara: zanahoriazul.\n`, () => read(target).includes('zanahoriazul'));

    // Only the edited page is written again; the root page (one file, not paged over data) is
    // rendered on every build, with the same text.
    const changed = touched(before, pageFiles(served.out));
    expect(changed.filter((f) => f !== 'index.html')).toEqual([target]);
    expect(read('index.html')).toBe(before.get('index.html')!.text);
    // The search index has the new word, on that page (and its sections, listed under it).
    const found = await search('es', 'zanahoriazul');
    expect(found).toContain('/es/course/sales/easy-purchase/');
    expect(found.every((u) => u.startsWith('/es/course/sales/easy-purchase/'))).toBe(true);
  }, 200_000);

  it('editing a questionnaire updates its questionnaire, results, home and assessment pages, and no course page', async () => {
    const file = 'content/questionnaires/digital-service.es.yaml';
    const before = pageFiles(served.out);
    const original = readFileSync(path.join(dir, file), 'utf8');
    expect(original).toMatch(/^title: Madurez del servicio digital$/m);
    await save(file, original.replace(/^title: .*$/m, 'title: Madurez digital del negocio'), () =>
      read('es/questionnaire/digital-service/index.html').includes('Madurez digital del negocio'),
    );

    const changed = touched(before, pageFiles(served.out));
    for (const page of ['es/questionnaire/digital-service/index.html', 'es/results/digital-service/index.html', 'es/index.html']) {
      expect(changed, page).toContain(page);
      expect(read(page), page).toContain('Madurez digital del negocio');
    }
    // Published assessments are scored with it: their pages are made again.
    expect(changed.filter((f) => f.startsWith('es/assessments/')).length).toBeGreaterThan(0);
    expect(changed.filter((f) => f.includes('/course/') && !f.endsWith('course/index.html'))).toEqual([]);
    // The English questionnaire was not touched.
    expect(changed.filter((f) => f.startsWith('en/'))).toEqual([]);
  }, 200_000);

  it('a broken edit keeps the last good files and says where; saving the fix shows the edit', async () => {
    const course = 'content/course/es/sales/easy-purchase.md';
    const target = 'es/course/sales/easy-purchase/index.html';
    const good = readFileSync(path.join(dir, course), 'utf8');
    const before = pageFiles(served.out);
    const mark = served.output().length;
    writeFileSync(path.join(dir, course), good.replace(/^order: 1$/m, 'order: primero').replace('zanahoriazul', 'berenjenaroja'));
    const report = await waitFor('the validation report', () => {
      const since = served.output().slice(mark);
      return /still serving the last good site\n/.test(since) ? since : undefined;
    });
    expect(report).toMatch(/easy-purchase\.md:3:8: .*\[wrong-type\]\n/);
    expect(report).not.toMatch(/\n\s+at |Problem writing Eleventy templates/);
    // Nothing of the site changed: no page file was written again or removed.
    const during = pageFiles(served.out);
    expect(touched(before, during).filter((f) => f !== 'index.html')).toEqual([]);
    expect([...before.keys()].filter((f) => !during.has(f))).toEqual([]);

    await save(course, good.replace('zanahoriazul', 'berenjenaroja'), () => read(target).includes('berenjenaroja'));
    expect(served.output().slice(mark)).toContain('digimat: content fixed, site rebuilt\n');
    expect(read(target)).not.toContain('zanahoriazul');
    const found = await search('es', 'berenjenaroja');
    expect(found).toContain('/es/course/sales/easy-purchase/');
    expect(found.every((u) => u.startsWith('/es/course/sales/easy-purchase/'))).toBe(true);
    expect(await search('es', 'zanahoriazul')).toEqual([]);
  }, 200_000);

  it('editing a page template shows on every page of that kind', async () => {
    const file = 'templates/pages/course.hbs';
    const original = readFileSync(path.join(dir, file), 'utf8');
    const courses = [...pageFiles(served.out).keys()].filter((f) => /^(es|en)\/course\/.+\/index\.html$/.test(f));
    expect(courses.length).toBeGreaterThan(4);
    await save(file, original.replace('</article>', '<p class="template-mark">marca-de-plantilla</p></article>'), () =>
      courses.every((f) => read(f).includes('marca-de-plantilla')),
    );
    expect(original).toContain('</article>');
    expect(read('es/index.html')).not.toContain('marca-de-plantilla');
  }, 200_000);
  it("an open page shows every save on its live reload while the service worker runs (regression: the worker answered from the first visit's cache)", async () => {
    const course = 'content/course/es/loyalty/after-sale.md';
    const target = 'es/course/loyalty/after-sale/index.html';
    const original = readFileSync(path.join(dir, course), 'utf8');
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${BASE}/es/course/loyalty/after-sale/`);
      // The worker takes control of the open page (clients.claim) once it is active.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      for (const marker of ['primera-edicion-visible', 'segunda-edicion-visible']) {
        await save(course, `${original}\n\n${marker}\n`, () => read(target).includes(marker));
        await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 60_000 });
      }
      // A reload by hand shows the same: nothing older is cached under the page's address.
      await page.reload();
      expect(await page.locator('main').innerText()).toContain('segunda-edicion-visible');
    } finally {
      await context.close();
      writeFileSync(path.join(dir, course), original);
    }
  }, 200_000);
});

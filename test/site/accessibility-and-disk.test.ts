import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Serious and critical axe-core findings on the page as it stands, as "rule: targets" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // axe is injected as a script, which the pages' own CSP rightly forbids (contexts use bypassCSP).
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => ['serious', 'critical'].includes(v.impact))
      .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

let browser: Browser;
let server: ServedSite['server'];
let site: string;

servedSite((s) => ({ browser, server, dir: site } = s));

const PAGES = [
  ['root', '/'],
  ['home', '/es/'],
  ['questionnaire', '/en/questionnaire/digital-service/'],
  ['results (empty)', '/es/results/digital-service/'],
  ['assessment', '/en/assessments/costa-trail-outfitters/'],
  ['course index', '/es/course/'],
  ['course page', '/en/course/journey/customer-journey/'],
  ['search', '/es/search/'],
  ['worksheets', '/en/worksheets/'],
] as const;

describe('accessibility (axe-core)', () => {
  it.each(PAGES)('%s has no serious or critical violations', async (_, url) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + url);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('results page with a full plan has no serious or critical violations', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.click('label[for="website--none"]');
    await page.click('#step-presence [data-next]');
    await page.click('label[for="reviews--nothing"]');
    await page.evaluate(() => (document.querySelector('button.finish') as HTMLButtonElement).click());
    // The full plan is folded under "start here": open it so the check covers every item.
    await page.click('.plan-details summary');
    await page.waitForSelector('.plan-item');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('opened from disk (file://)', () => {
  it('questionnaire and results work; search says it needs a server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(path.join(site, 'es/questionnaire/digital-service/index.html')).href);
    await page.click('label[for="website--current"]');
    await page.click('label[for="search-visibility--4"]');
    await page.click('button.finish');
    await page.waitForSelector('[data-testid="overall"]');
    expect(page.url()).toMatch(/^file:.*\/es\/results\/digital-service\/index\.html$/);
    expect(await page.getAttribute('tr[data-stage="presence"]', 'data-score')).toBe('100');
    // Navigation links point at index.html files, which a browser can open from disk.
    const href = await page.getAttribute('.site-header .brand', 'href');
    expect(href).toMatch(/index\.html$/);
    await page.goto(pathToFileURL(path.join(site, 'en/search/index.html')).href);
    expect(await page.isVisible('#search-file-notice')).toBe(true);
    expect(await page.textContent('#search-file-notice')).toContain('needs the site to be served');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search (Pagefind)', () => {
  it('finds course pages and questionnaire help, in the page language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/es/search/`);
    await page.waitForSelector('#search input');
    await page.fill('#search input', 'devoluciones');
    const links = () =>
      page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    await expect.poll(async () => (await links()).some((l) => l.startsWith('/es/course/sales/easy-purchase/'))).toBe(true);
    expect((await links()).every((l) => !l.includes('/assessments/'))).toBe(true);
    await page.goto(`${server.url}/en/search/`);
    await page.waitForSelector('#search input');
    await page.fill('#search input', 'logged out');
    await expect.poll(async () => (await links()).some((l) => l.startsWith('/en/questionnaire/digital-service/'))).toBe(true);
    expect((await links()).every((l) => l.startsWith('/en/'))).toBe(true);
    await context.close();
  });
});

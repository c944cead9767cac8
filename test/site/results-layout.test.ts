import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { radarSvg } from '../../src/site/radar-svg.js';
import { exampleAssessment } from '../helpers/example-answers.js';
import { ROOT } from '../helpers/run-cli.js';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

let browser: Browser;
let server: ServedSite['server'];
let site: string;

servedSite((s) => ({ browser, server, dir: site } = s));

/** Opens the results page with an example's answers stored, as a visitor who answered would see it. */
async function resultsPage(lang: 'es' | 'en', width: number): Promise<{ page: Page; errors: string[] }> {
  const file = lang === 'es' ? 'assessments/panaderia-la-espiga.yaml' : 'assessments/costa-trail-outfitters.yaml';
  const { assessment } = await exampleAssessment(file);
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 780 : 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/${lang}/`);
  await page.evaluate(
    (a) =>
      localStorage.setItem(
        'digimat:answers:digital-service@1',
        JSON.stringify({ version: 1, company: { employees: a.company.employees }, savedAt: '2026-01-01', answers: a.answers }),
      ),
    assessment,
  );
  await page.goto(`${server.url}/${lang}/results/digital-service/`);
  await page.waitForSelector('[data-testid="overall"]');
  return { page, errors };
}

/** Each radar label's rendered box, and whether it lies inside the chart's own box (with half a pixel for rounding). */
async function labelsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.radar')!.getBoundingClientRect();
    return Array.from(document.querySelectorAll('svg.radar .radar-label')).flatMap((el) => {
      const b = el.getBoundingClientRect();
      const inside =
        b.left >= svg.left - 0.5 && b.right <= svg.right + 0.5 && b.top >= svg.top - 0.5 && b.bottom <= svg.bottom + 0.5 && b.width > 0;
      return inside
        ? []
        : [
            `${el.textContent}: ${b.left.toFixed(1)}..${b.right.toFixed(1)} × ${b.top.toFixed(1)}..${b.bottom.toFixed(1)} outside ${svg.left.toFixed(1)}..${svg.right.toFixed(1)} × ${svg.top.toFixed(1)}..${svg.bottom.toFixed(1)}`,
          ];
    });
  });
}

describe('the radar chart', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const width of [360, 390, 1280]) {
      it(`keeps every stage label whole inside the chart (${lang}, ${width} px), and the chart inside the page`, async () => {
        const { page, errors } = await resultsPage(lang, width);
        expect(await page.locator('svg.radar .radar-label').count()).toBe(4);
        expect(await labelsOutside(page)).toEqual([]);
        // The longest stage name is shown whole, not cut to "lización y posventa".
        const labels = (await page.locator('svg.radar .radar-label').allTextContents()).join(' | ');
        expect(labels.replace(/\s+/g, ' ')).toContain(lang === 'es' ? 'Fidelización y posventa' : 'Loyalty and after-sale');
        const svg = (await page.locator('svg.radar').boundingBox())!;
        expect(svg.x).toBeGreaterThanOrEqual(0);
        expect(svg.x + svg.width).toBeLessThanOrEqual(width);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('wraps long labels (up to 60 characters, 3 to 8 axes) and keeps them inside at 360, 390 and 1280 px', async () => {
    const css = readFileSync(path.join(site, 'assets', 'site.css'), 'utf8');
    const long = 'Atención al cliente, fidelización, posventa y recomendación';
    const unbroken = 'Supercalifragilisticexpialidocious-customer-after-sale-loyal';
    expect(long.length).toBeLessThanOrEqual(60);
    expect(unbroken.length).toBe(60);
    const charts = [3, 4, 5, 6, 8].map((n) =>
      radarSvg(
        Array.from({ length: n }, (_, i) => ({ label: i % 2 ? unbroken : long, value: i === 1 ? null : (i * 37) % 101 })),
        'test',
      ),
    );
    for (const width of [360, 390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const svg of charts) {
        // The chart sits in the results page's column, as renderResults places it.
        await page.setContent(
          `<!doctype html><html><head><style>${css}</style></head><body><main><div class="results"><section class="stages"><div class="stages-grid">${svg}<table class="stage-table"><tr><td>x</td></tr></table></div></section></div></main></body></html>`,
        );
        expect(await labelsOutside(page)).toEqual([]);
        // Wrapped, not squeezed onto one line: a 60-character label takes several lines.
        expect(
          await page.evaluate(() =>
            Math.max(...Array.from(document.querySelectorAll('.radar-label')).map((t) => t.querySelectorAll(':scope > tspan').length)),
          ),
        ).toBeGreaterThan(2);
      }
      await context.close();
    }
  });
});

describe('the results page on a phone', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`shows Download PDF, Export and Share within the first screen at 390 px and keeps them at the end (${lang})`, async () => {
      const { page, errors } = await resultsPage(lang, 390);
      const height = page.viewportSize()!.height;
      for (const action of ['pdf', 'yaml', 'share']) {
        const top = page.locator(`#results-quick [data-do="${action}"]`);
        expect(await top.isVisible()).toBe(true);
        const box = (await top.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        // The full set stays at the end of the page.
        const bottom = (await page.locator(`#results-tools [data-do="${action}"]`).boundingBox())!;
        expect(bottom.y).toBeGreaterThan(height);
      }
      // The top buttons do what the bottom ones do: a real PDF, a real export, a share link beside them.
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#results-quick [data-do="pdf"]')]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect(
        readFileSync((await pdf.path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const [yaml] = await Promise.all([page.waitForEvent('download'), page.click('#results-quick [data-do="yaml"]')]);
      expect(readFileSync((await yaml.path())!, 'utf8')).toContain('questionnaire:');
      await page.click('#results-quick [data-do="share"]');
      expect(await page.inputValue('#share-url')).toMatch(/#a=/);
      const field = (await page.locator('#share-url').boundingBox())!;
      expect(field.y + field.height).toBeLessThanOrEqual(height + (await page.evaluate(() => window.scrollY)));
      expect(await page.evaluate(() => document.getElementById('results-quick')!.nextElementSibling?.classList.contains('share-box'))).toBe(
        true,
      );
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [360, 390]) {
    it(`keeps the stage table inside the screen at ${width} px with only 2 answers (its last column was cut off at x=408)`, async () => {
      const version = (parse(readFileSync(`${ROOT}/content/questionnaires/digital-service.es.yaml`, 'utf8')) as { version: number })
        .version;
      const { assessment } = await exampleAssessment('assessments/panaderia-la-espiga.yaml');
      const two = Object.fromEntries(Object.entries(assessment.answers).slice(0, 2));
      const context = await browser.newContext({ viewport: { width, height: 780 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/es/`);
      await page.evaluate(
        ([v, answers]) =>
          localStorage.setItem(
            `digimat:answers:digital-service@${v}`,
            JSON.stringify({ version: v, company: {}, savedAt: '2026-01-01', answers }),
          ),
        [version, two] as const,
      );
      await page.goto(`${server.url}/es/results/digital-service/`);
      await page.waitForSelector('.stage-table tbody tr');
      expect(await page.locator('.stage-table [data-complete="false"]').count()).toBeGreaterThan(0);
      const wide = await page.evaluate(
        (w) =>
          Array.from(document.querySelectorAll('body *'))
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.right > w + 0.5;
            })
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
        width,
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }

  it('hides the quick actions when there is nothing to act on', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/es/results/digital-service/`);
    await page.waitForSelector('.empty');
    expect(await page.isVisible('#results-quick')).toBe(false);
    await context.close();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Questionnaire } from '../../src/core/model.js';
import { launchChromium } from '../helpers/browser.js';
import { exampleAssessment } from '../helpers/example-answers.js';
import { expectedView, readResults } from '../helpers/results-dom.js';
import { runDigimat } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';
import { serveStatic } from '../helpers/static-server.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:', 'file:'].includes(url.protocol)) foreignRequests.push(r.url());
  });
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  return context;
}

/** Answers the questionnaire the way a visitor does: one stage at a time, clicking labels, then "see results". */
async function answerQuestionnaire(page: Page, q: Questionnaire, a: Assessment): Promise<void> {
  await page.fill('input[name="company.employees"]', String(a.company.employees));
  for (const [i, stage] of q.stages.entries()) {
    await expect.poll(() => page.isVisible(`#step-${stage.id}`)).toBe(true);
    for (const question of q.questions.filter((x) => x.stage === stage.id)) {
      const answer = a.answers[question.id];
      if (!answer) continue;
      if (answer.na) await page.check(`input[name="na.${question.id}"]`);
      else if (Array.isArray(answer.value) && answer.value.length === 0) await page.click(`label[for="${question.id}---none"]`);
      else for (const v of [answer.value!].flat()) await page.click(`label[for="${question.id}--${v}"]`);
    }
    if (i < q.stages.length - 1) await page.click(`#step-${stage.id} [data-next]`);
  }
  await page.click('button.finish');
  await page.waitForSelector('[data-testid="overall"]');
}

beforeAll(async () => {
  const root = buildOnce();
  server = await serveStatic(root);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  ['es', 'assessments/panaderia-la-espiga.yaml', 'Empezar el diagnóstico'],
  ['en', 'assessments/costa-trail-outfitters.yaml', 'Start the assessment'],
])('the visitor story in %s', (lang, file, startLabel) => {
  it('home → questionnaire → results equal to `digimat score --json`; export, import, share, offline', async () => {
    const { assessment, questionnaire, expected } = await exampleAssessment(file);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/${lang}/`);
    await page.click(`text=${startLabel}`);
    await answerQuestionnaire(page, questionnaire, assessment);
    expect(await readResults(page)).toEqual(expectedView(expected));
    // Figures in the page's language; excluded actions by title; ranks and words, not two-decimal priorities.
    const decimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(await page.textContent('.overall-score .big')).toBe(decimal.format(expected.overall.score));
    if (lang === 'es') expect(await page.textContent('.overall-score .big')).toMatch(/^\d+,\d$/);
    // Costa Trail has an action left out for its size (the English run); the bakery has none on version 2.
    if (expected.excluded.length > 0) {
      expect(await page.textContent('.excluded')).toContain(expected.excluded[0].title);
      expect(await page.textContent('.excluded')).not.toContain(expected.excluded[0].action);
    } else expect(await page.locator('.excluded').count()).toBe(0);
    expect(await page.textContent('.plan')).not.toMatch(/\d\.\d\d\b|\d,\d\d\b/);
    // "Start here" comes first, the full plan is folded away until asked for.
    expect(await page.locator('.start-item').count()).toBe(3);
    expect(await page.isVisible('.plan-item')).toBe(false);
    await page.click('.plan-details summary');
    expect(await page.isVisible('.plan-item')).toBe(true);

    // Export as YAML: the file is a valid assessment that the CLI scores the same way.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-yaml')]);
    const dir = mkdtempSync(path.join(tmpdir(), 'digimat-export-'));
    const exported = path.join(dir, 'exported.yaml');
    await download.saveAs(exported);
    expect(runDigimat(['validate', exported]).code).toBe(0);
    const rescored = JSON.parse(runDigimat(['score', exported, '--json']).stdout);
    expect(expectedView(rescored)).toEqual(expectedView(expected));

    // JSON export too.
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const jsonFile = path.join(dir, 'exported.json');
    await jsonDownload.saveAs(jsonFile);
    expect(JSON.parse(readFileSync(jsonFile, 'utf8')).questionnaire).toEqual({ id: 'digital-service', version: 2, lang });

    // A malformed or foreign file is refused and the current answers stay.
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'questionnaire: { id: other, version: 1, lang: es }\nanswers: {}\n');
    await page.setInputFiles('#import-file', bad);
    await expect
      .poll(() => page.textContent('#results-alert'))
      .toContain(lang === 'es' ? 'No se ha importado nada' : 'Nothing was imported');
    expect(await readResults(page)).toEqual(expectedView(expected));

    // Share link: opens the same results in a fresh browser with nothing stored.
    await page.click('#share');
    const shareUrl = await page.inputValue('#share-url');
    expect(shareUrl).toMatch(/#a=/);
    const other = await newContext();
    const viewer = await other.newPage();
    await viewer.goto(shareUrl);
    await viewer.waitForSelector('[data-testid="overall"]');
    expect(await readResults(viewer)).toEqual(expectedView(expected));
    expect(await viewer.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digimat:')))).toEqual([]);

    // Import into that empty browser: the exported file restores the answers.
    await viewer.goto(`${server.url}/${lang}/results/digital-service/`);
    await viewer.waitForSelector('.empty');
    // With nothing to show, only importing is offered: no export, share or PDF of empty answers.
    expect(await viewer.isVisible('#import-file')).toBe(true);
    for (const hidden of ['#download-pdf', '#export-yaml', '#share', '#results-quick']) expect(await viewer.isVisible(hidden)).toBe(false);
    await other.close();
    const importer = await (await newContext()).newPage();
    await importer.goto(`${server.url}/${lang}/results/digital-service/`);
    await importer.setInputFiles('#import-file', exported);
    await importer.waitForSelector('[data-testid="overall"]');
    expect(await readResults(importer)).toEqual(expectedView(expected));

    // Offline: the service worker has cached the site; reload questionnaire and results.
    await page.goto(`${server.url}/${lang}/`);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return reg.active?.state;
    });
    await context.setOffline(true);
    await page.goto(`${server.url}/${lang}/results/digital-service/`);
    await page.waitForSelector('[data-testid="overall"]');
    expect(await readResults(page)).toEqual(expectedView(expected));
    // "Download PDF" works offline too: the PDF code and font come from the service worker's cache.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
    const pdfFile = path.join(dir, 'report.pdf');
    await pdf.saveAs(pdfFile);
    const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain(lang === 'es' ? 'Informe de madurez del servicio digital' : 'Digital service maturity report');
    // The PDF writes figures in the page's language (27,0 in Spanish) and lists the whole plan, `later` too.
    expect(pdfText).toContain(
      `${new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(expected.overall.score)} / 100`,
    );
    for (const item of expected.plan) expect(pdfText.replace(/\s+/g, ' ')).toContain(item.title);
    await page.goto(`${server.url}/${lang}/questionnaire/digital-service/`);
    await page.reload();
    const firstAnswered = Object.entries(assessment.answers).find(([, a]) => a.value && !Array.isArray(a.value))!;
    expect(await page.isChecked(`#${firstAnswered[0]}--${firstAnswered[1].value}`)).toBe(true);
    await page.goto(`${server.url}/${lang}/course/`);
    expect(await page.textContent('h1')).toBeTruthy();
    await context.setOffline(false);
    await context.close();

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('an incomplete assessment', () => {
  it('shows provisional scores with ranges, no level, "answer N more" links, and equals `digimat score --json`', async () => {
    const { assessment, questionnaire, expected } = await exampleAssessment('test/fixtures/incomplete/none-of-these.yaml');
    expect(expected.overall.complete).toBe(false);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/questionnaire/digital-service/`);
    // "None of these" and the options of its question exclude each other.
    await page.click('#step-presence [data-next]');
    await page.click('#step-promotion [data-next]');
    await page.click('label[for="payment-methods--card"]');
    await page.click('label[for="payment-methods---none"]');
    expect(await page.isChecked('#payment-methods--card')).toBe(false);
    await page.click('label[for="payment-methods--card"]');
    expect(await page.isChecked('#payment-methods---none')).toBe(false);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await answerQuestionnaire(page, questionnaire, assessment);
    expect(await readResults(page)).toEqual(expectedView(expected));

    const overall = await page.textContent('.overall');
    expect(overall).toContain('Provisional');
    expect(overall).toContain(`${expected.overall.range.min.toFixed(1)} to ${expected.overall.range.max.toFixed(1)}`);
    expect(overall).not.toMatch(new RegExp(questionnaire.levels.map((l) => l.label).join('|')));
    for (const stage of expected.stages) {
      const link = page.locator(`tr[data-stage="${stage.id}"] a.answer-more`);
      expect(await link.textContent()).toBe(`Answer ${stage.remaining} more questions`);
      expect(await link.getAttribute('href')).toMatch(new RegExp(`questionnaire/digital-service/#q-${stage.firstUnanswered}$`));
    }
    expect(await page.textContent('[data-testid="weakest"]')).toContain('No stage has enough answers yet');
    // The honest "none of these" was kept as an answer: sales counts it.
    expect(expected.stages.find((st: { id: string }) => st.id === 'sales').answered).toBe(1);
    await page.goto(`${server.url}/en/questionnaire/digital-service/`);
    expect(await page.isChecked('#payment-methods---none')).toBe(true);
    await context.close();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

describe('shared links and saved answers', () => {
  it('a tampered share link shows an error, never a crash', async () => {
    const context = await newContext();
    const page = await context.newPage();
    for (const fragment of ['#a=garbage', '#a=N4Ig', '#a=%E2%80%A6']) {
      await page.goto(`${server.url}/en/results/digital-service/${fragment}`);
      await expect.poll(() => page.textContent('#results-alert')).toContain('damaged or incomplete');
      expect(await page.isVisible('[data-testid="overall"]')).toBe(false);
    }
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  it('answers survive a reload, and a questionnaire update keeps what still fits and says what was dropped', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.click('label[for="website--current"]');
    await page.reload();
    expect(await page.isChecked('#website--current')).toBe(true);
    // Answers saved under an older version of the questionnaire.
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem(
        'digimat:answers:digital-service@0',
        JSON.stringify({
          version: 0,
          company: {},
          savedAt: '2025-01-01',
          answers: { website: { value: 'outdated' }, 'fax-number': { value: 'yes' }, reviews: { value: 'never-heard' } },
        }),
      );
    });
    await page.reload();
    await expect.poll(() => page.textContent('#q-status')).toContain('fax-number');
    expect(await page.textContent('#q-status')).toContain('¿Qué haces con las opiniones');
    expect(await page.isChecked('#website--outdated')).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['digimat:answers:digital-service@2']);
    await context.close();
  });

  it('shows and hides conditional questions as answers change, with the keyboard only', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/questionnaire/digital-service/`);
    expect(await page.isVisible('#q-mobile-experience')).toBe(false);
    await page.focus('#website--none');
    await page.keyboard.press('ArrowDown'); // social-only
    await page.keyboard.press('ArrowDown'); // outdated: the site exists, so mobile questions appear
    expect(await page.isChecked('#website--outdated')).toBe(true);
    expect(await page.isVisible('#q-mobile-experience')).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.isVisible('#q-mobile-experience')).toBe(false);
    // Next stage by keyboard: Tab to the button, Enter.
    await page.focus('#step-presence [data-next]');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#step-promotion')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Promotion');
    await context.close();
  });

  it('results on a phone no longer run to 16,000 px: start here near the top, the full plan folded, no sideways scroll', async () => {
    for (const width of [360, 390, 1280]) {
      const context = await newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const url of ['/es/assessments/panaderia-la-espiga/', '/en/assessments/costa-trail-outfitters/']) {
        await page.goto(server.url + url);
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
          startHere: document.querySelector('.start-here')!.getBoundingClientRect().top + window.scrollY,
          stages: document.querySelector('.stages')!.getBoundingClientRect().top + window.scrollY,
          planOpen: document.querySelector<HTMLDetailsElement>('.plan-details')!.open,
        }));
        expect(layout.scrollWidth, `${url} at ${width}`).toBeLessThanOrEqual(width);
        expect(layout.startHere, `${url} at ${width}`).toBeLessThan(layout.stages);
        expect(layout.planOpen).toBe(false);
        // 16,000 px before; what is left is the summary, the stages and the folded plan.
        expect(layout.height, `${url} at ${width}`).toBeLessThan(6000);
      }
      await context.close();
    }
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const url of [
      '/es/',
      '/es/questionnaire/digital-service/',
      '/en/assessments/costa-trail-outfitters/',
      '/es/course/sales/easy-purchase/',
    ]) {
      await page.goto(server.url + url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
});

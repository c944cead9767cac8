import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { launchChromium } from '../helpers/browser.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { serveStatic } from '../helpers/static-server.js';

/**
 * The site built from the bundled model beside eu-six (English only, six dimensions, its own actions,
 * no funding scheme), with eu-six's stage titles lengthened to 60 characters: each model's pages speak
 * its own words, and the results page holds the long titles at 390 and 1280 px.
 */
const FIXTURE = `${ROOT}/test/fixtures/models/eu-six`;
const LONG: Record<string, string> = {
  'Digital business strategy': 'Digital business strategy, investment plans and their review',
  'Data management and governance': 'Data management and governance, protection and daily use',
  'Automation and artificial intelligence': 'Automation and artificial intelligence in routine office job',
};
const PORT = 8531; // this suite's port, inside the range its worktree was given
const ARTIFACTS = path.join(ROOT, 'test-artifacts/site');

let root: string;
let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'digimat-second-model-'));
  cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  cpSync(`${FIXTURE}/content`, path.join(root, 'content'), { recursive: true });
  const q = path.join(root, 'content/questionnaires/eu-six.en.yaml');
  let yaml = readFileSync(q, 'utf8');
  for (const [short, long] of Object.entries(LONG)) yaml = yaml.replace(`title: ${short}\n`, `title: "${long}"\n`);
  writeFileSync(q, yaml);
  mkdirSync(path.join(root, 'assessments'));
  cpSync(path.join(ROOT, 'assessments/costa-trail-outfitters.yaml'), path.join(root, 'assessments/costa-trail-outfitters.yaml'));
  cpSync(`${FIXTURE}/assessments/northwind-studio.yaml`, path.join(root, 'assessments/northwind-studio.yaml'));
  site = path.join(root, 'site');
  const r = runDigimat(['--content', path.join(root, 'content'), 'build', '--assessments', path.join(root, 'assessments'), '-o', site]);
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  server = await serveStatic(site, PORT);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (file: string) =>
  readFileSync(path.join(site, file), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('a second model beside the bundled one on the site', () => {
  it('gets its questionnaire and results pages in the language it has, and none in the other', () => {
    expect(existsSync(path.join(site, 'en/questionnaire/eu-six/index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'en/results/eu-six/index.html'))).toBe(true);
    expect(existsSync(path.join(site, 'es/questionnaire/eu-six'))).toBe(false);
    expect(existsSync(path.join(site, 'es/questionnaire/digital-service/index.html'))).toBe(true);
  });

  it('publishes its assessment in its own words: report title, no Kit Digital, no funnel sentence, its resources', () => {
    const page = text('en/assessments/northwind-studio/index.html');
    expect(readFileSync(path.join(site, 'en/assessments/northwind-studio/index.html'), 'utf8')).toContain(
      '<title>Northwind Design Studio — Six-dimension digital maturity report',
    );
    expect(page).not.toMatch(/Kit Digital|every link|customer journey/i);
    expect(page).toContain('Further reading Backup checklist Testing a restore');
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(site, 'en/assessments/northwind-studio/report.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(pdf).toContain('digimat · Six-dimension digital maturity report · Northwind Design Studio');
    expect(pdf).not.toMatch(/Kit Digital/);
    // The bundled model's published page keeps its funding label and its funnel sentence.
    const bundled = text('en/assessments/costa-trail-outfitters/index.html');
    expect(bundled).toContain('Kit Digital');
    expect(bundled).toMatch(/The customer journey depends on every link|It is the last stage of the journey/);
  });

  it("writes a blank journey map per questionnaire, with that questionnaire's stages as columns", () => {
    expect(
      readdirSync(path.join(site, 'worksheets'))
        .filter((f) => f.startsWith('customer-journey'))
        .sort(),
    ).toEqual(['customer-journey.digital-service.en.pdf', 'customer-journey.digital-service.es.pdf', 'customer-journey.eu-six.en.pdf']);
    const six = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(site, 'worksheets/customer-journey.eu-six.en.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const title of [...Object.values(LONG), 'Green digitalisation']) expect(six).toContain(title);
    expect(six).not.toContain('Presence');
    const page = text('en/worksheets/index.html');
    expect(page).toContain('Customer journey map — Six-dimension digital maturity check');
    expect(page).toContain('Customer journey map — Digital service maturity');
    // Spanish has one questionnaire: its journey map keeps its plain title.
    expect(text('es/worksheets/index.html')).not.toContain('Mapa del recorrido del cliente — Madurez');
    expect(text('es/worksheets/index.html')).toContain('Mapa del recorrido del cliente');
  });

  it("fills the journey map of the questionnaire chosen, with its stages as columns, and keeps each form's draft apart", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/en/worksheets/`);
    const forms = page.locator('form[data-worksheet="customer-journey"]');
    expect(await forms.count()).toBe(2);
    const six = page.locator('form[data-worksheet="customer-journey"][data-questionnaire="eu-six"]');
    expect(await six.locator('h2').innerText()).toBe('Customer journey map — Six-dimension digital maturity check');
    expect(await six.locator('legend').allInnerTexts()).toEqual([
      ...Object.values(LONG).slice(0, 1),
      'Digital readiness',
      'Human-centric digitalisation',
      LONG['Data management and governance']!,
      LONG['Automation and artificial intelligence']!,
      'Green digitalisation',
    ]);
    await six.locator('textarea[name="journey.data.painPoints"]').fill('Backups live on one laptop');
    const [d] = await Promise.all([page.waitForEvent('download'), six.locator('button[type="submit"]').click()]);
    const file = path.join(root, 'journey-eu-six.pdf');
    await d.saveAs(file);
    const pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('Backups live on one laptop');
    expect(pdf).toContain(LONG['Data management and governance']!);
    expect(pdf).not.toContain('Presence');
    // The bundled questionnaire's form kept nothing of what was typed in the other.
    await page.reload();
    expect(await six.locator('textarea[name="journey.data.painPoints"]').inputValue()).toBe('Backups live on one laptop');
    const bundled = page.locator('form[data-worksheet="customer-journey"][data-questionnaire="digital-service"]');
    expect(await bundled.locator('textarea').evaluateAll((ts) => ts.every((t) => (t as HTMLTextAreaElement).value === ''))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  for (const width of [390, 1280]) {
    it(`shows live results for it at ${width} px with long titles whole, its resources and no bundled words`, async () => {
      const content = await loadContent(path.join(root, 'content'));
      const file = path.join(root, 'assessments/northwind-studio.yaml');
      const { value } = loadAssessmentText(readFileSync(file, 'utf8'), file, content);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page: Page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}/en/`);
      await page.evaluate(
        (a) =>
          localStorage.setItem(
            'digimat:answers:eu-six@1',
            JSON.stringify({ version: 1, company: { employees: 6 }, savedAt: '2026-01-01', answers: a }),
          ),
        value!.answers,
      );
      await page.goto(`${server.url}/en/results/eu-six/`);
      await page.waitForSelector('[data-testid="overall"]');
      const body = await page.locator('main').innerText();
      for (const title of Object.values(LONG)) expect(body.replace(/\s+/g, ' ')).toContain(title);
      expect(body).not.toMatch(/Kit Digital|every link|customer journey/i);
      expect(await page.locator('[data-testid="weakest"] p').count()).toBe(1); // the stage named, no chain sentence
      expect(await page.locator('[data-testid="resources"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(
        'https://example.org/backup-checklist',
      );
      // Nothing wider than the screen, and no stage-table cell whose text spills out of it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const spilled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.stage-table th, .stage-table td'))
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => c.textContent),
      );
      expect(spilled).toEqual([]);
      // Figures and level words are never broken inside: "16.7" stays on one line, "Moderately" too.
      const broken = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.stage-table td')).flatMap((c) => {
          const range = document.createRange();
          return Array.from(c.childNodes).flatMap((n) =>
            (n.textContent ?? '')
              .split(/\s+/)
              .filter(Boolean)
              .flatMap((word) => {
                const at = (n.textContent ?? '').indexOf(word);
                if (n.nodeType !== Node.TEXT_NODE) return [];
                range.setStart(n, at);
                range.setEnd(n, at + word.length);
                return range.getClientRects().length > 1 ? [word] : [];
              }),
          );
        }),
      );
      expect(broken).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `second-model-results-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }
});

import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf-tools.js';
import { runDigimat } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';
import { serveStatic } from '../helpers/static-server.js';

const FIXTURES = 'test/fixtures/lang';
const EMPTY_ASSESSMENTS = `${FIXTURES}/no-assessments`;

/** Builds a fixture content folder with the real CLI; returns the site folder and the CLI's stderr. */
function build(name: string): { site: string; stderr: string } {
  const site = path.join(mkdtempSync(path.join(tmpdir(), `digimat-${name}-`)), 'site');
  const r = runDigimat(['--content', `${FIXTURES}/${name}/content`, 'build', '--assessments', EMPTY_ASSESSMENTS, '-o', site]);
  expect(r.code, r.stderr).toBe(0);
  return { site, stderr: r.stderr };
}

const page = (site: string, url: string) => readFileSync(path.join(site, url, 'index.html'), 'utf8');
/** The top-level folders of a built site that are languages (two or three letters, maybe a region). */
const languageFolders = (site: string) =>
  readdirSync(site)
    .filter((n) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(n))
    .sort();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('a German site with a partial text catalogue', () => {
  let de: { site: string; stderr: string };
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    de = build('de-site');
    server = await serveStatic(de.site);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('builds only German pages and says once that the missing texts are English', () => {
    expect(languageFolders(de.site)).toEqual(['de']);
    const warnings = de.stderr.split('\n').filter((l) => l.includes('[catalogue-incomplete]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^test\/fixtures\/lang\/de-site\/content\/texts\/de\.yaml:1:1: warning: \d+ of \d+ texts are missing for `de` and are shown in English/,
    );
    expect(existsSync(path.join(de.site, 'worksheets/empathy-map.de.pdf'))).toBe(true);
  });

  it('shows the German strings it has and English for the rest, with no language switch', () => {
    const home = page(de.site, 'de');
    expect(home).toContain('<html lang="de">');
    expect(home).toContain('Selbsttest starten'); // from content/texts/de.yaml
    expect(home).toContain('Kursmodule');
    expect(home).toContain('Grundlagen'); // module title given only in German
    expect(home).toContain('Your answers are stored only on this device'); // not translated: English
    expect(home).not.toContain('class="lang-switch"');
    const q = page(de.site, 'de/questionnaire/fixture');
    expect(q).toContain('Ergebnisse ansehen');
    expect(q).toContain('Your company (optional)');
    // The page carries its catalogue, so the browser's scripts and PDF speak German too.
    expect(q).toContain('id="digimat-texts"');
  });

  it('sends the root straight to the only language, and the results page in Chromium is German with English fallback', async () => {
    const tab = await browser.newPage({ acceptDownloads: true });
    await tab.goto(`${server.url}/`);
    await tab.waitForURL(/\/de\/(index\.html)?$/);
    await tab.goto(`${server.url}/de/questionnaire/fixture/`);
    await tab.check('input[value="no"]');
    await tab.click('text=Ergebnisse ansehen');
    await tab.waitForURL(/\/de\/results\/fixture\//);
    await tab.waitForSelector('text=Maßnahmenplan');
    const text = await tab.innerText('main');
    expect(text).toContain('Gesamtpunktzahl');
    expect(text).toContain('Hier anfangen');
    expect(text).toMatch(/Noch 1 Frage beantworten/); // German plural form from the catalogue, capitalised
    expect(text).toContain('High impact, low effort'); // words the catalogue leaves out: English
    for (const width of [390, 1280]) {
      await tab.setViewportSize({ width, height: 900 });
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await tab.screenshot({ path: `test-artifacts/lang-de-results-${width}.png`, fullPage: true });
    }
    // The PDF made in the browser reads the catalogue the page carries: its title is German.
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('text=Download the report (PDF)')]);
    const pdf = readFileSync((await download.path())!);
    expect(pdfText(pdf, 'de-browser-report')).toContain('Bericht zum digitalen Kundenservice');
    await tab.close();
  });
});

describe('an English-only site', () => {
  it('builds /en/ pages only, and the root leads to them', () => {
    const { site, stderr } = build('en-only');
    expect(languageFolders(site)).toEqual(['en']);
    expect(existsSync(path.join(site, 'es'))).toBe(false);
    const root = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(root).toContain('<meta http-equiv="refresh" content="0; url=en/index.html">');
    expect(root).toContain('Continue in English');
    expect(root).not.toContain('Entrar en español');
    expect(stderr).not.toContain('warning');
    // Regressions: a site without a course had an empty course section; home and root were titled "digimat · digimat".
    expect(page(site, 'en')).not.toContain('class="modules"');
    expect(root).toContain('<title>digimat</title>');
    expect(page(site, 'en')).toContain('<title>digimat</title>');
  });
});

describe('the bundled site', () => {
  it('keeps its chooser of two languages at the root and a switch to the same page in the other language', () => {
    const site = buildOnce();
    expect(languageFolders(site)).toEqual(['en', 'es']);
    const root = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(root).not.toContain('http-equiv="refresh"');
    expect(root).toContain('Entrar en español');
    expect(root).toContain('Continue in English');
    expect(page(site, 'es/course')).toContain('<a class="lang-switch" href="../../en/course/" hreflang="en" lang="en">English</a>');
    expect(page(site, 'en')).toContain('<a class="lang-switch" href="../es/" hreflang="es" lang="es">Español</a>');
  });
});

describe("a language whose texts leave out the root page's words", () => {
  it('is offered at the root by its own name and without an English tagline (regression: "Continue in English" led to /de/)', () => {
    // Spanish from the bundled content beside the German fixture, whose texts lose `enter` and `tagline`.
    const content = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-es-de-')), 'content');
    cpSync(`${FIXTURES}/de-site/content`, content, { recursive: true });
    cpSync('content/questionnaires/digital-service.es.yaml', path.join(content, 'questionnaires/digital-service.es.yaml'));
    // Without its course links: this content has no Spanish course.
    writeFileSync(
      path.join(content, 'actions/actions.es.yaml'),
      readFileSync('content/actions/actions.es.yaml', 'utf8').replace(/^ +course: .*\n/gm, ''),
    );
    cpSync('content/funding', path.join(content, 'funding'), { recursive: true });
    const texts = path.join(content, 'texts/de.yaml');
    writeFileSync(texts, readFileSync(texts, 'utf8').replace(/^ {2}(tagline|enter): .*\n/gm, ''));
    const site = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-es-de-site-')), 'site');
    const r = runDigimat(['--content', content, 'build', '--assessments', EMPTY_ASSESSMENTS, '-o', site]);
    expect(r.code, r.stderr).toBe(0);
    const root = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(root).toContain('Entrar en español');
    expect(root).toContain('hreflang="de" lang="de">Deutsch</a>');
    expect(root).not.toContain('Continue in English');
    expect(root).not.toMatch(/<p lang="de">/);
  }, 120_000);
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHandIn } from '../../src/core/hand-in-code.js';
import type { Questionnaire } from '../../src/core/model.js';
import { loadContent } from '../../src/node/load-content.js';
import { CHROMIUM_ARGS, launchChromium } from '../helpers/browser.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';
import { serveStatic } from '../helpers/static-server.js';
import { greyScaled, y4mVideo } from '../helpers/y4m.js';

// The whole workshop in real Chromium: six participants on their own "phones" (browser contexts)
// answer differently and hand in by link, by file and by QR code read through a fake camera; the
// facilitator reveals, re-votes, records the agreement and exports; the CLI scores the export exactly
// as the board showed it.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v: any) => ['serious', 'critical'].includes(v.impact))
      .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

type Planned = { value?: string | string[]; na?: boolean; dontKnow?: boolean; reason?: string };

let q: Questionnaire;
let server: Awaited<ReturnType<typeof serveStatic>>;
let phones: Browser;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];
const work = mkdtempSync(path.join(tmpdir(), 'digimat-workshop-'));
// Screenshots of the board and projector land here for a person to look at.
if (process.env.DIGIMAT_SHOTS) console.log(`workshop screenshots: ${work}`);

/**
 * What participant `i` answers to each question: agreement on some questions, spread on others, one
 * question most people do not know (with a reason), one "not applicable".
 */
function plan(i: number): Record<string, Planned> {
  const out: Record<string, Planned> = {};
  q.questions.forEach((question, j) => {
    const n = question.options.length;
    if (question.id === 'website') out[question.id] = { value: 'current' };
    else if (j === 4 && i < 4) out[question.id] = i === 0 ? { dontKnow: true, reason: 'No llevo ese tema' } : { dontKnow: true };
    else if (question.allowNa && i === 5) out[question.id] = { na: true };
    else if (question.kind === 'multiple')
      out[question.id] = { value: question.options.slice(0, 1 + ((i + j) % Math.min(n, 3))).map((o) => o.id) };
    else if (j % 3 === 0) out[question.id] = { value: question.options[n - 2]!.id };
    else out[question.id] = { value: question.options[(i + j) % n]!.id };
  });
  return out;
}

function track(context: BrowserContext): BrowserContext {
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:', 'file:'].includes(url.protocol)) foreignRequests.push(r.url());
  });
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  return context;
}

/** One participant: joins with the facilitator's link, answers stage by stage, opens the results. */
async function participant(i: number, name: string, role: string): Promise<Page> {
  const context = track(await phones.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } }));
  const page = await context.newPage();
  await page.goto(`${server.url}/es/questionnaire/${q.id}/?workshop`);
  await page.waitForSelector('#workshop-mode');
  const mine = plan(i);
  for (const [s, stage] of q.stages.entries()) {
    for (const question of q.questions.filter((x) => x.stage === stage.id)) {
      if (!(await page.isVisible(`#q-${question.id}`))) continue;
      const a = mine[question.id]!;
      if (a.dontKnow) {
        await page.check(`input[name="dk.${question.id}"]`);
        if (a.reason) await page.fill(`input[name="dkr.${question.id}"]`, a.reason);
      } else if (a.na) await page.check(`input[name="na.${question.id}"]`);
      else for (const v of [a.value!].flat()) await page.click(`label[for="${question.id}--${v}"]`);
    }
    if (s < q.stages.length - 1) await page.click(`#step-${stage.id} [data-next]`);
  }
  await page.click('button.finish');
  await page.waitForSelector('#hand-in:not([hidden]) canvas');
  await page.fill('#hand-in-name', name);
  await page.fill('#hand-in-role', role);
  await page.press('#hand-in-role', 'Tab');
  return page;
}

/** The QR code exactly as the participant's page drew it, as RGBA pixels. */
async function qrPixels(page: Page): Promise<{ width: number; height: number; rgba: number[] }> {
  return page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('#hand-in canvas')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    return { width: c.width, height: c.height, rgba: Array.from(d.data) };
  });
}

/** What the board shows as the agreement's scores, from its data attributes. */
async function boardScores(page: Page) {
  return page.evaluate(() => ({
    overall: document.querySelector<HTMLElement>('#ws-scores tfoot tr')!.dataset.overall,
    stages: Array.from(document.querySelectorAll<HTMLElement>('#ws-scores tbody tr')).map((r) => ({
      id: r.dataset.stage,
      score: r.dataset.score,
      spread: [r.dataset.min, r.dataset.median, r.dataset.max].map((x) => (x === undefined ? null : Number(x))),
    })),
  }));
}

const seen: { link: string[]; files: string[]; qr: Awaited<ReturnType<typeof qrPixels>>[]; names: string[] } = {
  link: [],
  files: [],
  qr: [],
  names: [],
};

beforeAll(async () => {
  const root = buildOnce();
  server = await serveStatic(root);
  const content = await loadContent(`${ROOT}/content`);
  q = content.questionnaires.find((x) => x.lang === 'es')!;
  phones = await launchChromium();
  // Six phones: two hand in by link, two by exported file, two by QR code.
  for (let i = 0; i < 6; i++) {
    const name = ['Ana', 'Luis', 'Marta', 'Jorge', 'Sofía', 'Pablo'][i]!;
    seen.names.push(name);
    const page = await participant(i, name, i === 0 ? 'gerencia' : 'tienda');
    if (i < 2) seen.link.push(await page.inputValue('#hand-in-link'));
    else if (i < 4) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-yaml')]);
      const file = path.join(work, `participant-${i}.yaml`);
      await download.saveAs(file);
      seen.files.push(file);
    } else seen.qr.push(await qrPixels(page));
    if (i === 4) await page.locator('#hand-in').screenshot({ path: path.join(work, 'hand-in-390.png') });
  }
}, 300_000);

afterAll(async () => {
  await phones?.close();
  await server?.close();
});

describe('participants in workshop mode', () => {
  it('offer "I don\'t know" on every question only after joining with ?workshop; normal self-assessment is unchanged', async () => {
    const context = track(await phones.newContext());
    const page = await context.newPage();
    await page.goto(`${server.url}/es/questionnaire/${q.id}/`);
    await page.waitForSelector('#questionnaire');
    expect(await page.locator('input[name^="dk."]').count()).toBe(0);
    expect(await page.locator('#workshop-mode').count()).toBe(0);
    await page.goto(`${server.url}/es/questionnaire/${q.id}/?workshop`);
    await page.waitForSelector('#workshop-mode');
    expect(await page.locator('input[name^="dk."]').count()).toBe(q.questions.length);
    await context.close();
  });

  it('have no serious or critical axe violations on the workshop-mode questionnaire and the hand-in panel', async () => {
    const context = track(await phones.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } }));
    const page = await context.newPage();
    await page.goto(`${server.url}/en/questionnaire/${q.id}/?workshop`);
    await page.waitForSelector('#workshop-mode');
    await page.check(`input[name="dk.${q.questions[0]!.id}"]`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('label[for="website--current"]');
    await page.click('button.finish');
    await page.waitForSelector('#hand-in:not([hidden]) canvas');
    expect(await page.textContent('#hand-in h2')).toBe('Hand in to the facilitator');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('draw the hand-in QR code at error correction M in version 5 or smaller (37×37 modules, 4 of margin)', () => {
    for (const image of seen.qr) expect(image.width).toBeLessThanOrEqual(37 + 8);
  });
});

describe('from a USB stick (file://) and in "nobody" mode', () => {
  it('hands in from disk by link; a name typed by the participant never reaches an anonymous board or its export', async () => {
    const root = buildOnce();
    const context = track(await phones.newContext({ acceptDownloads: true }));
    const phone = await context.newPage();
    await phone.goto(`file://${root}/es/questionnaire/${q.id}/index.html?workshop`);
    await phone.waitForSelector('#workshop-mode');
    await phone.click(`label[for="website--current"]`);
    await phone.check(`input[name="dk.${q.questions[0]!.id}"]`);
    await phone.click('button.finish');
    await phone.waitForSelector('#hand-in:not([hidden]) canvas');
    await phone.fill('#hand-in-name', 'Nombre Secreto');
    await phone.press('#hand-in-name', 'Tab');
    const link = await phone.inputValue('#hand-in-link');
    expect(link).toMatch(/^file:\/\/.*\/es\/workshop\/index\.html#h=/);

    const laptop = await context.newPage();
    await laptop.goto(`file://${root}/es/workshop/index.html`);
    await laptop.fill('#ws-company', 'Anónima S.L.');
    await laptop.check('input[name="anonymity"][value="nobody"]');
    await laptop.click('#ws-start button[type=submit]');
    await laptop.fill('#ws-paste', link);
    await laptop.click('#ws-add');
    await expect.poll(() => laptop.locator('#ws-progress .tile').count()).toBe(1);
    expect(await laptop.textContent('#ws-progress')).not.toContain('Nombre Secreto');
    await laptop.click('#ws-reveal');
    const [download] = await Promise.all([laptop.waitForEvent('download'), laptop.click('#ws-export-json')]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).not.toContain('Nombre Secreto');
    const doc = JSON.parse(text);
    expect(doc.workshop).toEqual({ anonymity: 'nobody' });
    expect(doc.participants[0]).not.toHaveProperty('name');
    expect(doc.participants[0].answers[q.questions[0]!.id]).toEqual({ dontKnow: true });
    expect(await laptop.evaluate(() => localStorage.getItem('digimat:workshop-board'))).not.toContain('Nombre Secreto');
    await context.close();
  });
});

describe('a shared device and paper questionnaires', () => {
  it('gives the next person on the same device a new key, and marks hand-ins typed in from paper as proxy', async () => {
    const context = track(await phones.newContext({ acceptDownloads: true }));
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    const handInAs = async (website: string) => {
      await page.click(`label[for="website--${website}"]`);
      await page.click('button.finish');
      await page.waitForSelector('#hand-in:not([hidden]) canvas');
      return page.inputValue('#hand-in-link');
    };
    await page.goto(`${server.url}/es/questionnaire/${q.id}/?workshop`);
    const firstLink = await handInAs('none');
    await page.goto(`${server.url}/es/questionnaire/${q.id}/`);
    await page.click('#workshop-next-person');
    await page.waitForSelector('#workshop-mode');
    expect(await page.isChecked('#website--none')).toBe(false);
    const secondLink = await handInAs('current');
    const [first, second] = [decodeHandIn([q], firstLink), decodeHandIn([q], secondLink)];
    if (!first.ok || !second.ok) throw new Error('hand-in links do not decode');
    expect(second.handIn.participant.key).not.toBe(first.handIn.participant.key);
    expect(second.handIn.participant.answers.website).toEqual({ value: 'current' });

    await page.goto(`${server.url}/es/workshop/`);
    await page.fill('#ws-company', 'Papel S.A.');
    // A head count must be a whole number, 0 or more: a negative one does not start the workshop.
    await page.fill('#ws-employees', '-3');
    await page.click('#ws-start button[type=submit]');
    expect(await page.isHidden('#ws-board')).toBe(true);
    expect(await page.$eval('#ws-employees', (e) => (e as HTMLInputElement).validity.valid)).toBe(false);
    // Left empty, the size is unknown (not 0) and the workshop starts.
    await page.fill('#ws-employees', '');
    await page.click('#ws-start button[type=submit]');
    await page.waitForSelector('#ws-board:not([hidden])');
    expect(await page.evaluate(() => 'employees' in JSON.parse(localStorage.getItem('digimat:workshop-board')!))).toBe(false);
    await page.fill('#ws-paste', firstLink);
    await page.click('#ws-add');
    await page.check('#ws-proxy');
    await page.fill('#ws-paste', secondLink);
    await page.click('#ws-add');
    await expect.poll(() => page.locator('#ws-progress .tile').count()).toBe(2);
    expect(await page.locator('#ws-progress .tile').allTextContents()).toEqual([
      expect.not.stringContaining('en papel'),
      expect.stringContaining('en papel'),
    ]);
    await page.click('#ws-reveal');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ws-export-json')]);
    const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(doc.participants.map((p: any) => [p.key, p.proxy ?? false])).toEqual([
      [first.handIn.participant.key, false],
      [second.handIn.participant.key, true],
    ]);
    await context.close();
  });
});

describe('the facilitator’s board', () => {
  let board: Browser;
  let page: Page;
  let shown: Awaited<ReturnType<typeof boardScores>>;

  beforeAll(async () => {
    // The laptop's camera is Chromium's fake one, playing the two QR codes the phones drew.
    const video = path.join(work, 'qr-codes.y4m');
    writeFileSync(
      video,
      y4mVideo(
        seen.qr.map((img) => greyScaled(img.rgba, img.width, img.height, Math.floor(400 / img.width))),
        { framesEach: 15 },
      ),
    );
    board = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        ...CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    const context = track(await board.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } }));
    await context.grantPermissions(['camera'], { origin: server.url });
    page = await context.newPage();
    await page.goto(`${server.url}/es/workshop/`);
    await page.fill('#ws-company', 'Panadería La Espiga');
    await page.fill('#ws-employees', '8');
    await page.click('#ws-start button[type=submit]');
    await page.waitForSelector('#ws-board:not([hidden])');
  }, 120_000);

  afterAll(async () => {
    await board?.close();
  });

  it('collects hand-ins by link, by file and by QR code from the camera', async () => {
    await page.fill('#ws-paste', seen.link.join('\n'));
    await page.click('#ws-add');
    await expect.poll(() => page.locator('#ws-progress .tile').count()).toBe(2);
    await page.setInputFiles('#ws-files', seen.files);
    await expect.poll(() => page.locator('#ws-progress .tile').count()).toBe(4);
    await page.click('#ws-scan');
    await expect.poll(() => page.locator('#ws-progress .tile').count(), { timeout: 30_000 }).toBe(6);
    expect(await page.getAttribute('#ws-video', 'data-engine')).toBe('zxing');
    await page.click('#ws-scan');
    const tiles = await page.locator('#ws-progress .tile strong').allTextContents();
    // Names reach the facilitator's screen in "facilitator" mode; the file hand-ins carry none.
    expect(tiles.filter((t) => seen.names.includes(t)).sort()).toEqual(['Ana', 'Luis', 'Pablo', 'Sofía']);
    // The same link again changes nothing.
    await page.fill('#ws-paste', seen.link[0]!);
    await page.click('#ws-add');
    await expect.poll(() => page.textContent('#ws-status')).toContain('ya estaba');
    expect(await page.locator('#ws-progress .tile').count()).toBe(6);
  }, 90_000);

  it('refuses tampered, truncated, foreign and other-version hand-ins with a clear message, keeping what was typed', async () => {
    const code = decodeURIComponent(seen.link[1]!.split('#h=')[1]!);
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    const cases: [string, RegExp][] = [
      [flipped, /alterado|incompleto/],
      [code.slice(0, Math.floor(code.length / 2)), /incompleto|alterado/],
      ['esto no es un código', /no es un código|no contiene/],
    ];
    for (const [text, message] of cases) {
      await page.fill('#ws-paste', text);
      await page.click('#ws-add');
      await expect.poll(() => page.textContent('#ws-alert')).toMatch(message);
      expect(await page.inputValue('#ws-paste')).toBe(text);
      expect(await page.locator('#ws-progress .tile').count()).toBe(6);
    }
    // A file from another questionnaire version: refused before anything is read into the board.
    const other = readFileSync(seen.files[0]!, 'utf8').replace(new RegExp(`version: ${q.version}\\b`), `version: ${q.version + 1}`);
    expect(other).toContain(`version: ${q.version + 1}`);
    const otherFile = path.join(work, 'other-version.yaml');
    writeFileSync(otherFile, other);
    await page.setInputFiles('#ws-files', otherFile);
    await expect.poll(() => page.textContent('#ws-alert')).toMatch(/otra versión/);
    const foreign = readFileSync(seen.files[0]!, 'utf8').replace(/id: digital-service/, 'id: another-questionnaire');
    const foreignFile = path.join(work, 'foreign.yaml');
    writeFileSync(foreignFile, foreign);
    await page.setInputFiles('#ws-files', foreignFile);
    await expect.poll(() => page.textContent('#ws-alert')).toMatch(/otro cuestionario/);
    expect(await page.locator('#ws-progress .tile').count()).toBe(6);
  });

  it('stays blind until reveal, then sorts questions by disagreement and flags knowledge gaps apart', async () => {
    expect(await page.isVisible('#ws-results')).toBe(false);
    expect(await page.locator('.board-row').count()).toBe(0);
    await page.click('#ws-reveal');
    await page.waitForSelector('#ws-results:not([hidden]) .board-row');
    const d = await page
      .locator('#ws-questions .board-row')
      .evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.disagreement)));
    expect(d.length).toBe(q.questions.length);
    expect(d).toEqual([...d].sort((a, b) => b - a));
    expect(d[0]).toBeGreaterThan(0);
    const gapped = q.questions[4]!.id;
    expect(await page.getAttribute(`#ws-questions .board-row[data-question="${gapped}"]`, 'class')).toContain('has-gap');
  });

  it('re-votes one question, records a decision, accepts a suggestion, and the scores follow live', async () => {
    const before = await boardScores(page);
    const top = (await page.getAttribute('#ws-questions .board-row', 'data-question'))!;
    const question = q.questions.find((x) => x.id === top)!;
    await page.click(`[data-open="${top}"]`);
    await page.waitForSelector('#ws-question[open] #wq-revote');
    // Round 2: after the discussion everybody moves to the same answer.
    const agreed = question.options[question.options.length - 1]!.id;
    const selects = page.locator('#wq-revote select');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption(question.kind === 'multiple' ? [agreed] : agreed);
    await page.click('#wq-revote button[type=submit]');
    await page.waitForSelector('#ws-question[open] #wq-r2');
    expect(await page.textContent('[data-testid="suggestion"]')).toContain('Unánime');
    await page.click('#wq-accept');
    await page.fill('#wq-note', 'Revisarlo en tres meses');
    await page.fill('#wq-owner', 'Ana');
    await page.click('#wq-decide button[type=submit]');
    await page.click('#wq-close');
    expect(await page.getAttribute(`#ws-questions .board-row[data-question="${top}"]`, 'data-status')).toMatch(
      /unanimous|consensus|decided/,
    );
    // A second, still open question decided by the facilitator.
    const open = (await page.getAttribute('#ws-questions .board-row[data-status="open"]', 'data-question'))!;
    const openQ = q.questions.find((x) => x.id === open)!;
    await page.click(`[data-open="${open}"]`);
    await page.waitForSelector('#ws-question[open] #wq-value');
    await page.selectOption('#wq-value', openQ.kind === 'multiple' ? [openQ.options[0]!.id] : openQ.options[0]!.id);
    await page.click('#wq-decide button[type=submit]');
    await page.click('#wq-close');
    expect(await page.getAttribute(`#ws-questions .board-row[data-question="${open}"]`, 'data-status')).toBe('decided');
    shown = await boardScores(page);
    expect(shown).not.toEqual(before);
  });

  it('exports YAML that `digimat validate` accepts and `digimat score` scores exactly as the board showed; and JSON', async () => {
    const [yamlDownload] = await Promise.all([page.waitForEvent('download'), page.click('#ws-export-yaml')]);
    const file = path.join(work, 'workshop.yaml');
    await yamlDownload.saveAs(file);
    const validated = runDigimat(['validate', file]);
    expect(validated.stderr).toMatch(/^valid \(0 warning\(s\)\)/);
    // The head count typed in the start form reaches the file (regression: the board wrote `employees: 0`).
    expect(readFileSync(file, 'utf8')).toMatch(/^ +employees: 8$/m);
    expect(validated.code).toBe(0);
    const scored = JSON.parse(runDigimat(['score', file, '--json']).stdout);
    // The consensus per stage, and each stage's spread over the participants' own scores.
    expect({
      overall: String(scored.overall.score ?? ''),
      stages: scored.stages.map((s: any) => ({
        id: s.id,
        score: String(s.score ?? ''),
        spread: [s.spread.min, s.spread.median, s.spread.max],
      })),
    }).toEqual(shown);
    expect(shown.stages.every((s) => s.spread.every((x) => typeof x === 'number'))).toBe(true);
    expect(scored.participants).toBe(6);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#ws-export-json')]);
    const jsonFile = path.join(work, 'workshop.json');
    await jsonDownload.saveAs(jsonFile);
    const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
    expect(json.participants).toHaveLength(6);
    expect(
      json.participants
        .map((p: any) => p.name)
        .filter(Boolean)
        .sort(),
    ).toEqual(['Ana', 'Luis', 'Pablo', 'Sofía']);
    // The JSON export is the same workshop: it validates and scores identically.
    expect(runDigimat(['validate', jsonFile]).code).toBe(0);
    expect(JSON.parse(runDigimat(['score', jsonFile, '--json']).stdout)).toEqual(scored);
  });

  it('has a projector view without names that hides distributions of fewer than 3 answers', async () => {
    await page.click('#ws-projector-open');
    await page.waitForSelector('#ws-projector:not([hidden])');
    const text = (await page.textContent('#ws-projector'))!;
    for (const name of seen.names) expect(text).not.toContain(name);
    const gapped = q.questions[4]!.id;
    expect(await page.getAttribute(`#ws-projector .board-row[data-question="${gapped}"]`, 'data-hidden')).toBe('1');
    expect(await page.locator(`#ws-projector .board-row[data-question="${gapped}"] svg`).count()).toBe(0);
    await page.screenshot({ path: path.join(work, 'projector-1280.png') });
    await page.click('#ws-projector-close');
  });

  it('has no serious or critical axe violations on the empty board, the revealed board, an open question and the projector view', async () => {
    // First the empty board as a facilitator finds it, in the other language.
    const fresh = track(await board.newContext({ bypassCSP: true }));
    const empty = await fresh.newPage();
    await empty.goto(`${server.url}/en/workshop/`);
    await empty.waitForSelector('#ws-start:not([hidden])');
    expect(await empty.textContent('h1')).toBe('Workshop: the facilitator’s board');
    expect(await seriousViolations(empty)).toEqual([]);
    await fresh.close();
    const state = await page.evaluate(() => localStorage.getItem('digimat:workshop-board')!);
    // axe is injected as a script, which the page's own CSP rightly forbids: a second context bypasses it.
    const context = track(await board.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } }));
    // (about:blank, the first document, has no storage of its own: only the site's pages take the state.)
    await context.addInitScript((s) => location.protocol === 'http:' && localStorage.setItem('digimat:workshop-board', s), state);
    const axePage = await context.newPage();
    await axePage.goto(`${server.url}/es/workshop/`);
    await axePage.waitForSelector('#ws-results:not([hidden]) .board-row');
    await axePage.screenshot({ path: path.join(work, 'board-390.png') });
    expect(await seriousViolations(axePage)).toEqual([]);
    await axePage.click('#ws-questions [data-open]');
    await axePage.waitForSelector('#ws-question[open]');
    await axePage.screenshot({ path: path.join(work, 'question-390.png') });
    expect(await seriousViolations(axePage)).toEqual([]);
    await axePage.click('#wq-close');
    await axePage.setViewportSize({ width: 1280, height: 900 });
    await axePage.screenshot({ path: path.join(work, 'board-1280.png') });
    await axePage.locator('#ws-progress').scrollIntoViewIfNeeded();
    await axePage.screenshot({ path: path.join(work, 'board-progress-1280.png') });
    await axePage.locator('#ws-results-h').scrollIntoViewIfNeeded();
    await axePage.screenshot({ path: path.join(work, 'board-results-1280.png') });
    await axePage.click('#ws-projector-open');
    await axePage.waitForSelector('#ws-projector:not([hidden])');
    expect(await seriousViolations(axePage)).toEqual([]);
    await axePage.setViewportSize({ width: 390, height: 844 });
    await axePage.screenshot({ path: path.join(work, 'projector-390.png') });
    await context.close();
  });

  it('survives a reload, and corrupt saved state neither crashes the page nor loses it', async () => {
    await page.reload();
    await page.waitForSelector('#ws-results:not([hidden]) .board-row');
    expect(await page.locator('#ws-progress .tile').count()).toBe(6);
    expect(await boardScores(page)).toEqual(shown);
    await page.evaluate(() =>
      localStorage.setItem('digimat:workshop-board', '{"format":"digimat-board","v":1,"participants":[{"key":1}]}'),
    );
    await page.reload();
    await page.waitForSelector('#ws-start:not([hidden])');
    expect(await page.textContent('#ws-alert')).toContain('digimat:workshop-board:unreadable:');
    const kept = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.startsWith('digimat:workshop-board:unreadable:')).length,
    );
    expect(kept).toBe(1);
  });

  it('loads nothing from any other host and throws no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

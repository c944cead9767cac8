import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/model.js';
import { loadContent } from '../../src/node/load-content.js';
import { launchChromium } from '../helpers/browser.js';
import { CURRENT_VERSION, http, roomBase, scratchAssessment, startRoom, type RoomProcess } from '../helpers/room-process.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';

// A whole live workshop in real Chromium against the real `digimat room` process: twelve phones join
// through the printed URL, answer blind, one loses its network for 30 s, one reloads; the
// facilitator's board reveals, re-votes one question on the phones, records the agreement and
// closes the room; the written file scores in the CLI as the board showed.

let q: Questionnaire;
let room: RoomProcess;
let browser: Browser;
let file: string;
const phones: { context: BrowserContext; page: Page }[] = [];
let board: Page;
const pageErrors: string[] = [];
const foreign: string[] = [];
/** Every request the room answered with 404 (regression: each room page logged one, the service worker's). */
const notFound: string[] = [];
let shown: { overall: string | undefined; stages: { id: string | undefined; score: string | undefined }[] };

function track(context: BrowserContext): BrowserContext {
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.2', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) foreign.push(r.url());
  });
  context.on('response', (r) => {
    if (r.status() === 404) notFound.push(r.url());
  });
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  return context;
}

/** Phones load the room over plain http on the LAN: no secure context, so no randomUUID and no service worker. */
async function phoneContext(): Promise<BrowserContext> {
  const context = track(await browser.newContext({ viewport: { width: 390, height: 844 } }));
  await context.addInitScript(() => {
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  return context;
}

/** Participant i's choice for question j: everyone agrees on `website`, the rest spread out. */
function choice(i: number, j: number): string {
  const question = q.questions[j]!;
  if (question.id === 'website') return question.options[0]!.id;
  return question.options[(i + j) % question.options.length]!.id;
}

/** Taps the answers to questions [from, to) on a phone, as labels clicked in the page. */
async function answer(page: Page, i: number, from: number, to: number): Promise<void> {
  const taps = q.questions.slice(from, to).map((question, k) => `${question.id}--${choice(i, from + k)}`);
  await page.evaluate((ids) => {
    for (const id of ids) document.querySelector<HTMLLabelElement>(`label[for="${id}"]`)?.click();
  }, taps);
}

/** What the phone's own form holds: option ids by question (hidden questions' inputs are disabled). */
function formAnswers(page: Page): Promise<Record<string, string | string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [k, v] of new FormData(document.getElementById('questionnaire') as HTMLFormElement).entries()) {
      if (k.startsWith('a.')) (out[k.slice(2)] ??= []).push(String(v));
    }
    const kinds = Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLElement>('.question')).map((b) => [b.dataset.question!, b.dataset.kind!]),
    );
    return Object.fromEntries(Object.entries(out).map(([id, v]) => [id, kinds[id] === 'multiple' ? v : v[0]!]));
  });
}

/** Waits until every answer on the phone carries its ✓ (the laptop stored it). */
async function allStored(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const marks = Array.from(document.querySelectorAll<HTMLElement>('.room-mark'));
      return (
        marks.some((m) => m.dataset.state === 'stored') &&
        !marks.some((m) => m.dataset.state === 'pending' || m.dataset.state === 'refused')
      );
    },
    undefined,
    { timeout, polling: 250 },
  );
}

async function boardScores(page: Page) {
  return page.evaluate(() => ({
    overall: document.querySelector<HTMLElement>('#ws-scores tfoot tr')!.dataset.overall,
    stages: Array.from(document.querySelectorAll<HTMLElement>('#ws-scores tbody tr')).map((r) => ({
      id: r.dataset.stage,
      score: r.dataset.score,
    })),
  }));
}

beforeAll(async () => {
  const site = buildOnce();
  q = (await loadContent(path.join(ROOT, 'content'))).questionnaires.find((x) => x.id === 'digital-service' && x.lang === 'es')!;
  file = scratchAssessment();
  room = await startRoom([file, '--port', '0', '--host', '127.0.0.2', '--site', site]);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (room && room.child.exitCode === null) room.child.kill('SIGTERM');
  await room?.exited;
});

describe('digimat room in Chromium', () => {
  it('opens the facilitator board on localhost, started for the room', async () => {
    expect(room.facilitatorUrl).toMatch(/^http:\/\/localhost:\d+\/r\/[^/]+\/es\/workshop\/$/);
    const context = track(await browser.newContext({ viewport: { width: 1280, height: 900 } }));
    board = await context.newPage();
    await board.goto(room.facilitatorUrl);
    await board.waitForSelector('#room-panel #room-join-url');
    await board.waitForSelector('#ws-board:not([hidden])');
    expect(await board.textContent('#room-join-url')).toBe(room.joinUrl);
    expect(await board.textContent('#ws-summary')).toContain('Panadería La Espiga');
  }, 120_000);

  it('twelve phones join through the printed URL and answer blind; each answer gets its ✓ once stored', async () => {
    const half = Math.floor(q.questions.length / 2);
    for (let i = 0; i < 12; i++) {
      const context = await phoneContext();
      const page = await context.newPage();
      await page.goto(room.joinUrl);
      await page.waitForSelector('.room-panel');
      expect(page.url()).toContain('/es/questionnaire/digital-service/?workshop');
      phones.push({ context, page });
    }
    await phones[0]!.page.fill('input[name="room.name"]', 'Ana');
    await phones[0]!.page.fill('input[name="room.role"]', 'gerencia');
    await phones[0]!.page.press('input[name="room.role"]', 'Tab');
    await Promise.all(phones.map(({ page }, i) => answer(page, i, 0, half)));
    await Promise.all(phones.map(({ page }) => allStored(page)));

    // Phone 3 loses the Wi-Fi for 30 s and keeps answering; phone 5 reloads its page.
    const offline = phones[3]!;
    await offline.context.setOffline(true);
    await answer(offline.page, 3, half, q.questions.length);
    await offline.page.waitForFunction(() => document.querySelectorAll('.room-mark[data-state="pending"]').length > 0);
    await offline.page.waitForFunction(() => /conexión/.test(document.getElementById('room-status')?.textContent ?? ''));
    const reloading = phones[5]!;
    await reloading.page.reload();
    await reloading.page.waitForSelector('.room-panel');
    expect(await reloading.page.locator('.room-mark[data-state="stored"]').count()).toBeGreaterThan(0);
    await Promise.all(phones.map(({ page }, i) => (i === 3 ? undefined : answer(page, i, half, q.questions.length))));
    await new Promise((r) => setTimeout(r, 30_000));
    await offline.context.setOffline(false);
    await Promise.all(phones.map(({ page }) => allStored(page)));

    // Every answer each phone shows is on the laptop, once.
    const local = roomBase(room.facilitatorUrl);
    const ws = (await http('GET', `${local}/api/facilitator/workshop`)).json() as {
      participants: { key: string; name?: string; answers: Record<string, Record<string, { value: unknown }>> }[];
    };
    expect(ws.participants).toHaveLength(12);
    let total = 0;
    for (const { page } of phones) {
      const key = await page.evaluate(
        (v) => JSON.parse(localStorage.getItem(`digimat:workshop-seat:digital-service@${v}`)!).key as string,
        CURRENT_VERSION,
      );
      const held = ws.participants.find((p) => p.key === key)!;
      const mine = await formAnswers(page);
      total += Object.keys(mine).length;
      expect(Object.fromEntries(Object.entries(held.answers).map(([id, r]) => [id, r['1']!.value]))).toEqual(mine);
    }
    expect(ws.participants.find((p) => p.name === 'Ana')).toBeDefined();
    const state = (await http('GET', `${local}/api/facilitator/state`)).json() as { stored: number };
    expect(state.stored).toBe(total);

    // Regression: the board said "0 han terminado" while every phone had answered all its questions.
    await board.waitForFunction(() => /12 han terminado/.test(document.getElementById('room-live')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    // Regression: a phone whose answers the room stored was still offered the offline hand-in QR.
    const results = await phones[1]!.context.newPage();
    await results.goto(room.joinUrl);
    await results.waitForSelector('.room-panel');
    await results.click('button.finish');
    await results.waitForSelector('#room-handed-in');
    expect(await results.textContent('#room-handed-in')).toContain('no tienes que entregar nada más');
    expect(await results.locator('#hand-in canvas').count()).toBe(0);
    await results.close();
  }, 400_000);

  it('hands every phone to the board, reveals, re-votes one question on the phones and records the agreement', async () => {
    await board.waitForFunction(() => /12/.test(document.querySelector('[data-testid="handed-in"]')?.textContent ?? ''), undefined, {
      timeout: 60_000,
    });
    await board.click('#ws-reveal');
    const local = roomBase(room.facilitatorUrl);
    await expect.poll(async () => (await http('GET', `${local}/api/facilitator/state`)).json().revealed, { timeout: 15_000 }).toBe(true);
    await phones[1]!.page.waitForFunction(() => /mostrado/.test(document.getElementById('room-status')?.textContent ?? ''), undefined, {
      timeout: 15_000,
    });

    // The most disputed question every phone was shown (a conditional one is re-voted only by those who saw it).
    const rows = await board.$$eval('#ws-questions .board-row', (els) => els.map((e) => (e as HTMLElement).dataset.question!));
    const top = rows.find((id) => !q.questions.find((x) => x.id === id)!.when)!;
    const question = q.questions.find((x) => x.id === top)!;
    await board.click(`[data-open="${top}"]`);
    await board.waitForSelector('#ws-question[open] .room-revote');
    await board.click('#ws-question .room-revote');
    // The phones show just that question, cleared, and everybody now agrees.
    const agreed = question.options[question.options.length - 1]!.id;
    for (const { page } of phones) {
      await page.waitForFunction(
        (id) => document.body.classList.contains('room-revote') && !document.getElementById(`q-${id}`)!.hidden,
        top,
        { timeout: 15_000 },
      );
      expect(await page.locator('.question:visible').count()).toBe(1);
      await page.click(`label[for="${top}--${agreed}"]`);
    }
    await Promise.all(phones.map(({ page }) => allStored(page)));
    await board.waitForFunction(() => /Unánime/.test(document.querySelector('[data-testid="suggestion"]')?.textContent ?? ''), undefined, {
      timeout: 60_000,
    });
    await board.click('#wq-accept');
    await board.fill('#wq-note', 'Revisarlo en tres meses');
    await board.fill('#wq-owner', 'Ana');
    await board.click('#wq-decide button[type=submit]');
    await board.click('#wq-close');
    // The agreement ends the re-vote on the phones.
    await phones[0]!.page.waitForFunction(() => !document.body.classList.contains('room-revote'), undefined, { timeout: 15_000 });
    const open = (await board.getAttribute('#ws-questions .board-row[data-status="open"]', 'data-question'))!;
    const openQ = q.questions.find((x) => x.id === open)!;
    await board.click(`[data-open="${open}"]`);
    await board.waitForSelector('#ws-question[open] #wq-value');
    await board.selectOption('#wq-value', openQ.kind === 'multiple' ? [openQ.options[0]!.id] : openQ.options[0]!.id);
    await board.click('#wq-decide button[type=submit]');
    await board.click('#wq-close');
    shown = await boardScores(board);
    await expect
      .poll(async () => Object.keys((await http('GET', `${local}/api/facilitator/workshop`)).json().consensus), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([top, open]));
  }, 200_000);

  it('closes the room; the file it writes validates and scores in the CLI exactly as the board showed', async () => {
    await board.click('#room-close');
    await board.waitForFunction(() => /Taller escrito en/.test(document.getElementById('room-result')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    });
    expect(await room.exited).toBe(0);
    expect(room.stdout()).toMatch(/Room closed; workshop written to /);
    // Regression: the closed room still offered "Close the room" and its join details.
    expect(await board.isHidden('#room-close')).toBe(true);
    expect(await board.isHidden('#room-join-url')).toBe(true);
    // The phones heard the room close before it went.
    await phones[2]!.page.waitForFunction(() => /cerrada/.test(document.getElementById('room-status')?.textContent ?? ''), undefined, {
      timeout: 15_000,
    });
    const validated = runDigimat(['validate', file]);
    expect(validated.stderr.trim()).toBe('valid (0 warning(s))');
    expect(validated.code).toBe(0);
    const scored = JSON.parse(runDigimat(['score', file, '--json']).stdout);
    expect({
      overall: String(scored.overall.score ?? ''),
      stages: scored.stages.map((s: any) => ({ id: s.id, score: String(s.score ?? '') })),
    }).toEqual(shown);
    expect(scored.participants).toBe(12);
  }, 120_000);

  it('made no request to any other host and raised no error on any page', () => {
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(notFound).toEqual([]);
  });
});

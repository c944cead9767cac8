import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

let browser: Browser;
let server: ServedSite['server'];

servedSite((s) => ({ browser, server } = s));

async function open(path: string, width = 390): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('body.stepped');
  return { context, page, errors };
}

/** The numbers of the questions a visitor can see, whatever the stage, in page order. */
function shownNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.question:not([hidden]) .number')).map((n) => n.textContent!.trim()),
  );
}

describe('question numbers', () => {
  it('count only the questions shown, with no gaps as conditional questions come and go', async () => {
    const { context, page, errors } = await open('/en/questionnaire/digital-service/');
    const consecutive = (list: string[]) => list.map((_, i) => `${i + 1}.`);
    let numbers = await shownNumbers(page);
    expect(numbers).toEqual(consecutive(numbers));
    // "Listings" is the third question shown while "mobile experience" (the third in the file) is hidden.
    expect(await page.textContent('#q-listings .number')).toBe('3.');
    const before = numbers.length;
    await page.click('label[for="website--current"]');
    numbers = await shownNumbers(page);
    expect(numbers.length).toBeGreaterThan(before);
    expect(numbers).toEqual(consecutive(numbers));
    expect(await page.textContent('#q-mobile-experience .number')).toBe('3.');
    expect(await page.textContent('#q-listings .number')).toBe('4.');
    await page.click('label[for="website--none"]');
    expect(await shownNumbers(page)).toEqual(consecutive(await shownNumbers(page)));
    expect(await page.textContent('#q-listings .number')).toBe('3.');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('moving through the questionnaire', () => {
  it('a link to a question (a search result) opens the stage that holds it and focuses the question', async () => {
    const { context, page, errors } = await open('/es/questionnaire/digital-service/#q-reviews');
    expect(await page.isVisible('#step-promotion')).toBe(true);
    expect(await page.isVisible('#step-presence')).toBe(false);
    expect(await page.isVisible('#q-reviews')).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.question')?.id)).toBe('q-reviews');
    expect(await page.textContent('#q-step')).toBe('Etapa 2 de 4');
    // Following another question link from the page changes stage again.
    await page.evaluate(() => (location.hash = '#q-complaints'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.question')?.id)).toBe('q-complaints');
    expect(await page.isVisible('#step-loyalty')).toBe(true);
    // Moving on from there forgets the question in the address, so a reload resumes where the visitor is.
    await page.click('#step-loyalty [data-prev]');
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await page.waitForSelector('body.stepped');
    expect(await page.isVisible('#step-sales')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopening the questionnaire resumes at the stage last seen', async () => {
    const { context, page, errors } = await open('/es/questionnaire/digital-service/');
    await page.click('label[for="website--current"]');
    await page.click('#step-presence [data-next]');
    await page.click('#step-promotion [data-next]');
    expect(await page.isVisible('#step-sales')).toBe(true);
    await page.goto(`${server.url}/es/`);
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.waitForSelector('body.stepped');
    expect(await page.isVisible('#step-sales')).toBe(true);
    expect(await page.textContent('#q-step')).toBe('Etapa 3 de 4');
    await page.click('#step-sales [data-prev]');
    await page.reload();
    await page.waitForSelector('body.stepped');
    expect(await page.isVisible('#step-promotion')).toBe(true);
    expect(await page.isChecked('#website--current')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Next" with unanswered questions moves on, says how many, and links to the first one', async () => {
    const { context, page, errors } = await open('/en/questionnaire/digital-service/');
    await page.click('label[for="search-visibility--2"]');
    await page.click('label[for="website--none"]');
    // Shown in presence with no website: search-visibility, website, listings, consistent-details, social-profiles.
    await page.click('#step-presence [data-next]');
    expect(await page.isVisible('#step-promotion')).toBe(true);
    const note = page.locator('#step-promotion .step-note');
    expect(await note.textContent()).toContain('You left 3 questions unanswered in “Presence”.');
    await page.click('#step-promotion .step-note a');
    expect(await page.isVisible('#step-presence')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.question')?.id)).toBe('q-listings');
    // Answer two of the three and move on: one is left.
    await page.click('label[for="consistent-details--yes"]');
    await page.click('label[for="social-profiles--1"]');
    await page.click('#step-presence [data-next]');
    expect(await page.locator('#step-promotion .step-note').textContent()).toContain('You left 1 question unanswered');
    // A complete stage says nothing.
    await page.click('#step-promotion [data-prev]');
    await page.click('label[for="listings--maps"]');
    await page.click('#step-presence [data-next]');
    expect(await page.isVisible('#step-promotion .step-note')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Spanish note uses Spanish plural forms', async () => {
    const { context, page } = await open('/es/questionnaire/digital-service/');
    await page.click('#step-presence [data-next]');
    expect(await page.locator('#step-promotion .step-note').textContent()).toContain(
      'Has dejado 5 preguntas sin responder en «Presencia».',
    );
    await context.close();
  });
});

describe('the home page', () => {
  it('says how many questions a questionnaire has in words, in each language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const [lang, word] of [
      ['es', 'preguntas'],
      ['en', 'questions'],
    ]) {
      await page.goto(`${server.url}/${lang}/`);
      expect(await page.textContent('.card .meta')).toMatch(new RegExp(`^\\d+ ${word} · `));
    }
    await context.close();
  });
});

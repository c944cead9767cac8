import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { readResults } from '../helpers/results-dom.js';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

let browser: Browser;
let server: ServedSite['server'];
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
/** The bundled questionnaire's current version: stored records of that version are checked like an import. */
const VERSION = (parse(readFileSync(`${ROOT}/content/questionnaires/digital-service.en.yaml`, 'utf8')) as { version: number }).version;
const KEY = `digimat:answers:digital-service@${VERSION}`;

servedSite((s) => ({ browser, server } = s));

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/en/`);
}, 120_000);

/** Valid answers every corrupt record also carries; they must survive whatever sits beside them. */
const GOOD = { 'email-marketing': { value: 'regular' }, reviews: { value: 'ask' }, 'response-time': { value: 'same-day' } };

/**
 * Stored entries that do not fit the current version, written as raw JSON so that keys such as
 * `__proto__` are stored as they would be by hand. Each must be dropped and named, never crash a page.
 */
const CORRUPT: [question: string, json: string][] = [
  ['listings', '{"value":5}'], // a number for a multiple choice: blanked the results page before
  ['search-visibility', '{"value":"99"}'],
  ['search-visibility', '{"value":99}'],
  ['listings', '{"value":"maps"}'],
  ['website', '{"value":"space-station"}'],
  ['website', '{"value":{"id":"current"}}'],
  ['consistent-details', '{"value":true}'],
  ['payment-methods', '{"value":["card",{}]}'],
  ['payment-methods', '{"value":["card","bitcoin"]}'],
  ['website', '"current"'],
  ['website', 'null'],
  ['website', '["current"]'],
  ['website', '42'],
  ['referral', '{"na":"yes"}'],
  ['website', '{"na":true}'],
  ['referral', '{"na":true,"value":"yes"}'],
  ['campaigns', '{"value":null}'],
  ['campaigns', '{"value":""}'],
  ['campaigns', '{"value":["none"]}'],
  ['social-profiles', '{"value":"-1"}'],
  ['social-profiles', '{"value":"2.5"}'],
  ['service-channels', '{"value":[["email"]]}'],
  ['fax-number', '{"value":"yes"}'],
  ['__proto__', '{"value":"yes"}'],
];

function record(extra: string, company = '{}'): string {
  const good = JSON.stringify(GOOD).slice(1, -1);
  return `{"version":${VERSION},"savedAt":"2026-01-01","company":${company},"answers":{${good}${extra ? `,${extra}` : ''}}}`;
}

async function store(text: string): Promise<void> {
  await page.evaluate(
    ([k, v]) => {
      localStorage.clear();
      localStorage.setItem(k!, v!);
    },
    [KEY, text],
  );
}

async function prompt(id: string): Promise<string> {
  return page.evaluate(
    (qid) =>
      JSON.parse(document.getElementById('digimat-data')!.textContent!).questionnaire.questions.find((q: { id: string }) => q.id === qid)
        ?.prompt ?? qid,
    id,
  );
}

describe('answers stored on this device are checked like an import', () => {
  it(`the results page drops each of ${CORRUPT.length} corrupt entries, names it, and scores only the valid answers`, async () => {
    expect(CORRUPT.length).toBeGreaterThanOrEqual(20);
    await store(record(''));
    await page.goto(`${server.url}/en/results/digital-service/`);
    await page.waitForSelector('[data-testid="overall"]');
    const clean = await readResults(page);
    expect(await page.isVisible('#results-status')).toBe(false);
    for (const [id, json] of CORRUPT) {
      await store(record(`${JSON.stringify(id)}:${json}`));
      await page.goto(`${server.url}/en/results/digital-service/`);
      await page.waitForSelector('[data-testid="overall"]');
      expect(await readResults(page), `${id}: ${json}`).toEqual(clean);
      const notice = await page.textContent('#results-status');
      expect(notice, `${id}: ${json}`).toContain('were damaged and have been left out');
      expect(notice).toContain(await prompt(id));
      // The damaged entry is gone from storage, so the notice is not repeated forever.
      expect(Object.keys(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).answers)).toEqual(Object.keys(GOOD));
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it(`the questionnaire page drops the same ${CORRUPT.length} entries, names them, and restores the valid answers`, async () => {
    for (const [id, json] of CORRUPT) {
      await store(record(`${JSON.stringify(id)}:${json}`));
      await page.goto(`${server.url}/en/questionnaire/digital-service/`);
      await page.waitForSelector('body.stepped');
      const notice = (await page.textContent('#q-status'))!;
      expect(notice, `${id}: ${json}`).toContain('We restored the answers you had saved.');
      expect(notice).toContain(await prompt(id));
      expect(await page.isChecked('#reviews--ask')).toBe(true);
      expect(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLInputElement>('#q-website input, #q-listings input, #q-campaigns input'))
            .filter((i) => i.checked)
            .map((i) => i.id),
        ),
      ).toEqual([]);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('regression: {"value":5} stored for a multiple choice no longer blanks the results page with an uncaught error', async () => {
    await store('{"answers":{"listings":{"value":5}}}');
    await page.goto(`${server.url}/es/results/digital-service/`);
    await page.waitForSelector('#results-status:not([hidden])');
    expect(await page.textContent('#results-status')).toContain('no se han tenido en cuenta');
    expect(await page.isVisible('.empty')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps a valid answer whose note is damaged, and ignores a damaged company', async () => {
    await store(record('"complaints":{"value":"logged","note":{"x":1}}', '{"employees":"lots","name":["x"]}'));
    await page.goto(`${server.url}/en/questionnaire/digital-service/`);
    await page.waitForSelector('body.stepped');
    expect(await page.isChecked('#complaints--logged')).toBe(true);
    expect(await page.inputValue('input[name="company.employees"]')).toBe('');
    expect(await page.inputValue('input[name="company.name"]')).toBe('');
    expect(await page.textContent('#q-status')).toBe('We restored the answers you had saved.');
    await page.goto(`${server.url}/en/results/digital-service/`);
    await page.waitForSelector('[data-testid="overall"]');
    expect(errors).toEqual([]);
  });

  it('an unreadable record says so on both pages and never crashes', async () => {
    for (const text of ['not json', 'null', '[]', '{"answers":[]}', '{"answers":"x"}', '{"version":1}', '"answers"']) {
      await store(text);
      await page.goto(`${server.url}/en/results/digital-service/`);
      await page.waitForSelector('.empty');
      expect(await page.textContent('#results-status'), text).toContain('could not be recovered');
      await store(text);
      await page.goto(`${server.url}/en/questionnaire/digital-service/`);
      await page.waitForSelector('body.stepped');
      const notice = await page.textContent('#q-status');
      expect(notice, text).toContain('could not be recovered');
      expect(notice).not.toContain('We restored');
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it('"we restored your answers" appears only when something was restored', async () => {
    // Nothing stored, an empty record, and a record whose only answer is damaged: nothing was restored.
    for (const text of [
      undefined,
      record('').replace(JSON.stringify(GOOD).slice(1, -1), ''),
      `{"version":${VERSION},"company":{},"answers":{"listings":{"value":5}}}`,
    ]) {
      await page.evaluate(
        ([key, v]) => {
          localStorage.clear();
          if (v) localStorage.setItem(key!, v);
        },
        [KEY, text],
      );
      await page.goto(`${server.url}/es/questionnaire/digital-service/`);
      await page.waitForSelector('body.stepped');
      expect(await page.textContent('#q-status'), String(text)).not.toContain('Hemos recuperado');
    }
    expect(await page.textContent('#q-status')).toContain('no se han tenido en cuenta');
    await store(record(''));
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.waitForSelector('body.stepped');
    expect(await page.textContent('#q-status')).toBe('Hemos recuperado las respuestas que dejaste guardadas.');
    expect(errors).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

let browser: Browser;
let server: ServedSite['server'];

servedSite((s) => ({ browser, server } = s));

describe('worksheets page', () => {
  it('fills each worksheet from its form and downloads the PDF, made in the browser', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/es/worksheets/`);
    const dir = mkdtempSync(path.join(tmpdir(), 'digimat-ws-'));
    const download = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`form[data-worksheet="${id}"] button[type="submit"]`)]);
      const file = path.join(dir, `${id}.pdf`);
      await d.saveAs(file);
      // Words joined across wrapped lines, as a reader sees them.
      return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    await page.fill('form[data-worksheet="empathy-map"] input[name="profile"]', 'Jorge, cliente de fin de semana');
    await page.fill('form[data-worksheet="empathy-map"] textarea[name="pains"]', '¿Llegará a tiempo el pedido?\nNo encuentra el horario');
    const empathy = await download('empathy-map');
    expect(empathy).toContain('Mapa de empatía');
    expect(empathy).toContain('Jorge, cliente de fin de semana');
    expect(empathy).toContain('¿Llegará a tiempo el pedido?');
    await page.fill('form[data-worksheet="buyer-persona"] input[name="name"]', 'Elena, compradora online');
    await page.check('form[data-worksheet="buyer-persona"] input[value="technoholic"]');
    const persona = await download('buyer-persona');
    expect(persona).toContain('Elena, compradora online');
    await page.fill('textarea[name="journey.sales.painPoints"]', 'Gastos de envío al final');
    const journey = await download('customer-journey');
    expect(journey).toContain('Gastos de envío al final');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what was typed in every worksheet form across a reload, and empties a form on request', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/en/worksheets/`);
    expect(await page.isVisible('#ws-status')).toBe(false);
    await page.fill('form[data-worksheet="empathy-map"] input[name="profile"]', 'Marta, weekend hiker');
    await page.fill('form[data-worksheet="empathy-map"] textarea[name="pains"]', 'Sizes run small\nNo stock shown online');
    await page.fill('form[data-worksheet="buyer-persona"] input[name="name"]', 'Leo, trail runner');
    await page.check('form[data-worksheet="buyer-persona"] input[name="channels"] >> nth=1');
    await page.check('form[data-worksheet="buyer-persona"] input[value="technoholic"]');
    await page.fill('textarea[name="journey.sales.painPoints"]', 'Shipping costs shown at the end');
    await page.reload();
    expect(await page.inputValue('form[data-worksheet="empathy-map"] input[name="profile"]')).toBe('Marta, weekend hiker');
    expect(await page.inputValue('form[data-worksheet="empathy-map"] textarea[name="pains"]')).toBe(
      'Sizes run small\nNo stock shown online',
    );
    expect(await page.inputValue('form[data-worksheet="buyer-persona"] input[name="name"]')).toBe('Leo, trail runner');
    expect(await page.isChecked('form[data-worksheet="buyer-persona"] input[name="channels"] >> nth=1')).toBe(true);
    expect(await page.isChecked('form[data-worksheet="buyer-persona"] input[name="channels"] >> nth=0')).toBe(false);
    expect(await page.isChecked('form[data-worksheet="buyer-persona"] input[value="technoholic"]')).toBe(true);
    expect(await page.inputValue('textarea[name="journey.sales.painPoints"]')).toBe('Shipping costs shown at the end');
    expect(await page.textContent('#ws-status')).toBe('We restored what you had typed in the worksheets.');
    // The same drafts in the other language's page.
    await page.goto(`${server.url}/es/worksheets/`);
    expect(await page.inputValue('form[data-worksheet="buyer-persona"] input[name="name"]')).toBe('Leo, trail runner');
    // Emptying one form forgets it and leaves the others.
    await page.click('form[data-worksheet="empathy-map"] [data-ws-clear]');
    await page.reload();
    expect(await page.inputValue('form[data-worksheet="empathy-map"] input[name="profile"]')).toBe('');
    expect(await page.inputValue('form[data-worksheet="buyer-persona"] input[name="name"]')).toBe('Leo, trail runner');
    // A damaged draft is ignored, never a crash.
    await page.evaluate(() => localStorage.setItem('digimat:worksheet:customer-journey', '{"not":"a draft"'));
    await page.evaluate(() => localStorage.setItem('digimat:worksheet:empathy-map', '[[1,2],"x",["profile",{"a":1}]]'));
    await page.reload();
    expect(await page.inputValue('form[data-worksheet="buyer-persona"] input[name="name"]')).toBe('Leo, trail runner');
    expect(await page.inputValue('textarea[name="journey.sales.painPoints"]')).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { buildOnce } from '../helpers/site-build.js';
import { serveStatic } from '../helpers/static-server.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(buildOnce());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
});

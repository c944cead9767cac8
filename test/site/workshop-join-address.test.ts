import { correction, generate } from 'lean-qr';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

// The board served on this laptop (127.0.0.1, like `digimat serve` or localhost): the QR code must
// not quietly send phones to an address that only exists here.

let server: ServedSite['server'];
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Whether the join QR on the page holds exactly this text, module by module (lean-qr draws 1 px per module, 4 of margin). */
async function qrHolds(text: string): Promise<boolean> {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const drawn = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('#ws-join-qr')!;
    return { width: c.width, data: Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data) };
  });
  if (drawn.width !== code.size + 8) return false;
  for (let y = 0; y < code.size; y++)
    for (let x = 0; x < code.size; x++) if ((drawn.data[((y + 4) * drawn.width + x + 4) * 4] === 0) !== code.get(x, y)) return false;
  return true;
}

servedSite((s) => ({ browser, server } = s));

beforeAll(async () => {
  page = await (await browser.newContext()).newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/es/workshop/`);
  await page.fill('#ws-company', 'Ferretería Ruiz');
  await page.click('#ws-start button[type=submit]');
  await page.waitForSelector('#ws-board:not([hidden])');
}, 120_000);

describe('the board’s join link on a laptop-only address (regression: the QR pointed at localhost)', () => {
  it('says plainly that phones cannot reach this address, and suggests `digimat room`', async () => {
    const link = await page.inputValue('#ws-join-link');
    expect(link.startsWith(`${server.url}/es/questionnaire/`)).toBe(true);
    expect(await page.isVisible('#ws-join-local')).toBe(true);
    const warning = (await page.textContent('#ws-join-local'))!;
    expect(warning).toContain(new URL(server.url).host);
    expect(warning).toContain('digimat room');
    expect(await qrHolds(link)).toBe(true);
  });

  it('makes the link and QR from the address the facilitator types, remembers it, and goes back when it is cleared', async () => {
    const id = (await page.inputValue('#ws-join-link')).split('/questionnaire/')[1]!.split('/')[0]!;
    await page.fill('#ws-join-base', 'no es una dirección');
    await page.click('#ws-join-base-form button[type=submit]');
    expect(await page.textContent('#ws-alert')).toContain('no es una dirección web');
    expect(await page.inputValue('#ws-join-link')).toContain(server.url);

    await page.fill('#ws-join-base', '192.168.1.20:8080');
    await page.click('#ws-join-base-form button[type=submit]');
    const wanted = `http://192.168.1.20:8080/es/questionnaire/${id}/?workshop`;
    expect(await page.inputValue('#ws-join-link')).toBe(wanted);
    expect(await page.isHidden('#ws-join-local')).toBe(true);
    expect(await qrHolds(wanted)).toBe(true);

    await page.reload();
    await page.waitForSelector('#ws-board:not([hidden])');
    expect(await page.inputValue('#ws-join-link')).toBe(wanted);
    expect(await page.inputValue('#ws-join-base')).toBe('http://192.168.1.20:8080/');

    await page.fill('#ws-join-base', '');
    await page.click('#ws-join-base-form button[type=submit]');
    expect((await page.inputValue('#ws-join-link')).startsWith(server.url)).toBe(true);
    expect(await page.isVisible('#ws-join-local')).toBe(true);
    expect(errors).toEqual([]);
  });
});

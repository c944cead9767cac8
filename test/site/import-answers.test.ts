import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedView, readResults } from '../helpers/results-dom.js';
import { exampleAssessment } from '../helpers/example-answers.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { servedSite, type ServedSite } from '../helpers/served-site.js';

let browser: Browser;
let server: ServedSite['server'];
const dir = mkdtempSync(path.join(tmpdir(), 'digimat-import-'));
const BAKERY = path.join(ROOT, 'assessments/panaderia-la-espiga.yaml');

servedSite((s) => ({ browser, server } = s));

async function fresh(): Promise<{ context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, dialogs };
}

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('importing answers on the questionnaire page', () => {
  it('works on a device with nothing saved, without asking, and the results match the CLI', async () => {
    const { context, page, errors } = await fresh();
    page.on('dialog', (d) => void d.dismiss().then(() => errors.push(`unexpected dialog: ${d.message()}`)));
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.waitForSelector('body.stepped');
    expect(await page.isVisible('#q-import-file')).toBe(true);
    await page.setInputFiles('#q-import-file', BAKERY);
    await expect.poll(() => page.textContent('#q-status')).toBe('Respuestas cargadas desde panaderia-la-espiga.yaml.');
    expect(await page.isVisible('#q-status button')).toBe(false);
    expect(await page.isChecked('#website--social-only')).toBe(true);
    expect(await page.inputValue('input[name="company.employees"]')).toBe('4');
    await page.click('button.finish');
    await page.waitForSelector('[data-testid="overall"]');
    const { expected } = await exampleAssessment('assessments/panaderia-la-espiga.yaml');
    expect(await readResults(page)).toEqual(expectedView(expected));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refreshes the progress count after an import, revealing conditional questions (it said 26 of 35 until a reload)', async () => {
    const { context, page, errors } = await fresh();
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.waitForSelector('body.stepped');
    await page.setInputFiles('#q-import-file', BAKERY);
    await expect.poll(() => page.textContent('#q-status')).toBe('Respuestas cargadas desde panaderia-la-espiga.yaml.');
    const cli = JSON.parse(runDigimat(['score', BAKERY, '--json']).stdout) as { stages: { answered: number; applicable: number }[] };
    const answered = cli.stages.reduce((n, s) => n + s.answered, 0);
    const applicable = cli.stages.reduce((n, s) => n + s.applicable, 0);
    const afterImport = await page.textContent('#q-count');
    expect(afterImport).toContain(`${answered} de ${applicable}`);
    await page.reload();
    await page.waitForSelector('body.stepped');
    expect(await page.textContent('#q-count')).toBe(afterImport);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('over existing answers asks first; declining keeps them, accepting replaces them and can be undone', async () => {
    const { context, page, errors, dialogs } = await fresh();
    await page.goto(`${server.url}/es/questionnaire/digital-service/`);
    await page.click('label[for="website--current"]');
    await page.fill('input[name="company.name"]', 'Mi tienda');
    let accept = false;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (accept ? d.accept() : d.dismiss());
    });
    await page.setInputFiles('#q-import-file', BAKERY);
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toContain('sustituirá las respuestas');
    expect(await page.isChecked('#website--current')).toBe(true);
    accept = true;
    await page.setInputFiles('#q-import-file', BAKERY);
    await expect.poll(() => page.textContent('#q-status')).toContain('Respuestas cargadas desde panaderia-la-espiga.yaml.');
    expect(dialogs).toHaveLength(2);
    expect(await page.isChecked('#website--social-only')).toBe(true);
    expect(await page.inputValue('input[name="company.name"]')).toBe('Panadería La Espiga');
    // Saved: a reload shows the imported answers.
    await page.reload();
    expect(await page.isChecked('#website--social-only')).toBe(true);
    await page.setInputFiles('#q-import-file', BAKERY);
    await page.click('#q-status button');
    expect(await page.textContent('#q-status')).toContain('Has vuelto a las respuestas que tenías');
    expect(await page.isChecked('#website--social-only')).toBe(true);
    // Undo once more from the start: back to "current" after importing over it.
    await page.click('label[for="website--current"]');
    await page.setInputFiles('#q-import-file', BAKERY);
    await expect.poll(() => page.isChecked('#website--social-only')).toBe(true);
    await page.click('#q-status button');
    expect(await page.isChecked('#website--current')).toBe(true);
    await page.reload();
    expect(await page.isChecked('#website--current')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

const bakery = readFileSync(BAKERY, 'utf8');
/** The line of the bakery's website answer, which the bad files below damage (1-based, as the page says it). */
const WEB = bakery.split('\n').indexOf('  website: social-only') + 1;
/** Bad files and what a visitor is told, in each language; never the parser's or validator's own words. */
const REFUSED: { name: string; text: string; es: string; en: string }[] = [
  {
    name: 'photo.jpg',
    text: '\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000',
    es: 'este archivo no es un archivo de respuestas de digimat',
    en: 'this file is not a digimat answers file',
  },
  {
    name: 'letter.txt',
    text: 'Dear Sir,\nplease find attached: our plan.\n',
    es: 'este archivo no es un archivo de respuestas de digimat',
    en: 'this file is not a digimat answers file',
  },
  {
    name: 'list.json',
    text: '[1, 2, 3]',
    es: 'este archivo no es un archivo de respuestas de digimat',
    en: 'this file is not a digimat answers file',
  },
  {
    name: 'other.yaml',
    text: 'questionnaire: { id: other, version: 1, lang: es }\nanswers: {}\n',
    es: 'el archivo contiene respuestas de otro cuestionario',
    en: 'the file holds answers to a different questionnaire',
  },
  { name: 'newer.yaml', text: bakery.replace(/version: \d+/, 'version: 99'), es: 'una versión más reciente', en: 'a newer version' },
  {
    name: 'broken.yaml',
    text: bakery.replace('  website: social-only', '  website: [social-only'),
    es: `línea ${WEB}: el archivo está dañado`,
    en: `line ${WEB}: the file is damaged`,
  },
  {
    name: 'bad-option.yaml',
    text: bakery.replace('  website: social-only', '  website: on-the-moon'),
    es: `línea ${WEB}: la respuesta a «¿Qué tipo de web tiene la empresa?» no es ninguna de sus opciones`,
    en: `line ${WEB}: the answer to “`,
  },
  {
    name: 'unknown.yaml',
    text: bakery.replace('  website: social-only', '  website: social-only\n  fax-number: yes'),
    es: `línea ${WEB + 1}: responde a una pregunta que este cuestionario no tiene (fax-number)`,
    en: `line ${WEB + 1}: it answers a question this questionnaire does not have (fax-number)`,
  },
];

describe('a refused import', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`says why in plain ${lang === 'es' ? 'Spanish' : 'English'} with the line, and changes nothing (both pages)`, async () => {
      const { context, page, errors } = await fresh();
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${server.url}/${lang}/questionnaire/digital-service/`);
      await page.click('label[for="website--current"]');
      for (const bad of REFUSED) {
        const text = lang === 'en' ? bad.text.replace('lang: es', 'lang: en') : bad.text;
        await page.setInputFiles('#q-import-file', file(bad.name, text));
        await expect.poll(() => page.textContent('#q-status'), { message: bad.name }).toContain(bad[lang]);
        const said = (await page.textContent('#q-status'))!;
        for (const jargon of ['YAML', 'syntax', 'Flow sequence', '[bad-answer]', 'unknown-question', 'options:', '`'])
          expect(said, bad.name).not.toContain(jargon);
        expect(await page.isChecked('#website--current')).toBe(true);
      }
      // The results page says it the same way.
      await page.goto(`${server.url}/${lang}/results/digital-service/`);
      await page.waitForSelector('[data-testid="overall"]');
      const before = await readResults(page);
      await page.setInputFiles('#import-file', file('letter.txt', 'Dear Sir,\n'));
      await expect.poll(() => page.textContent('#results-alert')).toContain(REFUSED[1]![lang]);
      expect(await readResults(page)).toEqual(before);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

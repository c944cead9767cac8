import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { reportInput } from '../../src/node/render-report.js';
import { journeyMapPdf } from '../../src/pdf/journey-map-pdf.js';
import { reportPdf } from '../../src/pdf/report-pdf.js';
import { reportMarkdown } from '../../src/report/report-markdown.js';
import { firstPagePng, pageFill, pdfInfo, pdfText, squash } from '../helpers/pdf-tools.js';
import { ROOT } from '../helpers/run-cli.js';

/** The eu-six stage titles lengthened to the 60 characters every layout must hold. */
const LONG: Record<string, string> = {
  'Digital business strategy': 'Digital business strategy, investment plans and their review',
  'Digital readiness': 'Digital readiness of equipment, connections and online tools',
  'Human-centric digitalisation': 'Human-centric digitalisation: skills, training and staff say',
  'Data management and governance': 'Data management and governance, protection and daily use',
  'Automation and artificial intelligence': 'Automation and artificial intelligence in routine office job',
  'Green digitalisation': 'Green digitalisation: energy, device lifetime and less paper',
};
const FIXTURE = `${ROOT}/test/fixtures/models/eu-six`;
const ASSESSMENT = `${FIXTURE}/assessments/northwind-studio.yaml`;

/** The eu-six content with its stage titles replaced by the long ones. */
function longTitledContent(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-long-')), 'content');
  cpSync(`${FIXTURE}/content`, dir, { recursive: true });
  const file = path.join(dir, 'questionnaires/eu-six.en.yaml');
  let yaml = readFileSync(file, 'utf8');
  for (const [short, long] of Object.entries(LONG)) yaml = yaml.replace(`title: ${short}\n`, `title: "${long}"\n`);
  writeFileSync(file, yaml);
  return dir;
}

const fonts = await loadPdfFonts();

describe('stage titles of up to 60 characters', () => {
  it('are all 60 characters or fewer and all used', async () => {
    const content = await loadContent(longTitledContent());
    const titles = content.questionnaires[0]!.stages.map((s) => s.title);
    expect(titles).toEqual(Object.values(LONG));
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(60);
    expect(Math.max(...titles.map((t) => t.length))).toBe(60);
  });

  it('the report PDF prints each title whole, keeps rows on one page and adds at most one page', async () => {
    const long = await reportInput(ASSESSMENT, await loadContent(longTitledContent()));
    const short = await reportInput(ASSESSMENT, await loadContent(`${FIXTURE}/content`));
    const text = squash(pdfText(await reportPdf(long, fonts), 'long-titles'));
    pdfText(await reportPdf(short, fonts), 'short-titles');
    for (const title of Object.values(LONG)) {
      // In the summary table, the stage rows, the radar and (for the weakest) its sentence: never cut.
      expect(text.split(title).length - 1, title).toBeGreaterThanOrEqual(3);
    }
    expect(text).not.toContain('…');
    const pages = Number(pdfInfo('long-titles').Pages);
    expect(pages).toBeLessThanOrEqual(Number(pdfInfo('short-titles').Pages) + 1);
    // A stage row split across a page break used to leave pages with a line or two on them.
    const fill = pageFill('long-titles');
    fill.slice(1, -1).forEach((f, i) => expect(f, `page ${i + 2}`).toBeGreaterThan(0.6));
    firstPagePng('long-titles');
  });

  it('the journey map header grows to show every title whole, on one page', async () => {
    const stages = Object.values(LONG).map((title, i) => ({ id: `s${i}`, title }));
    const text = squash(pdfText(await journeyMapPdf({ lang: 'en', stages, date: '2026-01-01' }, fonts), 'journey-long-titles'));
    for (const title of Object.values(LONG)) expect(text).toContain(title);
    expect(pdfInfo('journey-long-titles').Pages).toBe('1');
    // The header band is drawn taller than one line: the first table row starts lower on the page.
    const png = firstPagePng('journey-long-titles');
    expect(readFileSync(png).length).toBeGreaterThan(5_000);
  });

  it('the Markdown report keeps each title whole in its table row', async () => {
    const md = reportMarkdown(await reportInput(ASSESSMENT, await loadContent(longTitledContent())));
    for (const title of Object.values(LONG))
      expect(md).toMatch(new RegExp(`^\\| ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| `, 'm'));
  });
});

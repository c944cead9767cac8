import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPdfFonts } from '../node/pdf-fonts.js';
import { reportPdf } from '../pdf/report-pdf.js';
import { WORKSHEETS } from '../pdf/worksheets.js';
import { BLANK_WORKSHEET_DATE } from '../pdf/worksheet-input.js';
import { worksheetPath } from './pages/worksheet-titles.js';
import type { SiteData } from './site-data.js';

/** The PDFs the site serves: blank worksheets in each language of the site, and each published assessment's report. */
export async function writeSitePdfs(outDir: string, site: SiteData): Promise<number> {
  const fonts = await loadPdfFonts();
  const jobs: Promise<void>[] = [];
  await mkdir(path.join(outDir, 'worksheets'), { recursive: true });
  for (const { lang } of site.langs) {
    const q = site.questionnaires.find((x) => x.lang === lang);
    if (!q) continue;
    const stages = q.stages.map((s) => ({ id: s.id, title: s.title }));
    for (const w of WORKSHEETS) {
      jobs.push(w.render({ lang, stages, date: BLANK_WORKSHEET_DATE }, fonts).then((bytes) => writeFile(path.join(outDir, worksheetPath(w.id, lang)), bytes)));
    }
  }
  for (const page of site.assessments) {
    jobs.push(reportPdf(page.report, fonts).then((bytes) => writeFile(path.join(outDir, page.url, page.reportUrl), bytes)));
  }
  await Promise.all(jobs);
  return jobs.length;
}

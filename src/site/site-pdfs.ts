import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPdfFonts } from '../node/pdf-fonts.js';
import { reportPdf } from '../pdf/report-pdf.js';
import { WORKSHEETS } from '../pdf/worksheets.js';
import { BLANK_WORKSHEET_DATE } from '../pdf/worksheet-input.js';
import type { SiteData } from './site-data.js';

/** The PDFs the site serves: blank worksheets (the journey map per questionnaire), and each published assessment's report. */
export async function writeSitePdfs(outDir: string, site: SiteData): Promise<number> {
  const fonts = await loadPdfFonts();
  const jobs: Promise<void>[] = [];
  await mkdir(path.join(outDir, 'worksheets'), { recursive: true });
  const render = new Map(WORKSHEETS.map((w) => [w.id as string, w.render]));
  for (const page of site.worksheets) {
    for (const blank of page.blankPdfs) {
      jobs.push(
        render.get(blank.id)!({ lang: page.lang, stages: blank.stages, date: BLANK_WORKSHEET_DATE }, fonts).then((bytes) =>
          writeFile(path.join(outDir, blank.path), bytes),
        ),
      );
    }
  }
  for (const page of site.assessments) {
    jobs.push(reportPdf(page.report, fonts).then((bytes) => writeFile(path.join(outDir, page.url, page.reportUrl), bytes)));
  }
  await Promise.all(jobs);
  return jobs.length;
}

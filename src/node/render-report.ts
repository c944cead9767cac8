import { loadScored } from '../commands/load-scored.js';
import type { ContentSet } from '../model/content-set.js';
import type { ReportInput } from '../pdf/report-input.js';
import { reportPdf } from '../pdf/report-pdf.js';
import { planCsv } from '../report/plan-csv.js';
import { reportMarkdown } from '../report/report-markdown.js';
import { loadPdfFonts } from './pdf-fonts.js';

export const REPORT_FORMATS = ['pdf', 'md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Loads and scores an assessment into everything a report document needs; throws ValidationError on bad input. */
export async function reportInput(file: string, content: ContentSet): Promise<ReportInput> {
  const s = await loadScored(file, '', content);
  const lang = s.questionnaire.lang;
  return {
    assessment: s.assessment,
    questionnaire: s.questionnaire,
    result: s.result,
    actions: content.actions.get(lang) ?? new Map(),
    kitNames: Object.fromEntries((content.kitDigital?.categories ?? []).map((c) => [c.id, c.name[lang]])),
  };
}

/** One assessment's report in the chosen format, as bytes to write. */
export async function renderReport(file: string, content: ContentSet, format: ReportFormat): Promise<Uint8Array> {
  const input = await reportInput(file, content);
  if (format === 'pdf') return reportPdf(input, await loadPdfFonts());
  return new TextEncoder().encode(format === 'md' ? reportMarkdown(input) : planCsv(input));
}

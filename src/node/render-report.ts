import { loadScored, type ScoredAssessment } from './load-scored.js';
import { formatIssue } from '../core/issue.js';
import { actionsFor, fundingFor, type ContentSet } from '../model/content-set.js';
import type { ReportInput } from '../pdf/report-input.js';
import { reportPdf } from '../pdf/report-pdf.js';
import { planCsv } from '../report/plan-csv.js';
import { reportMarkdown } from '../report/report-markdown.js';
import { loadPdfFonts } from './pdf-fonts.js';
import type { ReportFormat } from './report-formats.js';

export type { ReportFormat };

/** Loads and scores an assessment into everything a report document needs; throws ValidationError on bad input. */
export async function reportInput(file: string, content: ContentSet): Promise<ReportInput> {
  return toReportInput(await loadScored(file, '', content), content);
}

function toReportInput(s: ScoredAssessment, content: ContentSet): ReportInput {
  const funding = fundingFor(content, s.questionnaire);
  return {
    assessment: s.assessment,
    questionnaire: s.questionnaire,
    result: s.result,
    actions: actionsFor(content, s.questionnaire),
    ...(funding ? { funding } : {}),
  };
}

/** A rendered report and the warnings its assessment loaded with (an older questionnaire version, say). */
export interface RenderedReport {
  bytes: Uint8Array;
  warnings: string[];
}

/** One assessment's report in the chosen format, as bytes to write, with the load warnings to print. */
export async function renderReport(file: string, content: ContentSet, format: ReportFormat): Promise<RenderedReport> {
  const s = await loadScored(file, '', content);
  const input = toReportInput(s, content);
  const warnings = s.warnings.map(formatIssue);
  if (format === 'pdf') return { bytes: await reportPdf(input, await loadPdfFonts()), warnings };
  return { bytes: new TextEncoder().encode(format === 'md' ? reportMarkdown(input) : planCsv(input)), warnings };
}

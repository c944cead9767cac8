import { contentWidth, ensureSpace, footers, heading, paragraph, plain } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type Doc, type PdfFonts } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { ReportInput } from './report-input.js';
import { impactEffortMatrix } from './report-matrix.js';
import { actionPlan } from './report-plan.js';
import { stageScores, weakestStage } from './report-stages.js';
import { executiveSummary } from './report-summary.js';
import { openRange, scoreFigure } from './report-words.js';
import { workshopSectionPdf } from './workshop-section-pdf.js';

/**
 * The action-plan report as PDF bytes: cover; executive summary; stage scores with their
 * completeness and range; weakest stage; the whole plan with its `later` list; matrix; notes.
 */
export async function reportPdf(input: ReportInput, fonts: PdfFonts): Promise<Uint8Array> {
  const { assessment: a, questionnaire: q } = input;
  const t = pdfText(q.lang);
  // The report is named by its questionnaire: another model's report says its own title.
  const title = q.reportTitle ?? q.title;
  const doc = newDocument(
    {
      title: `${title} — ${a.company.name}`,
      author: a.assessor || 'digimat',
      subject: `${q.title} (${q.id} v${q.version})`,
      lang: q.lang,
      date: a.date,
    },
    fonts,
  );
  cover(doc, input);
  doc.addPage();
  executiveSummary(doc, input);
  stageScores(doc, input);
  weakestStage(doc, input);
  actionPlan(doc, input);
  impactEffortMatrix(doc, input);
  workshopSectionPdf(doc, input);
  notes(doc, input);
  // The company name last, so a name too long for the line is what gets cut.
  footers(doc, `digimat · ${title} · ${a.company.name}`, t.page, true);
  return finish(doc);
}

function cover(doc: Doc, { assessment: a, questionnaire: q, result }: ReportInput): void {
  const lang = q.lang;
  const t = pdfText(lang);
  const w = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 180).fill(COLOR.brand);
  doc.font('bold').fontSize(12).fillColor('#ffffff').text('digimat', MARGIN, 48, { width: w });
  doc
    .font('bold')
    .fontSize(24)
    .text(q.reportTitle ?? q.title, MARGIN, 80, { width: w });
  doc.y = 220;
  doc.font('bold').fontSize(22).fillColor(COLOR.ink).text(a.company.name, MARGIN, doc.y, { width: w });
  doc.moveDown(0.5);
  const rows: [string, string][] = [
    [t.sector, a.company.sector],
    [t.location, a.company.location],
    [t.date, a.date],
    [t.assessor, a.assessor],
    [t.questionnaire, `${q.title} (${q.id}, ${t.version} ${q.version})`],
  ];
  for (const [label, value] of rows) {
    if (!value) continue;
    doc.font('bold').fontSize(10).fillColor(COLOR.muted).text(label, MARGIN, doc.y, { width: w });
    doc.font('body').fontSize(12).fillColor(COLOR.ink).text(value, MARGIN, doc.y, { width: w });
    doc.moveDown(0.4);
  }
  doc.moveDown(1.5);
  const overall = result.score.overall;
  doc.font('bold').fontSize(11).fillColor(COLOR.muted).text(t.overall, MARGIN, doc.y, { width: w });
  doc
    .font('bold')
    .fontSize(44)
    .fillColor(COLOR.brand)
    .text(overall.score === null ? t.notScored : t.outOf100(scoreFigure(lang, overall.score)), MARGIN, doc.y, { width: w });
  if (overall.complete && overall.level) {
    doc.font('bold').fontSize(14).fillColor(COLOR.ink).text(`${t.level}: ${overall.level.label}`, MARGIN, doc.y, { width: w });
    doc.font('body').fontSize(10).fillColor(COLOR.muted).text(overall.level.description, MARGIN, doc.y, { width: w });
  } else {
    // No level while answers are missing: the figure could still move, and the report says how far.
    doc.font('bold').fontSize(14).fillColor(COLOR.accent).text(t.provisionalWord, MARGIN, doc.y, { width: w });
    doc
      .font('body')
      .fontSize(10)
      .fillColor(COLOR.muted)
      .text(`${t.provisional(openRange(lang, overall.range))} ${t.overallWaits}`, MARGIN, doc.y, { width: w });
  }
}

/** The assessor's notes after the matrix, on the same page when they fit; nothing when there are none. */
function notes(doc: Doc, input: ReportInput): void {
  const { assessment: a, questionnaire: q } = input;
  const t = pdfText(q.lang);
  const withNotes = q.questions.filter((x) => a.answers[x.id]?.note);
  if (!a.notes && withNotes.length === 0) return;
  ensureSpace(doc, 120);
  heading(doc, t.notes);
  if (a.notes) {
    paragraph(doc, t.generalNotes, { bold: true });
    paragraph(doc, plain(a.notes));
    doc.moveDown(0.6);
  }
  for (const question of withNotes) {
    ensureSpace(doc, 40);
    paragraph(doc, question.prompt, { bold: true });
    paragraph(doc, a.answers[question.id]!.note!);
    doc.moveDown(0.4);
  }
}

import { workshopText } from '../i18n/workshop-text.js';
import { contentWidth, ensureSpace, heading, paragraph } from './draw.js';
import { COLOR, MARGIN, type Doc } from './pdf-doc.js';
import type { ReportInput } from './report-input.js';
import { workshopSummary, type WorkshopQuestionRow, type WorkshopStageRow } from './workshop-summary.js';
import { formatDecimal } from '../i18n/format-number.js';
import type { Lang } from '../core/lang.js';

/** A figure in the language's own number format, like the rest of the face. */
const num = (lang: Lang, x: number | null) => (x === null ? '—' : formatDecimal(lang, x));

/** One stage's spread: a 0-100 track, the band from min to max, a dot per participant, the median and the consensus. */
function spreadRow(doc: Doc, row: WorkshopStageRow, lang: string): void {
  const t = workshopText(lang);
  const labelW = 150;
  const x0 = MARGIN + labelW + 10;
  const w = contentWidth(doc) - labelW - 10;
  const at = (v: number) => x0 + (w * v) / 100;
  ensureSpace(doc, 44);
  const y = doc.y;
  doc.font('bold').fontSize(10).fillColor(COLOR.ink).text(row.title, MARGIN, y, { width: labelW });
  doc
    .font('body')
    .fontSize(8)
    .fillColor(COLOR.muted)
    .text(
      `${t.consensus} ${num(lang, row.consensus)} · ${t.min} ${num(lang, row.min)} · ${t.median} ${num(lang, row.median)} · ${t.max} ${num(lang, row.max)}`,
      MARGIN,
      doc.y,
      { width: labelW },
    );
  const mid = y + 10;
  doc.rect(x0, mid - 1, w, 2).fill(COLOR.line);
  for (const v of [0, 25, 50, 75, 100]) doc.rect(at(v) - 0.25, mid - 4, 0.5, 8).fill(COLOR.line);
  if (row.min !== null && row.max !== null)
    doc.rect(at(row.min), mid - 6, Math.max(1, at(row.max) - at(row.min)), 12).fill(COLOR.brandLight);
  for (const s of row.scores) doc.circle(at(s), mid, 2.6).fill(COLOR.brand);
  if (row.median !== null) doc.rect(at(row.median) - 0.9, mid - 8, 1.8, 16).fill(COLOR.ink);
  if (row.consensus !== null) {
    const c = at(row.consensus);
    doc.polygon([c, mid - 7], [c + 6, mid], [c, mid + 7], [c - 6, mid]).fill(COLOR.accent);
  }
  doc.font('body').fontSize(7).fillColor(COLOR.muted);
  for (const v of [0, 50, 100]) doc.text(String(v), at(v) - 10, mid + 10, { width: 20, align: 'center', lineBreak: false });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, y + 38);
}

function question(doc: Doc, r: WorkshopQuestionRow, lang: string, withDisagreement: boolean): void {
  const t = workshopText(lang);
  ensureSpace(doc, 50);
  paragraph(doc, r.prompt, { bold: true });
  if (withDisagreement)
    paragraph(doc, `${t.disagreement} ${formatDecimal(lang, r.disagreement, 2)} · ${t.status[r.status]}`, { size: 9, color: COLOR.muted });
  paragraph(doc, `${r.status === 'open' ? '' : `${t.agreed}: `}${r.answer}`);
  if (r.note) paragraph(doc, `${t.note}: ${r.note}`, { size: 9 });
  if (r.owner) paragraph(doc, `${t.owner}: ${r.owner}`, { size: 9 });
  doc.moveDown(0.5);
}

/** The workshop section of the PDF report: who took part, each stage's spread, disputed and open questions. */
export function workshopSectionPdf(doc: Doc, input: ReportInput): void {
  const s = workshopSummary(input);
  if (!s) return;
  const lang = input.questionnaire.lang;
  const t = workshopText(lang);
  doc.addPage();
  heading(doc, t.section);
  paragraph(
    doc,
    `${t.participants(s.participants)}${s.proxies ? `, ${t.proxies(s.proxies)}` : ''}. ${t.roles}: ${s.roles.map((r) => `${r.role} (${r.count})`).join(', ')}.`,
  );
  paragraph(doc, s.names.length ? `${t.names}: ${s.names.join(', ')}.` : t.anonymous, { size: 9, color: COLOR.muted });
  heading(doc, t.spread, 13);
  paragraph(doc, t.legend, { size: 8, color: COLOR.muted });
  doc.moveDown(0.5);
  for (const row of s.stages) spreadRow(doc, row, lang);
  heading(doc, t.disputed, 13);
  if (s.disputed.length === 0) paragraph(doc, t.noDisputed, { color: COLOR.muted });
  for (const r of s.disputed) question(doc, r, lang, true);
  if (s.moreDisputed) paragraph(doc, t.moreDisputed(s.moreDisputed), { size: 9, color: COLOR.muted });
  heading(doc, t.open, 13);
  if (s.open.length === 0) paragraph(doc, t.noOpen, { color: COLOR.muted });
  for (const r of s.open) question(doc, r, lang, false);
}

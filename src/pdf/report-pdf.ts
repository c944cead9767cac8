import { planByHorizon } from '../core/plan.js';
import { PDF_TEXT } from './pdf-text.js';
import { bullets, contentWidth, ensureSpace, footers, heading, paragraph, plain } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type Doc, type PdfFonts } from './pdf-doc.js';
import { reasons, type ReportInput } from './report-input.js';
import { workshopSectionPdf } from './workshop-section-pdf.js';

const NA = { es: 'No aplica', en: 'Not applicable' } as const;

/** The action-plan report as PDF bytes: cover, scores, weakest stage, plan, matrix, notes. */
export async function reportPdf(input: ReportInput, fonts: PdfFonts): Promise<Uint8Array> {
  const { assessment: a, questionnaire: q } = input;
  const t = PDF_TEXT[q.lang];
  const doc = newDocument({ title: `${t.report} — ${a.company.name}`, author: a.assessor || 'digimat', subject: `${q.title} (${q.id} v${q.version})`, lang: q.lang, date: a.date }, fonts);
  cover(doc, input);
  doc.addPage();
  stageScores(doc, input);
  weakest(doc, input);
  plan(doc, input);
  matrix(doc, input);
  workshopSectionPdf(doc, input);
  notes(doc, input);
  footers(doc, `digimat · ${a.company.name} · ${t.report}`, t.page, true);
  return finish(doc);
}

function cover(doc: Doc, { assessment: a, questionnaire: q, result }: ReportInput): void {
  const t = PDF_TEXT[q.lang];
  const w = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 180).fill(COLOR.brand);
  doc.font('bold').fontSize(12).fillColor('#ffffff').text('digimat', MARGIN, 48, { width: w });
  doc.font('bold').fontSize(24).text(t.report, MARGIN, 80, { width: w });
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
  const score = result.score.overall.score;
  doc.font('bold').fontSize(11).fillColor(COLOR.muted).text(t.overall, MARGIN, doc.y, { width: w });
  doc.font('bold').fontSize(44).fillColor(COLOR.brand).text(score === null ? t.notScored : `${score.toFixed(1)} / 100`, MARGIN, doc.y, { width: w });
  if (result.score.overall.level) {
    doc.font('bold').fontSize(14).fillColor(COLOR.ink).text(`${t.level}: ${result.score.overall.level.label}`, MARGIN, doc.y, { width: w });
    doc.font('body').fontSize(10).fillColor(COLOR.muted).text(result.score.overall.level.description, MARGIN, doc.y, { width: w });
  }
}

function stageScores(doc: Doc, { questionnaire: q, result }: ReportInput): void {
  const t = PDF_TEXT[q.lang];
  heading(doc, t.stages);
  const w = contentWidth(doc);
  const labelW = 150;
  const barW = w - labelW - 10;
  const bounds = q.levels.map((l, i) => [l.min, q.levels[i + 1]?.min ?? 100] as const);
  // Level bands legend on top of the bars.
  let y = doc.y;
  bounds.forEach(([lo, hi], i) => {
    const x = MARGIN + labelW + 10 + (barW * lo) / 100;
    doc.rect(x, y, (barW * (hi - lo)) / 100, 14).fill(COLOR.bands[i % COLOR.bands.length]!);
    doc.font('body').fontSize(7).fillColor(COLOR.muted).text(q.levels[i]!.label, x + 2, y + 3, { width: (barW * (hi - lo)) / 100 - 4, lineBreak: false, ellipsis: true });
  });
  y += 22;
  for (const s of result.score.stages) {
    ensureSpace(doc, 40);
    doc.y = Math.max(doc.y, y);
    y = doc.y;
    doc.font('bold').fontSize(10).fillColor(COLOR.ink).text(s.title, MARGIN, y, { width: labelW });
    doc.font('body').fontSize(8).fillColor(COLOR.muted).text(`${s.answered}/${s.applicable} ${t.answered}`, MARGIN, doc.y, { width: labelW });
    const x0 = MARGIN + labelW + 10;
    bounds.forEach(([lo, hi], i) => doc.rect(x0 + (barW * lo) / 100, y, (barW * (hi - lo)) / 100, 18).fill(COLOR.bands[i % COLOR.bands.length]!));
    if (s.score !== null) doc.rect(x0, y + 4, (barW * s.score) / 100, 10).fill(s.id === result.score.weakest ? COLOR.accent : COLOR.brand);
    const label = s.score === null ? t.notScored : `${s.score.toFixed(1)} · ${s.level?.label ?? ''}`;
    doc.font('bold').fontSize(8).fillColor(COLOR.ink).text(label, x0, y + 20, { width: barW });
    y = Math.max(doc.y, y + 32) + 6;
    doc.y = y;
  }
  radar(doc, result.score.stages.map((s) => ({ label: s.title, value: s.score })), t.radar);
}

function radar(doc: Doc, axes: { label: string; value: number | null }[], title: string): void {
  const size = 200;
  ensureSpace(doc, size + 60);
  doc.font('bold').fontSize(11).fillColor(COLOR.brand).text(title, MARGIN, doc.y + 8, { width: contentWidth(doc) });
  const cx = doc.page.width / 2;
  const cy = doc.y + size / 2 + 16;
  const r = size / 2 - 10;
  const n = Math.max(axes.length, 3);
  const pt = (i: number, rr: number): [number, number] => {
    const ang = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + rr * Math.cos(ang), cy + rr * Math.sin(ang)];
  };
  doc.lineWidth(0.5).strokeColor(COLOR.line);
  for (const v of [25, 50, 75, 100]) {
    const ps = Array.from({ length: n }, (_, i) => pt(i, (r * v) / 100));
    doc.polygon(...ps).stroke();
  }
  axes.forEach((_, i) => doc.moveTo(cx, cy).lineTo(...pt(i, r)).stroke());
  const shape = axes.map((a, i) => pt(i, (r * (a.value ?? 0)) / 100));
  doc.polygon(...shape).fillOpacity(0.25).fillAndStroke(COLOR.brand, COLOR.brand);
  doc.fillOpacity(1).lineWidth(1);
  axes.forEach((a, i) => {
    const [x, y] = pt(i, r + 14);
    const text = `${a.label} ${a.value === null ? '—' : a.value.toFixed(0)}`;
    doc.font('body').fontSize(8).fillColor(COLOR.ink);
    const tw = doc.widthOfString(text);
    const left = Math.abs(x - cx) < 4 ? x - tw / 2 : x > cx ? x : x - tw;
    doc.text(text, left, y - 4, { lineBreak: false });
  });
  doc.y = cy + r + 30;
  doc.x = MARGIN;
}

function weakest(doc: Doc, { questionnaire: q, result }: ReportInput): void {
  const t = PDF_TEXT[q.lang];
  const idx = result.score.stages.findIndex((s) => s.id === result.score.weakest);
  if (idx < 0) return;
  heading(doc, t.weakest);
  const s = result.score.stages[idx]!;
  const later = result.score.stages.slice(idx + 1).map((x) => x.title);
  paragraph(doc, later.length ? t.holdsBack(s.title, later) : t.lastStage(s.title));
}

function plan(doc: Doc, input: ReportInput): void {
  const t = PDF_TEXT[input.questionnaire.lang];
  heading(doc, t.plan);
  if (input.result.plan.items.length === 0) {
    paragraph(doc, t.noPlan);
    return;
  }
  let n = 0;
  for (const group of planByHorizon(input.result.plan)) {
    if (group.items.length === 0) continue;
    heading(doc, t.horizons[group.horizon], 13);
    for (const item of group.items) {
      n++;
      ensureSpace(doc, 60);
      paragraph(doc, `${n}. ${item.title}`, { bold: true, size: 11 });
      const kit = item.kitDigital ? ` · ${t.kitDigital}: ${input.kitNames[item.kitDigital] ?? item.kitDigital}` : '';
      paragraph(doc, `${t.priority} ${item.priority.toFixed(2)} · ${t.impact} ${item.impact}/5 · ${t.effort} ${item.effort}/5${kit}`, { size: 9, color: COLOR.muted });
      const action = input.actions.get(item.action);
      if (action) paragraph(doc, plain(action.description));
      paragraph(doc, `${t.because}:`, { bold: true, size: 9 });
      bullets(doc, reasons(input, item.because, NA[input.questionnaire.lang]).map((r) => `${r.prompt} — ${r.answer}`));
      doc.moveDown(0.6);
    }
  }
}

/** Numbered positions of the plan's actions in a 5 × 5 impact/effort grid, in plan order. */
export function matrixPlacement(items: { impact: number; effort: number }[]): { n: number; impact: number; effort: number; slot: number }[] {
  const used = new Map<string, number>();
  return items.map((item, i) => {
    const key = `${item.impact}/${item.effort}`;
    const slot = used.get(key) ?? 0;
    used.set(key, slot + 1);
    return { n: i + 1, impact: item.impact, effort: item.effort, slot };
  });
}

function matrix(doc: Doc, input: ReportInput): void {
  const t = PDF_TEXT[input.questionnaire.lang];
  const items = planByHorizon(input.result.plan).flatMap((g) => g.items);
  if (items.length === 0) return;
  doc.addPage();
  heading(doc, t.matrix);
  paragraph(doc, t.matrixNote, { size: 9, color: COLOR.muted });
  const size = Math.min(contentWidth(doc) - 40, 380);
  const x0 = MARGIN + 40;
  const y0 = doc.y + 10;
  const cell = size / 5;
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 5; c++) {
      const good = (4 - r) + (4 - c); // high impact (top), low effort (left)
      doc.rect(x0 + c * cell, y0 + r * cell, cell, cell).fillAndStroke(good >= 6 ? '#dfeee3' : good >= 4 ? '#f6f8fa' : '#fbf1ea', COLOR.line);
    }
  }
  doc.font('body').fontSize(8).fillColor(COLOR.muted);
  for (let i = 1; i <= 5; i++) {
    doc.text(String(i), x0 + (i - 1) * cell, y0 + size + 4, { width: cell, align: 'center' });
    doc.text(String(i), x0 - 16, y0 + (5 - i) * cell + cell / 2 - 4, { width: 12, align: 'right' });
  }
  doc.font('bold').text(`${t.effort} (1–5)`, x0, y0 + size + 16, { width: size, align: 'center' });
  doc.save().rotate(-90, { origin: [x0 - 30, y0 + size / 2] }).text(`${t.impact} (1–5)`, x0 - 30 - size / 2, y0 + size / 2 - 4, { width: size, align: 'center' }).restore();
  // Dots sit on a small grid inside each cell so several actions in one cell never overlap; the grid
  // grows with the most crowded cell.
  const placed = matrixPlacement(items);
  const perRow = Math.max(4, Math.ceil(Math.sqrt(Math.max(...placed.map((p) => p.slot + 1)))));
  const step = cell / perRow;
  const r = Math.min(9, step * 0.4);
  for (const p of placed) {
    const cx = x0 + (p.effort - 1) * cell + step * ((p.slot % perRow) + 0.5);
    const cy = y0 + (5 - p.impact) * cell + step * (Math.floor(p.slot / perRow) + 0.5);
    doc.circle(cx, cy, r).fill(COLOR.brand);
    doc.font('bold').fontSize(Math.max(5, r * 0.9)).fillColor('#ffffff').text(String(p.n), cx - r, cy - r * 0.45, { width: r * 2, align: 'center', lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = y0 + size + 36;
  doc.fillColor(COLOR.ink);
  items.forEach((item, i) => paragraph(doc, `${i + 1}. ${item.title} (${t.impact} ${item.impact}, ${t.effort} ${item.effort})`, { size: 9 }));
}

function notes(doc: Doc, input: ReportInput): void {
  const { assessment: a, questionnaire: q } = input;
  const t = PDF_TEXT[q.lang];
  doc.addPage();
  heading(doc, t.notes);
  if (a.notes) {
    paragraph(doc, t.generalNotes, { bold: true });
    paragraph(doc, plain(a.notes));
    doc.moveDown(0.6);
  }
  const withNotes = q.questions.filter((x) => a.answers[x.id]?.note);
  if (withNotes.length === 0) paragraph(doc, t.noNotes, { color: COLOR.muted });
  for (const question of withNotes) {
    ensureSpace(doc, 40);
    paragraph(doc, question.prompt, { bold: true });
    paragraph(doc, a.answers[question.id]!.note!);
    doc.moveDown(0.4);
  }
}

import { cliText } from '../i18n/cli-text.js';
import { formatDecimal, formatPercent } from '../i18n/format-number.js';
import { weakestMissing } from '../i18n/weakest-missing.js';
import { funnelNote } from '../i18n/funnel-note.js';
import { contentWidth, ensureSpace, heading, paragraph, wrappedLines } from './draw.js';
import { COLOR, MARGIN, type Doc } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { ReportInput } from './report-input.js';
import { openRange, scoreFigure, stageVerdict } from './report-words.js';

/**
 * Each stage's score as a bar over the level bands, with the range it could still reach drawn
 * around it while the stage is incomplete, then the radar of the stages.
 */
export function stageScores(doc: Doc, { questionnaire: q, result }: ReportInput): void {
  const lang = q.lang;
  const t = pdfText(lang);
  heading(doc, t.stages);
  const w = contentWidth(doc);
  const labelW = 150;
  const barW = w - labelW - 10;
  const x0 = MARGIN + labelW + 10;
  const bounds = q.levels.map((l, i) => [l.min, q.levels[i + 1]?.min ?? 100] as const);
  // Level bands legend on top of the bars.
  ensureSpace(doc, 80);
  let y = doc.y;
  bounds.forEach(([lo, hi], i) => {
    const x = x0 + (barW * lo) / 100;
    doc.rect(x, y, (barW * (hi - lo)) / 100, 14).fill(COLOR.bands[i % COLOR.bands.length]!);
    doc
      .font('body')
      .fontSize(7)
      .fillColor(COLOR.muted)
      .text(q.levels[i]!.label, x + 2, y + 3, { width: (barW * (hi - lo)) / 100 - 4, lineBreak: false, ellipsis: true });
  });
  y += 22;
  for (const s of result.score.stages) {
    // The row is as tall as its title wraps (a 60-character title takes three lines beside the bar),
    // and moves whole to the next page when it would not fit: label and bar stay side by side.
    doc.font('bold').fontSize(10);
    const titleH = wrappedLines(doc, s.title, labelW) * doc.currentLineHeight(true);
    doc.font('body').fontSize(8);
    const rowH = Math.max(32, titleH + doc.currentLineHeight(true));
    if (doc.y + rowH + 6 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc.y = Math.max(doc.y, y);
    y = doc.y;
    doc.font('bold').fontSize(10).fillColor(COLOR.ink).text(s.title, MARGIN, y, { width: labelW });
    doc
      .font('body')
      .fontSize(8)
      .fillColor(COLOR.muted)
      .text(`${s.answered}/${s.applicable} ${t.answered} · ${formatPercent(lang, s.completeness)}`, MARGIN, doc.y, { width: labelW });
    const labelBottom = doc.y;
    bounds.forEach(([lo, hi], i) =>
      doc.rect(x0 + (barW * lo) / 100, y, (barW * (hi - lo)) / 100, 18).fill(COLOR.bands[i % COLOR.bands.length]!),
    );
    // The range the score could still reach: an outlined band around the bar.
    if (s.range && !s.complete) {
      doc
        .lineWidth(0.8)
        .rect(x0 + (barW * s.range.min) / 100, y + 2, Math.max(1, (barW * (s.range.max - s.range.min)) / 100), 14)
        .fillOpacity(0.35)
        .fillAndStroke(COLOR.brandLight, COLOR.brand);
      doc.fillOpacity(1);
    }
    if (s.score !== null) doc.rect(x0, y + 4, (barW * s.score) / 100, 10).fill(s.id === result.score.weakest ? COLOR.accent : COLOR.brand);
    const range = openRange(lang, s.range);
    const label = `${scoreFigure(lang, s.score)}${range && !s.complete && s.score !== null ? ` (${range})` : ''} · ${stageVerdict(lang, s)}`;
    doc
      .font('bold')
      .fontSize(8)
      .fillColor(COLOR.ink)
      .text(label, x0, y + 20, { width: barW });
    y = Math.max(doc.y, labelBottom, y + 32) + 6;
    doc.y = y;
  }
  radar(
    doc,
    result.score.stages.map((s) => ({ label: s.title, value: s.score, provisional: !s.complete })),
    t.radar,
    (v) => formatDecimal(lang, v, 0),
    t.provisionalWord,
  );
}

function radar(
  doc: Doc,
  axes: { label: string; value: number | null; provisional: boolean }[],
  title: string,
  figure: (v: number) => string,
  provisional: string,
): void {
  // Full size when the page has room; smaller rather than leaving the rest of the page empty.
  const room = doc.page.height - doc.page.margins.bottom - doc.y - 60;
  if (room < 150) doc.addPage();
  const size = Math.min(200, Math.max(150, room));
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(COLOR.brand)
    .text(title, MARGIN, doc.y + 8, { width: contentWidth(doc) });
  const cx = doc.page.width / 2;
  const r = size / 2 - 10;
  const n = Math.max(axes.length, 3);
  const ang = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  // Each label wraps within the room on its side of the chart, so a long stage title (up to 60
  // characters) takes two or three short lines instead of running over the chart or off the page.
  doc.font('body').fontSize(8);
  const lineH = doc.currentLineHeight(true);
  const labels = axes.map((a, i) => {
    const dx = Math.cos(ang(i));
    const side = Math.abs(dx) < 0.05 ? 'middle' : dx > 0 ? 'right' : 'left';
    const x = cx + (r + 14) * dx;
    const room = side === 'middle' ? 2 * (r + 40) : side === 'right' ? doc.page.width - MARGIN - x : x - MARGIN;
    const text = `${a.label} ${a.value === null ? '—' : figure(a.value)}${a.provisional && a.value !== null ? ` (${provisional})` : ''}`;
    const width = Math.min(room, doc.widthOfString(text) + 1);
    return { text, side, width, height: wrappedLines(doc, text, width) * lineH };
  });
  // A two-line label above the chart pushes the chart down rather than into the heading.
  const cy = doc.y + size / 2 + 16 + Math.max(0, (labels[0]?.height ?? 0) - lineH);
  const pt = (i: number, rr: number): [number, number] => [cx + rr * Math.cos(ang(i)), cy + rr * Math.sin(ang(i))];
  doc.lineWidth(0.5).strokeColor(COLOR.line);
  for (const v of [25, 50, 75, 100]) {
    const ps = Array.from({ length: n }, (_, i) => pt(i, (r * v) / 100));
    doc.polygon(...ps).stroke();
  }
  axes.forEach((_, i) =>
    doc
      .moveTo(cx, cy)
      .lineTo(...pt(i, r))
      .stroke(),
  );
  const shape = axes.map((a, i) => pt(i, (r * (a.value ?? 0)) / 100));
  doc
    .polygon(...shape)
    .fillOpacity(0.25)
    .fillAndStroke(COLOR.brand, COLOR.brand);
  doc.fillOpacity(1).lineWidth(1);
  let bottom = cy + r + 30;
  labels.forEach((l, i) => {
    const [x, y] = pt(i, r + 14);
    const left = l.side === 'middle' ? x - l.width / 2 : l.side === 'right' ? x : x - l.width;
    const above = l.side === 'middle' && y < cy;
    const top = above ? y + 4 - l.height : l.side === 'middle' ? y - 4 : y - l.height / 2;
    doc
      .font('body')
      .fontSize(8)
      .fillColor(COLOR.ink)
      .text(l.text, left, top, { width: l.width, align: l.side === 'left' ? 'right' : l.side === 'middle' ? 'center' : 'left' });
    bottom = Math.max(bottom, top + l.height + 12);
  });
  doc.y = bottom;
  doc.x = MARGIN;
}

/**
 * The weakest stage and what it holds back, chosen among complete stages only; while none is
 * complete, a sentence says so instead of naming one.
 */
export function weakestStage(doc: Doc, { questionnaire: q, result }: ReportInput): void {
  const t = pdfText(q.lang);
  const stages = result.score.stages;
  heading(doc, t.weakest);
  const idx = stages.findIndex((s) => s.id === result.score.weakest);
  if (idx < 0) {
    const open = result.score.weakestUnknownBecause;
    paragraph(doc, open.length ? capitalised(weakestMissing(cliText(q.lang), result.score)) : t.noWeakestYet);
    return;
  }
  const s = stages[idx]!;
  const later = stages.slice(idx + 1).map((x) => x.title);
  paragraph(doc, [t.lowest(s.title), funnelNote(q, later)].filter(Boolean).join(' '));
  const incomplete = stages.filter((x) => !x.complete).map((x) => x.title);
  if (incomplete.length) paragraph(doc, t.onlyComplete(incomplete), { size: 9, color: COLOR.muted });
}

function capitalised(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

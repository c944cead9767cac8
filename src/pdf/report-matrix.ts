import { contentWidth, ensureSpace, heading, paragraph } from './draw.js';
import { COLOR, MARGIN, type Doc } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { ReportInput } from './report-input.js';

/** Positions of the plan's actions in a 5 × 5 impact/effort grid, each numbered by its rank. */
export function matrixPlacement(
  items: { rank: number; impact: number; effort: number }[],
): { n: number; impact: number; effort: number; slot: number }[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const key = `${item.impact}/${item.effort}`;
    const slot = used.get(key) ?? 0;
    used.set(key, slot + 1);
    return { n: item.rank, impact: item.impact, effort: item.effort, slot };
  });
}

/** The smallest and largest side of the impact/effort grid, in points. */
const GRID = { min: 220, max: 380 } as const;

/** Every action of the plan, `later` included, placed by impact and effort and numbered by rank. */
export function impactEffortMatrix(doc: Doc, input: ReportInput): void {
  const t = pdfText(input.questionnaire.lang);
  const items = input.result.plan.items; // in rank order
  if (items.length === 0) return;
  // The grid already shows impact and effort; the legend only ties each number to its action.
  const legend = items.map((item) => `${item.rank}. ${item.title}`);
  const columnWidth = (contentWidth(doc) - 16) / 2;
  doc.font('body').fontSize(8);
  const rowHeights = Array.from({ length: Math.ceil(legend.length / 2) }, (_, r) =>
    Math.max(
      ...[legend[2 * r], legend[2 * r + 1]]
        .filter((x) => x !== undefined)
        .map((x) => doc.heightOfString(x, { width: columnWidth, lineGap: 1 })),
    ),
  );
  const legendHeight = rowHeights.reduce((a, b) => a + b + 2, 0);
  doc.font('bold').fontSize(16);
  const titleHeight = 0.9 * 16 + doc.heightOfString(t.matrix, { width: contentWidth(doc) }) + 8;
  doc.font('body').fontSize(9);
  const noteHeight = doc.heightOfString(t.matrixNote, { width: contentWidth(doc), lineGap: 2 });
  const around = titleHeight + noteHeight + 10 + 36 + 8; // title, note, gap, axis labels, gap before the legend
  const bottom = doc.page.height - doc.page.margins.bottom;
  // The grid takes what the page has left, between its smallest and largest side, so the matrix
  // follows the plan on the same page when it fits there rather than leaving that page half empty.
  // On a page still under a quarter full it starts there anyway, its legend going on to the next.
  const fits = (room: number) => Math.min(GRID.max, contentWidth(doc) - 40, room - around - legendHeight);
  const top = doc.page.margins.top;
  const nearlyEmpty = doc.y - top < 0.25 * (bottom - top);
  if (fits(bottom - doc.y) < GRID.min && !nearlyEmpty) doc.addPage();
  const size = Math.max(GRID.min, fits(bottom - doc.y));
  heading(doc, t.matrix);
  paragraph(doc, t.matrixNote, { size: 9, color: COLOR.muted });
  const x0 = MARGIN + 40;
  const y0 = doc.y + 10;
  const cell = size / 5;
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 5; c++) {
      const good = 4 - r + (4 - c); // high impact (top), low effort (left)
      doc
        .rect(x0 + c * cell, y0 + r * cell, cell, cell)
        .fillAndStroke(good >= 6 ? '#dfeee3' : good >= 4 ? '#f6f8fa' : '#fbf1ea', COLOR.line);
    }
  }
  doc.font('body').fontSize(8).fillColor(COLOR.muted);
  for (let i = 1; i <= 5; i++) {
    doc.text(String(i), x0 + (i - 1) * cell, y0 + size + 4, { width: cell, align: 'center' });
    doc.text(String(i), x0 - 16, y0 + (5 - i) * cell + cell / 2 - 4, { width: 12, align: 'right' });
  }
  doc.font('bold').text(`${t.effort} (1–5)`, x0, y0 + size + 16, { width: size, align: 'center' });
  doc
    .save()
    .rotate(-90, { origin: [x0 - 30, y0 + size / 2] })
    .text(`${t.impact} (1–5)`, x0 - 30 - size / 2, y0 + size / 2 - 4, { width: size, align: 'center' })
    .restore();
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
    doc
      .font('bold')
      .fontSize(Math.max(5, r * 0.9))
      .fillColor('#ffffff')
      .text(String(p.n), cx - r, cy - r * 0.45, { width: r * 2, align: 'center', lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = y0 + size + 36;
  // The legend in two columns, row by row, so a long plan's legend can go on to the next page.
  doc.font('body').fontSize(8).fillColor(COLOR.ink);
  rowHeights.forEach((h, row) => {
    ensureSpace(doc, h);
    const y = doc.y;
    [legend[2 * row], legend[2 * row + 1]].forEach((text, col) => {
      if (text !== undefined) doc.text(text, MARGIN + col * (columnWidth + 16), y, { width: columnWidth, lineGap: 1 });
    });
    doc.x = MARGIN;
    doc.y = y + h + 2;
  });
  doc.font('body').fontSize(10);
}

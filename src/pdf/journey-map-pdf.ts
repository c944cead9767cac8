import { annex, fitInBox, footers, wrappedLines, type Overflow } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type PdfFonts } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { WorksheetInput } from './worksheet-input.js';

const ROWS = ['touchpoints', 'actions', 'emotions', 'expectations', 'painPoints', 'opportunities'] as const;

/** The customer-journey worksheet: the questionnaire's stages as columns, six rows. A4 landscape. */
export async function journeyMapPdf(input: WorksheetInput, fonts: PdfFonts): Promise<Uint8Array> {
  const t = pdfText(input.lang);
  const j = t.journey;
  const doc = newDocument(
    {
      title: j.title,
      author: input.company ?? 'digimat',
      subject: input.material?.journey ? (input.company ?? '') : t.blank,
      lang: input.lang,
      date: input.date,
      layout: 'landscape',
    },
    fonts,
  );
  const W = doc.page.width - 2 * MARGIN;
  doc
    .font('bold')
    .fontSize(18)
    .fillColor(COLOR.brand)
    .text(j.title, MARGIN, MARGIN, { width: W * 0.6 });
  doc
    .font('body')
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(input.company ?? (input.material ? '' : t.blank), MARGIN + W * 0.6, MARGIN + 6, { width: W * 0.4, align: 'right' });
  const top = MARGIN + 34;
  const bottom = doc.page.height - MARGIN - 14;
  const labelW = 100;
  const colW = (W - labelW) / Math.max(1, input.stages.length);
  // The header grows to hold the longest stage title whole (60 characters in six columns take four
  // lines); a title is never cut, since it names the column a participant writes in.
  doc.font('bold').fontSize(10);
  const titleLines = Math.max(1, ...input.stages.map((s) => wrappedLines(doc, s.title, colW - 12)));
  const lineH = doc.currentLineHeight(true);
  const headH = Math.max(26, Math.ceil(titleLines * lineH + 14));
  const rowH = (bottom - top - headH) / ROWS.length;
  const overflow: Overflow[] = [];
  doc.lineWidth(0.8).strokeColor(COLOR.line);
  input.stages.forEach((s, c) => {
    const x = MARGIN + labelW + c * colW;
    doc.rect(x, top, colW, headH).fillAndStroke(COLOR.brand, COLOR.line);
    const lines = wrappedLines(doc, s.title, colW - 12);
    // Centred vertically in the header, whatever its own number of lines.
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#ffffff')
      .text(s.title, x + 6, top + (headH - lines * lineH) / 2 + 1, { width: colW - 12, align: 'center' });
  });
  ROWS.forEach((row, r) => {
    const y = top + headH + r * rowH;
    doc.rect(MARGIN, y, labelW, rowH).fillAndStroke(COLOR.brandLight, COLOR.line);
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(COLOR.brand)
      .text(j.rows[row], MARGIN + 6, y + 6, { width: labelW - 12 });
    input.stages.forEach((s, c) => {
      const x = MARGIN + labelW + c * colW;
      doc.rect(x, y, colW, rowH).stroke();
      const lines = input.material?.journey?.[s.id]?.[row] ?? [];
      fitInBox(doc, lines, { x: x + 5, y: y + 5, w: colW - 10, h: rowH - 10 }, `${s.title} — ${j.rows[row]}`, overflow, t.continued);
    });
  });
  annex(doc, overflow, t.continuedTitle, 'landscape');
  footers(doc, `digimat · ${j.title}`, t.page);
  return finish(doc);
}

import { annex, fitInBox, footers, type Overflow } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type PdfFonts } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { WorksheetInput } from './worksheet-input.js';

/** The empathy-map worksheet: one profile in the centre, four areas around it, pains and gains below. A4 landscape. */
export async function empathyMapPdf(input: WorksheetInput, fonts: PdfFonts): Promise<Uint8Array> {
  const t = pdfText(input.lang);
  const e = t.empathy;
  const m = input.material?.empathyMap;
  const doc = newDocument(
    {
      title: e.title,
      author: input.company ?? 'digimat',
      subject: m ? m.profile : t.blank,
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
    .text(e.title, MARGIN, MARGIN, { width: W * 0.6 });
  doc
    .font('body')
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(input.company ?? (input.material ? '' : t.blank), MARGIN + W * 0.6, MARGIN + 6, { width: W * 0.4, align: 'right' });
  const top = MARGIN + 32;
  const bottom = doc.page.height - MARGIN - 14;
  const mapH = (bottom - top) * 0.68;
  const half = { w: W / 2, h: mapH / 2 };
  const overflow: Overflow[] = [];
  const areas = [
    { title: e.thinksFeels, lines: m?.thinksFeels, x: MARGIN, y: top },
    { title: e.sees, lines: m?.sees, x: MARGIN + half.w, y: top },
    { title: e.hears, lines: m?.hears, x: MARGIN, y: top + half.h },
    { title: e.saysDoes, lines: m?.saysDoes, x: MARGIN + half.w, y: top + half.h },
  ];
  doc.lineWidth(1).strokeColor(COLOR.line);
  for (const a of areas) {
    doc.rect(a.x, a.y, half.w, half.h).stroke();
    // Titles sit at the outer corners, away from the profile in the centre.
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(COLOR.brand)
      .text(a.title, a.x + 10, a.y + 8, { width: half.w - 20, align: a.x === MARGIN ? 'left' : 'right' });
  }
  // The profile sits in the centre; area text keeps clear of it.
  const cx = MARGIN + W / 2;
  const cy = top + mapH / 2;
  const rx = 95;
  const ry = 42;
  doc.ellipse(cx, cy, rx, ry).fillAndStroke('#ffffff', COLOR.brand);
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(COLOR.muted)
    .text(e.profile, cx - rx + 10, cy - 22, { width: 2 * rx - 20, align: 'center' });
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(COLOR.ink)
    .text(m?.profile ?? '', cx - rx + 12, cy - 8, { width: 2 * rx - 24, align: 'center', height: 34, ellipsis: true });
  for (const a of areas) {
    const clearX = a.x === MARGIN ? 0 : rx; // leave room for the ellipse on the inner side
    const boxW = half.w - 20 - (a.x === MARGIN ? rx : 0) - (a.x === MARGIN ? 0 : clearX);
    const boxX = a.x + 10 + (a.x === MARGIN ? 0 : rx);
    fitInBox(doc, a.lines ?? [], { x: boxX, y: a.y + 28, w: boxW, h: half.h - 38 }, a.title, overflow, t.continued);
  }
  const lowTop = top + mapH + 12;
  const lowH = bottom - lowTop;
  for (const [i, [title, hint, lines]] of (
    [
      [e.pains, e.painsHint, m?.pains],
      [e.gains, e.gainsHint, m?.gains],
    ] as const
  ).entries()) {
    const x = MARGIN + i * (W / 2 + 6);
    const w = W / 2 - 6;
    doc.rect(x, lowTop, w, lowH).fillAndStroke(i === 0 ? '#fbf1ea' : '#eef6f0', COLOR.line);
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(COLOR.brand)
      .text(title, x + 10, lowTop + 8, { width: w - 20, continued: true })
      .font('body')
      .fontSize(8)
      .fillColor(COLOR.muted)
      .text(`  ${hint}`);
    fitInBox(doc, [...(lines ?? [])], { x: x + 10, y: lowTop + 26, w: w - 20, h: lowH - 32 }, title, overflow, t.continued);
  }
  annex(doc, overflow, t.continuedTitle, 'landscape');
  footers(doc, `digimat · ${e.title}`, t.page);
  return finish(doc);
}

import { CHANNELS, CONSUMER_FAMILIES } from '../schema/worksheets-schema.js';
import { annex, fitInBox, fitLine, footers, type Overflow } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type Doc, type PdfFonts } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { WorksheetInput } from './worksheet-input.js';

type Box = { x: number; y: number; w: number; h: number };

/** Space between the boxes of the sheet. */
const GAP = 10;
/** Height of a box's title band. */
const TITLE_H = 18;
/** Distance between the lines to write on in a blank box. */
const RULE = 17;

/**
 * A titled frame: the material's lines inside when filled (what does not fit goes whole to the
 * annex), lines to write on when blank.
 */
function field(doc: Doc, box: Box, title: string, lines: readonly string[] | undefined, overflow: Overflow[], continued: string): void {
  doc.lineWidth(0.8).strokeColor(COLOR.line).rect(box.x, box.y, box.w, box.h).stroke();
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(COLOR.brand)
    .text(title, box.x + 8, box.y + 6, { width: box.w - 16, lineBreak: false });
  const inner = { x: box.x + 8, y: box.y + TITLE_H + 2, w: box.w - 16, h: box.h - TITLE_H - 8 };
  if (lines?.length) {
    fitInBox(doc, [...lines], inner, title, overflow, continued);
    return;
  }
  doc.lineWidth(0.5).strokeColor(COLOR.line);
  for (let y = inner.y + RULE; y <= inner.y + inner.h; y += RULE)
    doc
      .moveTo(inner.x, y)
      .lineTo(inner.x + inner.w, y)
      .stroke();
}

/** A tick box with its label (and a muted note under it); returns the height used. */
function tick(doc: Doc, x: number, y: number, w: number, checked: boolean, label: string, note?: string): number {
  doc
    .lineWidth(0.8)
    .strokeColor(COLOR.ink)
    .rect(x, y + 1, 9, 9)
    .stroke();
  if (checked)
    doc
      .moveTo(x + 1.5, y + 6)
      .lineTo(x + 4, y + 9)
      .lineTo(x + 8, y + 2.5)
      .lineWidth(1.5)
      .strokeColor(COLOR.brand)
      .stroke();
  doc
    .font(checked ? 'bold' : 'body')
    .fontSize(9)
    .fillColor(COLOR.ink)
    .text(label, x + 14, y, { width: w - 14 });
  if (note)
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor(COLOR.muted)
      .text(note, x + 14, doc.y, { width: w - 14 });
  doc.fillColor(COLOR.ink);
  return doc.y - y;
}

function sectionTitle(doc: Doc, text: string, x: number, y: number, w: number): void {
  doc.font('bold').fontSize(12).fillColor(COLOR.brand).text(text, x, y, { width: w, lineBreak: false });
}

/**
 * The buyer-persona worksheet on one A4 portrait page: identity; goals, challenges, behaviour and
 * objections beside preferred channels and segmentation; the digital-consumer types below. Filled,
 * text too long for its box goes whole to an annex page, as in the other worksheets.
 */
export async function buyerPersonaPdf(input: WorksheetInput, fonts: PdfFonts): Promise<Uint8Array> {
  const t = pdfText(input.lang);
  const p = t.persona;
  const m = input.material?.persona;
  const doc = newDocument(
    { title: p.title, author: input.company ?? 'digimat', subject: m?.name ?? t.blank, lang: input.lang, date: input.date },
    fonts,
  );
  const W = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 8;
  const overflow: Overflow[] = [];
  // The sheet is drawn at fixed places; the bottom margin is lifted so pdfkit never starts a page.
  doc.page.margins.bottom = 0;

  doc
    .font('bold')
    .fontSize(20)
    .fillColor(COLOR.brand)
    .text(p.title, MARGIN, MARGIN, { width: W * 0.6, lineBreak: false });
  doc.font('body').fontSize(9).fillColor(COLOR.muted);
  doc.text(fitLine(doc, input.company ?? (input.material ? '' : t.blank), W * 0.4), MARGIN + W * 0.6, MARGIN + 8, {
    width: W * 0.4,
    align: 'right',
    lineBreak: false,
  });

  // Identity: four fields in two rows of two.
  let y = MARGIN + 34;
  sectionTitle(doc, p.identity, MARGIN, y, W);
  y += 20;
  const half = (W - GAP) / 2;
  const identity = [
    [p.name, m?.name],
    [p.age, m?.age],
    [p.occupation, m?.occupation],
    [p.location, m?.location],
  ] as const;
  identity.forEach(([label, value], i) => {
    const x = MARGIN + (i % 2) * (half + GAP);
    const rowY = y + Math.floor(i / 2) * 20;
    doc.font('bold').fontSize(10).fillColor(COLOR.ink).text(`${label}:`, x, rowY, { width: 70, lineBreak: false });
    if (value) {
      const shown = fitLine(doc.font('body'), value, half - 74);
      doc.text(shown, x + 74, rowY, { lineBreak: false });
      if (shown !== value) overflow.push({ title: label, text: value });
    } else
      doc
        .lineWidth(0.5)
        .strokeColor(COLOR.line)
        .moveTo(x + 74, rowY + 12)
        .lineTo(x + half, rowY + 12)
        .stroke();
  });
  y += 2 * 20 + 6;

  // The consumer types take the foot of the page; the two columns share what is left above them.
  const familyW = (W - 2 * GAP) / 3;
  doc.font('body');
  const typeHeights = CONSUMER_FAMILIES.map(([, types]) =>
    types.reduce((sum, type) => {
      doc.font('bold').fontSize(9);
      const label = doc.heightOfString(p.types[type]![0], { width: familyW - 14 });
      doc.font('body').fontSize(7.5);
      return sum + label + doc.heightOfString(p.types[type]![1], { width: familyW - 14 }) + 5;
    }, 0),
  );
  doc.font('bold').fontSize(9);
  const familyTitleH = Math.max(...CONSUMER_FAMILIES.map(([f]) => doc.heightOfString(p.families[f], { width: familyW }))) + 4;
  const typesTop = bottom - (20 + familyTitleH + Math.max(...typeHeights));

  const colBottom = typesTop - GAP;
  const left = { x: MARGIN, w: half };
  const right = { x: MARGIN + half + GAP, w: half };
  const texts = [
    [p.goals, m?.goals],
    [p.challenges, m?.challenges],
    [p.behaviour, m?.behaviour],
    [p.objections, m?.objections],
  ] as const;
  const textH = (colBottom - y - GAP * (texts.length - 1)) / texts.length;
  texts.forEach(([title, lines], i) =>
    field(doc, { x: left.x, y: y + i * (textH + GAP), w: left.w, h: textH }, title, lines, overflow, t.continued),
  );

  // Right column: channels as tick boxes in two columns, then the four segmentation fields.
  sectionTitle(doc, p.channels, right.x, y, right.w);
  const perColumn = Math.ceil(CHANNELS.length / 2);
  CHANNELS.forEach((c, i) => {
    const x = right.x + Math.floor(i / perColumn) * (right.w / 2);
    tick(doc, x, y + 20 + (i % perColumn) * 15, right.w / 2, Boolean(m?.channels?.includes(c)), p.channelNames[c] ?? c);
  });
  let ry = y + 20 + perColumn * 15 + GAP;
  sectionTitle(doc, p.segmentation, right.x, ry, right.w);
  ry += 20;
  const segments = ['value', 'socioDemographic', 'behavioural', 'psychographic'] as const;
  const segH = (colBottom - ry - GAP * (segments.length - 1)) / segments.length;
  segments.forEach((key, i) => {
    const v = m?.segmentation?.[key];
    field(doc, { x: right.x, y: ry + i * (segH + GAP), w: right.w, h: segH }, p.segments[key], v ? [v] : undefined, overflow, t.continued);
  });

  // The seven digital-consumer types in their three families, side by side.
  sectionTitle(doc, p.typology, MARGIN, typesTop, W);
  CONSUMER_FAMILIES.forEach(([family, types], i) => {
    const x = MARGIN + i * (familyW + GAP);
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(COLOR.muted)
      .text(p.families[family], x, typesTop + 20, { width: familyW });
    let ty = typesTop + 20 + familyTitleH;
    for (const type of types) ty += tick(doc, x, ty, familyW, m?.consumerType === type, p.types[type]![0], p.types[type]![1]) + 5;
  });

  doc.page.margins.bottom = MARGIN;
  annex(doc, overflow, t.continuedTitle);
  footers(doc, `digimat · ${p.title}`, t.page);
  return finish(doc);
}

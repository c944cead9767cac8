import { CHANNELS, CONSUMER_FAMILIES } from '../schema/worksheets-schema.js';
import { bullets, contentWidth, ensureSpace, footers, heading, paragraph } from './draw.js';
import { COLOR, MARGIN, finish, newDocument, type Doc, type PdfFonts } from './pdf-doc.js';
import { PDF_TEXT } from './pdf-text.js';
import type { WorksheetInput } from './worksheet-input.js';


/** Lines to write on when blank, the material's lines when filled; flows onto further pages. */
function field(doc: Doc, title: string, lines: readonly string[] | undefined, blankLines = 3): void {
  ensureSpace(doc, 50);
  paragraph(doc, title, { bold: true, color: COLOR.brand });
  if (lines && lines.length) {
    bullets(doc, [...lines]);
  } else {
    for (let i = 0; i < blankLines; i++) {
      ensureSpace(doc, 20);
      const y = doc.y + 16;
      doc.moveTo(MARGIN, y).lineTo(MARGIN + contentWidth(doc), y).lineWidth(0.5).strokeColor(COLOR.line).stroke();
      doc.y = y + 2;
    }
  }
  doc.moveDown(0.6);
}

function tick(doc: Doc, checked: boolean, label: string, note?: string): void {
  ensureSpace(doc, 18);
  const y = doc.y;
  doc.lineWidth(0.8).strokeColor(COLOR.ink).rect(MARGIN + 4, y + 1, 9, 9).stroke();
  if (checked) doc.moveTo(MARGIN + 5.5, y + 6).lineTo(MARGIN + 8, y + 9).lineTo(MARGIN + 12, y + 2.5).lineWidth(1.5).strokeColor(COLOR.brand).stroke();
  doc.font(checked ? 'bold' : 'body').fontSize(10).fillColor(COLOR.ink).text(label, MARGIN + 20, y, { width: contentWidth(doc) - 20, continued: Boolean(note) });
  if (note) doc.font('body').fontSize(9).fillColor(COLOR.muted).text(` — ${note}`);
  doc.fillColor(COLOR.ink);
}

/** The buyer-persona worksheet: identity, goals, challenges, behaviour, channels, objections, segmentation, consumer type. */
export async function buyerPersonaPdf(input: WorksheetInput, fonts: PdfFonts): Promise<Uint8Array> {
  const t = PDF_TEXT[input.lang];
  const p = t.persona;
  const m = input.material?.persona;
  const doc = newDocument({ title: p.title, author: input.company ?? 'digimat', subject: m?.name ?? t.blank, lang: input.lang, date: input.date }, fonts);
  doc.font('bold').fontSize(20).fillColor(COLOR.brand).text(p.title, MARGIN, MARGIN, { width: contentWidth(doc) });
  doc.font('body').fontSize(9).fillColor(COLOR.muted).text(input.company ?? (input.material ? "" : t.blank), { width: contentWidth(doc) });
  heading(doc, p.identity, 13);
  for (const [label, value] of [[p.name, m?.name], [p.age, m?.age], [p.occupation, m?.occupation], [p.location, m?.location]] as const) {
    ensureSpace(doc, 22);
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor(COLOR.ink).text(`${label}:`, MARGIN, y, { width: 90 });
    if (value) doc.font('body').text(value, MARGIN + 95, y, { width: contentWidth(doc) - 95 });
    else doc.moveTo(MARGIN + 95, y + 12).lineTo(MARGIN + contentWidth(doc), y + 12).lineWidth(0.5).strokeColor(COLOR.line).stroke();
    doc.x = MARGIN;
    doc.y = Math.max(doc.y, y + 18);
  }
  field(doc, p.goals, m?.goals);
  field(doc, p.challenges, m?.challenges);
  field(doc, p.behaviour, m?.behaviour);
  heading(doc, p.channels, 13);
  for (const c of CHANNELS) tick(doc, Boolean(m?.channels?.includes(c)), p.channelNames[c] ?? c);
  doc.moveDown(0.5);
  field(doc, p.objections, m?.objections);
  heading(doc, p.segmentation, 13);
  for (const key of ['value', 'socioDemographic', 'behavioural', 'psychographic'] as const) {
    const v = m?.segmentation?.[key];
    field(doc, p.segments[key], v ? [v] : undefined, 2);
  }
  heading(doc, p.typology, 13);
  for (const [family, types] of CONSUMER_FAMILIES) {
    ensureSpace(doc, 60);
    paragraph(doc, p.families[family], { bold: true, size: 10, color: COLOR.muted });
    for (const type of types) tick(doc, m?.consumerType === type, p.types[type]![0], p.types[type]![1]);
    doc.moveDown(0.4);
  }
  footers(doc, `digimat · ${p.title}`, t.page);
  return finish(doc);
}

import { COLOR, MARGIN, type Doc } from './pdf-doc.js';

/** Plain text from our Markdown (the documents print text, not markup). */
export function plain(markdown: string): string {
  return markdown
    .replace(/\r/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/\*([^*]+)\*|_([^_]+)_/g, '$1$2')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[ \t]*\n(?!\n)[ \t]*/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The usable width of the current page. */
export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left, so a drawn block is never split. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(doc: Doc, text: string, size = 16): void {
  ensureSpace(doc, size * 3);
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(size)
    .fillColor(COLOR.brand)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font('body').fontSize(10).fillColor(COLOR.ink);
}

export function paragraph(doc: Doc, text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? 'bold' : 'body')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? COLOR.ink);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.font('body').fontSize(10).fillColor(COLOR.ink);
}

export function bullets(doc: Doc, items: string[], indent = 12): void {
  for (const item of items) {
    doc.font('body').fontSize(10).fillColor(COLOR.ink);
    doc.text(`•  ${item}`, doc.page.margins.left + indent, doc.y, { width: contentWidth(doc) - indent, lineGap: 1 });
  }
}

/** A paragraph or a bullet as paragraph() and bullets() draw it: measured first, then drawn. */
export interface TextBlock {
  text: string;
  size?: number;
  bold?: boolean;
  color?: string;
  bullet?: boolean;
}

/**
 * Lines `text` takes wrapped at spaces in the current font, the way pdfkit's line wrapper does it: a
 * word fits when it fits with the space after it. pdfkit also breaks after hyphens, which can only
 * save lines, so this is never fewer than pdfkit's. Word widths come from the shared width cache
 * (patches/fast-layout.ts), which makes this far cheaper than pdfkit's heightOfString.
 */
export function wrappedLines(doc: Doc, text: string, width: number): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let x = 0;
    const words = para.split(' ');
    words.forEach((word, i) => {
      const w = doc.widthOfString(i < words.length - 1 ? `${word} ` : word);
      if (x > 0 && x + w > width) {
        lines++;
        x = 0;
      }
      x += w;
      // A word wider than the line is cut across lines.
      while (x > width) {
        lines++;
        x -= width;
      }
    });
  }
  return lines;
}

/** The height `blocks` take when drawn with drawBlocks() (never less), to keep them on one page. */
export function blocksHeight(doc: Doc, blocks: readonly TextBlock[]): number {
  let height = 0;
  for (const b of blocks) {
    doc.font(b.bold ? 'bold' : 'body').fontSize(b.bullet ? 10 : (b.size ?? 10));
    const lines = b.bullet ? wrappedLines(doc, `•  ${b.text}`, contentWidth(doc) - 12) : wrappedLines(doc, b.text, contentWidth(doc));
    height += lines * (doc.currentLineHeight(true) + (b.bullet ? 1 : 2));
  }
  doc.font('body').fontSize(10);
  return height;
}

/** Draws the blocks with paragraph() and bullets(), starting a new page first when they would not fit whole on this one. */
export function drawBlocks(doc: Doc, blocks: readonly TextBlock[]): void {
  const body = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  // Wrapping the text to measure it costs as much as drawing it, so it is done only in the lower
  // part of the page: a group of blocks taller than 40 % of a page is rare, and would only be split.
  const room = doc.page.height - doc.page.margins.bottom - doc.y;
  if (room < 0.4 * body) ensureSpace(doc, Math.min(blocksHeight(doc, blocks), body));
  for (const b of blocks) {
    if (b.bullet) bullets(doc, [b.text]);
    else
      paragraph(doc, b.text, {
        ...(b.size ? { size: b.size } : {}),
        ...(b.bold ? { bold: true } : {}),
        ...(b.color ? { color: b.color } : {}),
      });
  }
}

/**
 * `text` cut with an ellipsis to fit `width` on one line in the current font. pdfkit's own ellipsis
 * needs a box height, and without one a long text wraps instead, below the page's bottom edge.
 */
export function fitLine(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Writes the running footer and page numbers on every buffered page, each on one line: the page
 * number whole at the right, the left text cut to the room left beside it.
 */
export function footers(doc: Doc, left: string, label: (n: number, total: number) => string, skipFirst = false): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    if (skipFirst && i === range.start) continue;
    doc.switchToPage(i);
    // The footer sits in the bottom margin; lift the margin so pdfkit does not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 16;
    const width = doc.page.width - 2 * MARGIN;
    doc.font('body').fontSize(8).fillColor(COLOR.muted);
    const right = label(i + 1, range.count);
    const rightWidth = doc.widthOfString(right);
    doc.text(fitLine(doc, left, width - rightWidth - 24), MARGIN, y, { lineBreak: false });
    doc.text(right, MARGIN + width - rightWidth, y, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Text laid out in a fixed box; what does not fit at the smallest size goes to an annex instead of being cut. */
export interface Overflow {
  title: string;
  text: string;
}

/**
 * Draws `lines` inside a box, shrinking from 10 to 7 points to fit. If even 7 points is not enough,
 * the box shows what fits plus a pointer, and the whole text is kept for the annex.
 */
export function fitInBox(
  doc: Doc,
  lines: string[],
  box: { x: number; y: number; w: number; h: number },
  title: string,
  overflow: Overflow[],
  continued: string,
): void {
  if (lines.length === 0) return;
  const text = lines.map((l) => `•  ${l}`).join('\n');
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  for (const size of [10, 9, 8, 7]) {
    doc.font('body').fontSize(size);
    if (doc.heightOfString(text, { width: box.w, lineGap: 1 }) <= box.h) {
      doc.fillColor(COLOR.ink).text(text, box.x, box.y, { width: box.w, lineGap: 1 });
      doc.page.margins.bottom = bottom;
      return;
    }
  }
  doc.font('body').fontSize(7).fillColor(COLOR.ink);
  const room = box.h - doc.heightOfString(continued, { width: box.w }) - 2;
  // Whole lines only, as many as fit, then the pointer to the annex.
  let shown = '';
  for (const line of text.split('\n')) {
    const next = shown ? `${shown}\n${line}` : line;
    if (doc.heightOfString(next, { width: box.w, lineGap: 1 }) > room) break;
    shown = next;
  }
  // When not even the first line fits whole, show its beginning, cut with an ellipsis.
  doc.text(shown || text, box.x, box.y, { width: box.w, lineGap: 1, height: room, ellipsis: true });
  doc.fillColor(COLOR.accent).text(continued, box.x, box.y + room + 2, { width: box.w, lineBreak: true });
  doc.fillColor(COLOR.ink);
  doc.page.margins.bottom = bottom;
  overflow.push({ title, text });
}

/** Annex pages with every text that did not fit its box. */
export function annex(doc: Doc, overflow: Overflow[], title: string, layout: 'portrait' | 'landscape' = 'portrait'): void {
  if (overflow.length === 0) return;
  doc.addPage({ size: 'A4', layout, margin: MARGIN });
  heading(doc, title);
  for (const o of overflow) {
    paragraph(doc, o.title, { bold: true });
    paragraph(doc, o.text);
    doc.moveDown(0.5);
  }
}

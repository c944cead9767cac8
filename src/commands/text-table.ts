/** `text` followed by spaces up to `width` characters (counted as the terminal shows them, not UTF-16 units). */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/**
 * A plain-text table for the terminal: the header, a rule of dashes, the rows, and the footer rows
 * (a total) under a second rule; columns two spaces apart, as wide as their widest cell.
 */
export function textTable(header: string[], rows: string[][], footer: string[][] = []): string[] {
  const all = [...rows, ...footer];
  const widths = header.map((h, i) => Math.max([...h].length, ...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line), ...(footer.length ? [rule, ...footer.map(line)] : [])];
}

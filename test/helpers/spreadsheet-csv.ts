/**
 * Opens CSV bytes the way a desktop spreadsheet does on a computer set to `locale`: UTF-8 only when
 * the file starts with a byte-order mark (otherwise the legacy Windows code page), fields split on the
 * locale's list separator with RFC 4180 quotes, and a field that reads as a number in the locale
 * becomes a number. What a spreadsheet would show is what these tests see.
 */
export interface SpreadsheetLocale {
  /** The list separator: `;` where the comma is the decimal mark. */
  separator: string;
  decimal: '.' | ',';
}

export const SPREADSHEET_LOCALES = {
  'es-ES': { separator: ';', decimal: ',' },
  'en-GB': { separator: ',', decimal: '.' },
} as const satisfies Record<string, SpreadsheetLocale>;

export type Cell = string | number;

export function openCsv(bytes: Uint8Array, locale: SpreadsheetLocale): Cell[][] {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bom ? new TextDecoder('utf-8').decode(bytes.subarray(3)) : new TextDecoder('windows-1252').decode(bytes);
  return splitRecords(text, locale.separator).map((row) => row.map((field) => typed(field, locale)));
}

/** Quotes only delimit a field: a quoted number is still a number, as in spreadsheets. */
function typed(field: string, locale: SpreadsheetLocale): Cell {
  const number = locale.decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  return number.test(field) ? Number(field.replace(',', '.')) : field;
}

/** RFC 4180 records: a quoted field may hold the separator, line breaks and doubled quotes. */
function splitRecords(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"' && field === '') {
      inQuotes = true;
    } else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Byte-order mark: tells Excel the file is UTF-8, so Vietnamese letters open correctly. */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would run as a formula when the file is opened (=, +, -, @, or a tab or carriage return
 * first): such a cell gets a leading apostrophe, which Excel, LibreOffice and Google Sheets read as "this is text"
 * and do not show (OWASP "CSV injection"). Phone numbers written "+84 …" stay text instead of becoming a broken formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted only when RFC 4180 requires it (comma, quote, line break) or when edge spaces would be lost. */
function field(value: CsvValue): string {
  const raw = value === null || value === undefined ? '' : String(value);
  // Numbers are written as numbers: a negative number is data, not a formula.
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file as RFC 4180 writes it (CRLF line ends, doubled quotes), prefixed with a UTF-8 BOM for Excel. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Reads RFC 4180 CSV back into rows of strings (a leading BOM is dropped). Used by tests and tools. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(value);
      value = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += char;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}

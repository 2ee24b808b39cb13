/** Byte-order mark: tells Excel the file is UTF-8, so Vietnamese letters open correctly. */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would run as a formula when the file is opened (=, +, -, @, or a tab or carriage return
 * first): such a cell gets a leading apostrophe, which Excel, LibreOffice and Google Sheets read as "this is text"
 * and do not show (OWASP "CSV injection"). Phone numbers written "+84 …" stay text instead of becoming a broken formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A phone number written so that Excel and LibreOffice both open it as the text it is, with nothing added that shows
 * (no leading apostrophe, no ="…" formula, which LibreOffice shows as written unless formulas are evaluated on import):
 * - a national number written as digits only ("0900000903") is grouped with spaces ("0900 000 903"): a cell with
 *   spaces between digits is not a number in either program, so the leading 0 stays;
 * - an international number ("+84 294 3000 903") gets its country code in parentheses ("(+84) 294 3000 903"): a cell
 *   starting with "+" would be read as a formula (and break, or be run), one starting with "(" followed by more
 *   than a number is text.
 * Phone, Zalo and any other number column go through this one function, so they are protected the same way; it is
 * also the form people write on business cards, and phones dial it as it is.
 */
export function phoneCell(phone: string): string {
  const text = phone.trim().replace(/\s+/g, ' ');
  // "+842943000903" written without spaces: Vietnam's code, 84, is two digits.
  const international = /^\+(\d{1,3})[\s.-]+(.*)$/.exec(text) ?? /^\+(\d{2})(\d+)$/.exec(text);
  if (international) {
    const [, code, rest] = international;
    const local = (rest ?? '').replace(/[.-]/g, ' ').trim();
    return `(+${code}) ${/^\d+$/.test(local) ? groupDigits(local) : local}`.trim();
  }
  return /^\d+$/.test(text) ? groupDigits(text) : text;
}

/** Digits in groups of 4, 3, 3 (and the rest), as Vietnamese numbers are written: "0900 000 903". */
function groupDigits(digits: string): string {
  if (digits.length <= 4) return digits.length > 1 ? `${digits.slice(0, 1)} ${digits.slice(1)}` : digits;
  const groups = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  const last = groups.at(-1) ?? '';
  // Never a lone digit at the end: "0123 456 789 0" reads as a typo.
  if (groups.length > 2 && last.length === 1) groups.splice(-2, 2, `${groups.at(-2)}${last}`);
  return groups.join(' ');
}

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

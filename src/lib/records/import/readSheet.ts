import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One cell as the import sees it: text, a number, a date (from a date-formatted spreadsheet cell) or empty. */
export type Cell = string | number | Date | boolean | null;

/** A sheet as rows of cells; rows[0] is row 1 as the office sees it in their spreadsheet program. */
export interface Sheet {
  /** File name and, for a workbook, the sheet read: "annex.xlsx (sheet PL1)". */
  source: string;
  rows: Cell[][];
  /** SHA-256 of the file's bytes, when read from disk. */
  digest?: string;
}

/** ExcelJS gives rich text, formulas and links as objects; the import wants what the cell shows. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/**
 * Reads the first worksheet that has any content (or the named one). Merged cells come back with the merged value
 * in every cell they cover, so a header merged over two columns names both.
 */
export async function readXlsx(buffer: ArrayBuffer | Uint8Array, source: string, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's types predate Node's generic Buffer; the bytes are what it reads.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet =
    sheetName !== undefined
      ? workbook.getWorksheet(sheetName)
      : workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) {
    throw new ImportFileError(
      sheetName !== undefined
        ? `${source}: has no sheet named "${sheetName}" (sheets: ${workbook.worksheets.map((s) => s.name).join(', ')})`
        : `${source}: the workbook has no sheet with content`,
    );
  }
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) cells.push(plainCell(row.getCell(c).value));
    rows.push(cells);
  }
  return { source: workbook.worksheets.length > 1 ? `${source} (sheet ${sheet.name})` : source, rows };
}

/**
 * Reads a CSV file saved by a spreadsheet program: UTF-8 with or without a byte-order mark, separated by commas or,
 * as Excel does where the decimal mark is a comma, by semicolons.
 */
export function readCsv(text: string, source: string): Sheet {
  const firstLine =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const delimiter = (unquoted.match(/;/g) ?? []).length > (unquoted.match(/,/g) ?? []).length ? ';' : ',';
  const records = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { source, rows: records.map((record) => record.map((value) => (value.trim() === '' ? null : value))) };
}

/** A problem with the file as a whole (unreadable, wrong format): reported instead of any row. */
export class ImportFileError extends Error {}

/** Reads an .xlsx or .csv annex from disk. */
export async function readSheetFile(path: string, sheetName?: string): Promise<Sheet> {
  const lower = path.toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new ImportFileError(`${path}: file not found`);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (lower.endsWith('.xlsx')) {
    try {
      return { ...(await readXlsx(bytes, path, sheetName)), digest };
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw new ImportFileError(`${path}: cannot be read as an Excel workbook; save it again as .xlsx from Excel`);
    }
  }
  if (lower.endsWith('.csv')) return { ...readCsv(bytes.toString('utf8'), path), digest };
  if (lower.endsWith('.xls')) {
    throw new ImportFileError(`${path}: old Excel format (.xls); open it in Excel and save it as .xlsx`);
  }
  throw new ImportFileError(`${path}: must be an .xlsx or .csv file`);
}

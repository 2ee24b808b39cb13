import ExcelJS from 'exceljs';
import { toCsv } from '../../core/csv.ts';
import { OCOP_GROUPS } from '../../../schemas/groups.ts';
import { ANNEX_COLUMNS } from './columns.ts';

/**
 * Blank annex templates published on /data/ for offices that want one: the header of every column the import
 * reads, written from ANNEX_COLUMNS so a column added to the import appears in the templates at the next build.
 */
export const IMPORT_TEMPLATE_FILES = ['mau-phu-luc-ocop.xlsx', 'mau-phu-luc-ocop.csv'] as const;
export type ImportTemplateFile = (typeof IMPORT_TEMPLATE_FILES)[number];

export const TEMPLATE_CONTENT_TYPES: Record<ImportTemplateFile, string> = {
  'mau-phu-luc-ocop.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'mau-phu-luc-ocop.csv': 'text/csv; charset=utf-8',
};

/** The CSV template: the header row only, UTF-8 with a byte-order mark so Excel shows the Vietnamese letters. */
export function importTemplateCsv(): string {
  return toCsv(
    ANNEX_COLUMNS.map((column) => column.header),
    [],
  );
}

const TITLE =
  'Kèm theo Quyết định số ……/QĐ-UBND ngày …/…/…… của UBND tỉnh …… (ghi số và ngày quyết định ở đây, hoặc điền cột "Số quyết định" và "Ngày ký" cho từng dòng)';

/**
 * The XLSX template: a title row for the decision, the header with each column's hint as a cell note, drop-down
 * lists where the values are few, and a second sheet repeating the hints. Deterministic: the same bytes each build
 * apart from the zip container's timestamps, which ExcelJS sets from the workbook dates fixed here.
 */
export async function importTemplateXlsx(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 0, 1));
  workbook.creator = 'OCOP Catalogue';
  workbook.created = fixed;
  workbook.modified = fixed;
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.getCell('A1').value = TITLE;
  sheet.mergeCells(1, 1, 1, ANNEX_COLUMNS.length);
  sheet.getCell('A1').font = { italic: true };
  const header = sheet.getRow(3);
  ANNEX_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.note = column.hint;
    sheet.getColumn(index + 1).width = Math.max(10, Math.min(40, column.header.length + 8));
  });
  const list = (key: string, values: readonly string[]) => {
    const index = ANNEX_COLUMNS.findIndex((column) => column.key === key);
    if (index < 0) return;
    for (let row = 4; row <= 500; row += 1) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [`"${values.join(',')}"`],
      };
    }
  };
  list(
    'group',
    Object.values(OCOP_GROUPS).map((group) => group.vi),
  );
  list('stars', ['3 sao', '4 sao', '5 sao', 'Tiềm năng 5 sao']);
  list('kind', ['Cấp mới', 'Cấp lại', 'Nâng hạng']);
  sheet.views = [{ state: 'frozen', ySplit: 3 }];

  const help = workbook.addWorksheet('Hướng dẫn');
  help.addRow(['Cột', 'Bắt buộc', 'Cách ghi']).font = { bold: true };
  for (const column of ANNEX_COLUMNS) help.addRow([column.header, column.required ? 'Có' : 'Không', column.hint]);
  help.addRow([]);
  help.addRow(['Cần có cột "Hạng sao" hoặc cột "Điểm" (hoặc cả hai).']);
  help.addRow(['Có thể dùng dòng tiêu đề nhóm ("I. NHÓM THỰC PHẨM") thay cho cột "Nhóm".']);
  help.getColumn(1).width = 18;
  help.getColumn(2).width = 10;
  help.getColumn(3).width = 100;
  // ExcelJS types its output as its own Buffer; copy it into a plain byte array a Response accepts.
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const bytes = new Uint8Array(written.byteLength);
  bytes.set(written);
  return withZipTimes(bytes, fixed);
}

/**
 * The same workbook from every build: ExcelJS stamps each file inside the .xlsx (a zip) with the time it was written.
 * Sets the time of every entry, in the central directory and in each local header, to `date` (MS-DOS format, local
 * fields of the zip specification, APPNOTE 4.3.7 and 4.3.12).
 */
export function withZipTimes(zip: Uint8Array<ArrayBuffer>, date: Date): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

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
  return bytes;
}

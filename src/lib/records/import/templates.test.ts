import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANNEX_COLUMNS } from './columns.ts';
import { readAnnex } from './readAnnex.ts';
import { readCsv, readXlsx } from './readSheet.ts';
import { importTemplateCsv, importTemplateXlsx } from './templates.ts';

const allLetters = Object.fromEntries(
  ANNEX_COLUMNS.map((column, index) => [column.key, String.fromCharCode(65 + index)]),
);

describe('blank import templates', () => {
  it('the CSV template is a header the import reads as every column', () => {
    const csv = importTemplateCsv();
    expect(csv).toBe(
      '\uFEFFSTT,Tên sản phẩm,Chủ thể,Địa chỉ,Nhóm,Phân nhóm,Điểm,Hạng sao,Hình thức,Số quyết định,Ngày ký\r\n',
    );
    const annex = readAnnex(readCsv(csv, 'mau.csv'));
    if (!('annex' in annex)) throw new Error(annex.problems.join('\n'));
    expect(annex.annex.letters).toEqual(allLetters);
    expect(annex.annex.rows).toEqual([]);
  });

  it('the XLSX template, filled in by an office, imports: title row read, every column found', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await importTemplateXlsx()).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Phụ lục', 'Hướng dẫn']);
    const sheet = workbook.getWorksheet('Phụ lục');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('B3').note).toBe(ANNEX_COLUMNS[1]?.hint);
    sheet.getCell('A1').value = 'Kèm theo Quyết định số 1520/QĐ-UBND ngày 11/07/2025 của UBND thành phố Huế';
    sheet.getRow(4).values = [
      1,
      'Mè xửng Thiên Hương',
      'Cơ sở mè xửng Thiên Hương',
      'phường Phú Hiệp',
      'Thực phẩm',
      '',
      '65,5',
      '3 sao',
    ];
    const annex = readAnnex(await readXlsx(await workbook.xlsx.writeBuffer(), 'mau.xlsx'));
    if (!('annex' in annex)) throw new Error(annex.problems.join('\n'));
    expect(annex.annex.title).toEqual({
      decision: '1520/QĐ-UBND',
      signed: '2025-07-11',
      authority: 'UBND thành phố Huế',
    });
    expect(annex.annex.letters).toEqual(allLetters);
    expect(annex.annex.rows.map((row) => row.row)).toEqual([4]);
  });
});

describe('the .xlsx template is the same file from every build', () => {
  it('is byte-identical when written a second later', async () => {
    const first = await importTemplateXlsx();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await importTemplateXlsx();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // and still a workbook ExcelJS reads
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(second.buffer);
    expect(workbook.worksheets.length).toBe(2);
  });
});

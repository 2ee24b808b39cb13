import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF, so Excel opens Vietnamese text as UTF-8', () => {
    const csv = toCsv(['id', 'name'], [['me-xung', 'Mè xửng Huế']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}id,name\r\nme-xung,Mè xửng Huế\r\n`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(toCsv(['a'], [['thôn An Lỗ, xã Phong Hiền'], ['say "hi"'], ['two\nlines'], [null]])).toBe(
      `${BOM}a\r\n"thôn An Lỗ, xã Phong Hiền"\r\n"say ""hi"""\r\n"two\nlines"\r\n\r\n`,
    );
  });

  it('round-trips Vietnamese text with every awkward character', () => {
    const rows = [
      ['Nước mắm ruốc Làng Trài', 'xã Phú Hải, huyện Phú Vang', 'Đặc sản "Huế"'],
      ['Rượu Tà Rương Mão', 'dòng 1\r\ndòng 2', ' khoảng trắng '],
      ['Ngọc trai Hạ Long', '', '5'],
    ];
    expect(parseCsv(toCsv(['tên', 'địa chỉ', 'ghi chú'], rows))).toEqual([['tên', 'địa chỉ', 'ghi chú'], ...rows]);
  });

  it('keeps a cell that a spreadsheet would run as a formula as text, and leaves numbers alone', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [['=HYPERLINK("http://x")', '+84 234 3500 001', '-1', '@SUM(A1)', -5, 'Mè xửng']],
    );
    expect(parseCsv(csv)[1]).toEqual([
      `'=HYPERLINK("http://x")`,
      `'+84 234 3500 001`,
      `'-1`,
      `'@SUM(A1)`,
      '-5',
      'Mè xửng',
    ]);
  });
});

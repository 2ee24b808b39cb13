import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv, phoneCell } from './csv.ts';

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

describe('parseCsv at the edges', () => {
  it('reads CRLF, LF and a lone CR as line ends, and a final line end adds no empty row', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\nbc')).toEqual([['a'], ['bc']]);
    expect(parseCsv('a\rbc')).toEqual([['a'], ['bc']]);
    expect(parseCsv('a\r\n\r\nb')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('keeps a last line without a line end, even a single cell, and an empty last cell', () => {
    expect(parseCsv('x,y')).toEqual([['x', 'y']]);
    expect(parseCsv('a')).toEqual([['a']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('writes a missing value as an empty cell, not as "undefined" or "null"', () => {
    expect(toCsv(['a', 'b', 'c'], [[undefined, null, false]])).toBe(`${BOM}a,b,c\r\n,,false\r\n`);
  });
});

describe('phoneCell', () => {
  it('writes phone and Zalo numbers so spreadsheets keep them as text, with no apostrophe or formula showing', () => {
    expect(phoneCell('0900000903')).toBe('0900 000 903');
    expect(phoneCell('+84 294 3000 903')).toBe('(+84) 294 3000 903');
    expect(phoneCell('+842943000903')).toBe('(+84) 2943 000 903');
    expect(phoneCell('  0234 3000 109 ')).toBe('0234 3000 109');
    expect(phoneCell('+84-234-3000-109')).toBe('(+84) 234 3000 109');
    expect(phoneCell('01234567890')).toBe('0123 456 7890');
    for (const phone of ['0900000903', '+84 294 3000 903', '+842943000903', '0234 3000 109']) {
      const cell = phoneCell(phone);
      // Not a number (no leading 0 lost), not a formula, and no apostrophe added by the CSV writer.
      expect(cell).toMatch(/\s/);
      expect(cell).not.toMatch(/^[=+\-@']/);
      expect(parseCsv(toCsv(['phone'], [[cell]]))[1]).toEqual([cell]);
    }
  });
});

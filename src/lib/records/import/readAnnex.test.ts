import { describe, expect, it } from 'vitest';
import { readAnnex } from './readAnnex.ts';
import { readCsv } from './readSheet.ts';

const annexOf = (csv: string) => {
  const result = readAnnex(readCsv(csv, 'annex.csv'));
  if (!('annex' in result)) throw new Error(result.problems.join('\n'));
  return result.annex;
};

describe('readAnnex', () => {
  it('takes a title row directly above the header as title, not as part of the header', () => {
    const annex = annexOf(
      '"Kèm theo Quyết định số 1810/QĐ-UBND ngày 01/08/2022 của UBND tỉnh Thừa Thiên Huế"\nSTT,Tên sản phẩm,Chủ thể,Địa chỉ,Điểm\n1,Đèn mây tre,HTX mây tre đan Bao La,xã Quảng Phú,96\n',
    );
    expect(annex.headerRow).toBe(2);
    expect(annex.title).toEqual({
      decision: '1810/QĐ-UBND',
      signed: '2022-08-01',
      authority: 'UBND tỉnh Thừa Thiên Huế',
    });
    expect(annex.rows.map((row) => row.row)).toEqual([3]);
  });

  it('reads a two-row header where the upper cells span sub-columns (as a CSV export leaves them)', () => {
    const annex = annexOf(
      'TT,Tên sản phẩm,Chủ thể,,Kết quả,\n,,Tên chủ thể,Địa chỉ,Điểm,Xếp hạng\n1,Nước mắm Lú Huế,HTX nước mắm truyền thống Phú Thuận,xã Phú Thuận,94,Tiềm năng 5 sao\n',
    );
    expect(annex.letters).toEqual({ stt: 'A', name: 'B', producer: 'C', address: 'D', score: 'E', stars: 'F' });
    expect(annex.rows).toHaveLength(1);
  });

  it('tells headings (in the STT column or merged), totals and column numbers from products', () => {
    const annex = annexOf(
      [
        'STT,Ten san pham,Chu the,Dia chi,Hang sao',
        '(1),(2),(3),(4),(5)',
        'A,Nhóm đồ uống,,,',
        '1,Rượu Ô Lâu,HTX An Lỗ,xã Phong Chương,3 sao',
        'B,THỦ CÔNG MỸ NGHỆ,,,',
        '1,Nón lá Tây Hồ,Cơ sở nón lá Tây Hồ,xã Phú Hồ,3 sao',
        ',Tổng số,,,2',
        ',Ghi chú: danh sách xếp theo nhóm,,,',
      ].join('\n'),
    );
    expect(annex.rows.map((row) => [row.row, row.headingGroup])).toEqual([
      [4, 'beverages'],
      [6, 'handicrafts'],
      [8, 'handicrafts'],
    ]);
    expect(annex.skipped.map((skip) => skip.row)).toEqual([2, 3, 5, 7]);
    // Row 8 has only a name: it is kept, so the plan refuses it with what is missing instead of dropping it unseen.
  });

  it('names every missing column at once', () => {
    expect(readAnnex(readCsv('Tên sản phẩm,Chủ thể\nA,B\n', 'x.csv'))).toMatchInlineSnapshot(`
      {
        "problems": [
          "x.csv: row 1: no column "Địa chỉ"; add a column with that header (Địa chỉ như trên quyết định: thôn An Lỗ, xã Phong Hiền, huyện Phong Điền)",
          "x.csv: row 1: no column "Hạng sao" or "Điểm"; add at least one of them",
        ],
      }
    `);
  });
});

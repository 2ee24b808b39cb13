import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * Annex workbooks laid out as provinces publish them, built with ExcelJS so that no hand-made binary is committed.
 * Product facts come from the published Huế and Bắc Kạn decisions (see shared domain notes); scores and later
 * decisions are invented for the tests.
 */

/** Decision 2919/QĐ-UBND (Thừa Thiên Huế, 16 Nov 2020): title rows, a two-row merged header, column numbers,
 *  group headings as merged rows, stars written four ways, a decimal-comma score and a total row. */
export function hue2919Workbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  const title = (row: number, text: string) => {
    sheet.getCell(`A${row}`).value = text;
    sheet.mergeCells(`A${row}:G${row}`);
  };
  title(1, 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ');
  title(2, 'PHỤ LỤC');
  title(3, 'DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN SẢN PHẨM OCOP NĂM 2020');
  title(4, '(Kèm theo Quyết định số 2919/QĐ-UBND ngày 16/11/2020 của UBND tỉnh Thừa Thiên Huế)');
  // Header rows 6–7: STT, product and group span both rows; "Chủ thể" and "Kết quả đánh giá" span two columns.
  sheet.getCell('A6').value = 'STT';
  sheet.mergeCells('A6:A7');
  sheet.getCell('B6').value = 'Tên sản phẩm';
  sheet.mergeCells('B6:B7');
  sheet.getCell('C6').value = 'Chủ thể';
  sheet.mergeCells('C6:D6');
  sheet.getCell('C7').value = 'Tên chủ thể';
  sheet.getCell('D7').value = 'Địa chỉ';
  sheet.getCell('E6').value = 'Kết quả đánh giá';
  sheet.mergeCells('E6:F6');
  sheet.getCell('E7').value = 'Điểm';
  sheet.getCell('F7').value = 'Hạng sao';
  sheet.getCell('G6').value = 'Ghi chú';
  sheet.mergeCells('G6:G7');
  sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  const heading = (text: string) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(`A${row.number}:G${row.number}`);
  };
  heading('I. NHÓM THỰC PHẨM');
  sheet.addRow([
    1,
    'Gạo hữu cơ An Lỗ',
    'HTX SX-KD-DV nông nghiệp An Lỗ',
    'thôn An Lỗ, xã Phong Hiền, huyện Phong Điền',
    78,
    '4 sao',
  ]);
  sheet.addRow([
    2,
    'Gạo thơm Thủy Thanh',
    'HTX Nông nghiệp Thủy Thanh 1',
    'xã Thủy Thanh, thị xã Hương Thủy',
    '62,5',
    '3*',
  ]);
  sheet.addRow([3, 'Mắm nêm cá cơm Mệ Em', 'Cơ sở sản xuất mắm nêm Mệ Em', 'xã Vinh Mỹ, huyện Phú Lộc', 60, '★★★']);
  sheet.addRow([
    4,
    'Nước ớt Vinh Xuân',
    'Tổ hợp tác sản xuất nước ớt Vinh Xuân',
    'xã Vinh Xuân, huyện Phú Vang',
    '58,25',
    3,
  ]);
  sheet.addRow([
    5,
    'Bưởi cốm Hương Thọ',
    'HTX Nông nghiệp Hương Thọ',
    'xã Hương Thọ, thị xã Hương Trà, tỉnh Thừa Thiên Huế',
    55,
    '3 sao',
  ]);
  heading('II. NHÓM ĐỒ UỐNG');
  sheet.addRow([6, 'Rượu Ô Lâu', 'HTX SX-KD-DV nông nghiệp An Lỗ', 'xã Phong Chương, huyện Phong Điền', 61, '3 sao']);
  sheet.addRow([7, 'Rượu Tà Rương Mão', 'Hộ kinh doanh Hồ Văn Mão', 'xã Thượng Long, huyện Nam Đông', '57,5', '3 sao']);
  heading('III. NHÓM THẢO DƯỢC');
  sheet.addRow([8, 'Tinh dầu tràm Trường Hải', 'Công ty TNHH Trường Hải', 'xã Lộc Thủy, huyện Phú Lộc', 66, '3 sao']);
  const total = sheet.addRow(['', 'Tổng cộng: 8 sản phẩm']);
  sheet.mergeCells(`B${total.number}:G${total.number}`);
  return workbook;
}

/** A later Huế decision (TP Huế, 2025), one header row with "Hình thức", "Phân nhóm" and dates as serial numbers:
 *  a renewal and an upgrade of products already in the catalogue, and a new product of an existing producer. */
export function hueRecertificationWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN LẠI VÀ NÂNG HẠNG NĂM 2025']);
  sheet.addRow([]);
  sheet.addRow([
    'TT',
    'TÊN SẢN PHẨM',
    'CHỦ THỂ SẢN XUẤT',
    'ĐỊA CHỈ',
    'PHÂN NHÓM',
    'SỐ SAO',
    'HÌNH THỨC',
    'SỐ QUYẾT ĐỊNH',
    'NGÀY KÝ',
  ]);
  // 45849 is 11/07/2025 as a spreadsheet serial number.
  sheet.addRow([
    1,
    'Gạo hữu cơ An Lỗ',
    'HTX SX-KD-DV Nông nghiệp An Lỗ',
    'thôn An Lỗ, xã Phong Hiền, huyện Phong Điền',
    'Nông sản thô, sơ chế',
    '★★★★',
    'Cấp lại',
    '1520/QĐ-UBND',
    45849,
  ]);
  sheet.addRow([
    2,
    'RƯỢU Ô LÂU',
    'HTX SX-KD-DV nông nghiệp An Lỗ',
    'xã Phong Chương, huyện Phong Điền',
    '',
    '4*',
    '',
    '1520/QĐ-UBND',
    45849,
  ]);
  sheet.addRow([
    3,
    'Nếp cái hoa vàng An Lỗ',
    'HTX SX-KD-DV nông nghiệp An Lỗ',
    'thôn An Lỗ, xã Phong Hiền',
    'Nông sản thô, sơ chế',
    '3 sao',
    'Cấp mới',
    '1520/QĐ-UBND',
    45849,
  ]);
  return workbook;
}

/** N synthetic rows in the flat template layout, for measuring rows per second. Sample data, not real products. */
export function benchWorkbook(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bench');
  sheet.addRow(['(Kèm theo Quyết định số 9999/QĐ-UBND ngày 01/03/2024 của UBND tỉnh Thừa Thiên Huế) — dữ liệu mẫu']);
  sheet.addRow(['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Nhóm', 'Điểm', 'Hạng sao']);
  const kinds = ['Nước mắm', 'Rượu', 'Trà', 'Mè xửng', 'Tinh dầu tràm', 'Nón lá'];
  const groups = ['Thực phẩm', 'Đồ uống', 'Thực phẩm', 'Thực phẩm', 'Thảo dược', 'Thủ công mỹ nghệ'];
  for (let i = 0; i < rows; i += 1) {
    const k = i % kinds.length;
    const producer = Math.floor(i / 3);
    sheet.addRow([
      i + 1,
      `${kinds[k]} mẫu số ${i + 1}`,
      `${['HTX', 'Công ty TNHH', 'Hộ kinh doanh', 'Tổ hợp tác'][producer % 4]} mẫu ${producer + 1}`,
      `thôn ${1 + (i % 9)}, xã Mẫu ${1 + (producer % 40)}, huyện Phong Điền`,
      groups[k],
      `${50 + (i % 40)},5`,
      '',
    ]);
  }
  return workbook;
}

export const WORKBOOKS = {
  'hue-2919-title-groups.xlsx': hue2919Workbook,
  'hue-recertification-2025.xlsx': hueRecertificationWorkbook,
} as const;

/** Writes the fixture workbooks into a folder; returns their paths by name. */
export async function writeImportWorkbooks(dir: string): Promise<Record<keyof typeof WORKBOOKS, string>> {
  const out = {} as Record<keyof typeof WORKBOOKS, string>;
  for (const [name, make] of Object.entries(WORKBOOKS) as [keyof typeof WORKBOOKS, () => ExcelJS.Workbook][]) {
    const path = join(dir, name);
    await writeFile(path, Buffer.from(await make().xlsx.writeBuffer()));
    out[name] = path;
  }
  return out;
}

import { foldVietnamese } from '../../core/foldVietnamese.ts';

/** A column of a decision annex the import reads. */
export interface AnnexColumn {
  /** Key used in code. */
  key: ColumnKey;
  /** Header written in the blank template, in Vietnamese. */
  header: string;
  /** Other headers provinces use for the same column, compared after Vietnamese folding. */
  aliases: readonly string[];
  /** A file without this column cannot be imported at all. */
  required: boolean;
  /** What to write in the column, shown in the template's notes and in refusals. */
  hint: string;
}

export type ColumnKey =
  'stt' | 'name' | 'producer' | 'address' | 'group' | 'subgroup' | 'score' | 'stars' | 'kind' | 'decision' | 'signed';

/**
 * The one column definition: header detection reads the aliases, the templates on /data/ are written from the
 * headers and hints. Order is the template's column order.
 */
export const ANNEX_COLUMNS: readonly AnnexColumn[] = [
  {
    key: 'stt',
    header: 'STT',
    aliases: ['tt', 'so tt', 'so thu tu'],
    required: false,
    hint: 'Số thứ tự (không bắt buộc)',
  },
  {
    key: 'name',
    header: 'Tên sản phẩm',
    aliases: ['san pham', 'ten san pham ocop', 'ten sp', 'ten san pham hang hoa'],
    required: true,
    hint: 'Tên sản phẩm như trên quyết định: Gạo hữu cơ An Lỗ',
  },
  {
    key: 'producer',
    header: 'Chủ thể',
    aliases: [
      'ten chu the',
      'chu the san xuat',
      'chu the ocop',
      'ten chu the san xuat',
      'co so san xuat',
      'don vi san xuat',
    ],
    required: true,
    hint: 'Tên chủ thể kèm loại hình: HTX…, Công ty TNHH…, Công ty CP…, Tổ hợp tác…, Hộ kinh doanh…, Cơ sở…',
  },
  {
    key: 'address',
    header: 'Địa chỉ',
    aliases: ['dia chi chu the', 'dia chi san xuat', 'dia chi chu the san xuat'],
    required: true,
    hint: 'Địa chỉ như trên quyết định: thôn An Lỗ, xã Phong Hiền, huyện Phong Điền',
  },
  {
    key: 'group',
    header: 'Nhóm',
    aliases: ['nhom san pham', 'bo nhom', 'nganh', 'nhom nganh', 'nganh hang'],
    required: false,
    hint: 'Thực phẩm, Đồ uống, Thảo dược, Thủ công mỹ nghệ, Sinh vật cảnh hoặc Dịch vụ du lịch (có thể thay bằng dòng tiêu đề nhóm "I. NHÓM THỰC PHẨM")',
  },
  {
    key: 'subgroup',
    header: 'Phân nhóm',
    aliases: ['phan nhom san pham', 'tieu nhom'],
    required: false,
    hint: 'Phân nhóm theo Quyết định 148/QĐ-TTg: Gia vị, Chè và trà, Đồ uống có cồn…; để trống nếu tên sản phẩm đã rõ',
  },
  {
    key: 'score',
    header: 'Điểm',
    aliases: ['tong diem', 'diem danh gia', 'so diem', 'diem so', 'diem dat'],
    required: false,
    hint: 'Tổng điểm trên 100, ví dụ 75,5',
  },
  {
    key: 'stars',
    header: 'Hạng sao',
    aliases: ['so sao', 'xep hang', 'ket qua xep hang', 'hang', 'sao', 'phan hang', 'xep hang sao', 'hang sao dat'],
    required: false,
    hint: '3, 4 hoặc 5 (viết "4 sao", "4*", "★★★★" cũng được); "tiềm năng 5 sao"',
  },
  {
    key: 'kind',
    header: 'Hình thức',
    aliases: ['hinh thuc cong nhan', 'loai', 'cap moi cap lai nang hang'],
    required: false,
    hint: 'Cấp mới, Cấp lại hoặc Nâng hạng; để trống thì tự suy ra',
  },
  {
    key: 'decision',
    header: 'Số quyết định',
    aliases: ['quyet dinh', 'so qd'],
    required: false,
    hint: 'Ví dụ 2919/QĐ-UBND; để trống nếu đã ghi ở dòng tiêu đề hoặc dùng --decision',
  },
  {
    key: 'signed',
    header: 'Ngày ký',
    aliases: ['ngay quyet dinh', 'ngay cong nhan', 'ngay ky quyet dinh'],
    required: false,
    hint: 'Ngày ký quyết định, dd/mm/yyyy; để trống nếu đã ghi ở dòng tiêu đề hoặc dùng --signed',
  },
];

/** A header cell's key: folded, with anything in brackets and trailing punctuation dropped ("Hạng sao (3-5)"). */
export function headerKey(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' '));
}

const BY_KEY = new Map<string, ColumnKey>();
for (const column of ANNEX_COLUMNS) {
  for (const alias of [foldVietnamese(column.header), ...column.aliases]) BY_KEY.set(alias, column.key);
}

/** The column a header cell names, or undefined. */
export function columnOfHeader(text: string): ColumnKey | undefined {
  return BY_KEY.get(headerKey(text));
}

export function columnDefinition(key: ColumnKey): AnnexColumn {
  const column = ANNEX_COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`unknown column ${key}`);
  return column;
}

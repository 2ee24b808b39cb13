import type { ProducerType } from '../../../schemas/producer.ts';
import type { StarResult } from '../../../schemas/product.ts';
import { GROUP_IDS, OCOP_GROUPS, subgroupsOf, type GroupId, type SubgroupId } from '../../../schemas/groups.ts';
import { foldVietnamese } from '../../core/foldVietnamese.ts';
import { isRealIsoDate, isoDateFromDate, type IsoDate } from '../../core/isoDate.ts';
import { normalizeText } from '../../core/normalizeText.ts';
import type { Cell } from './readSheet.ts';

/** A value read from a cell, or what is wrong with it, in words for the office. */
export type Read<T> = { value: T } | { problem: string };

/** What a cell shows, as trimmed single-spaced NFC text ("" for an empty cell). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDateFromDate(cell);
  return normalizeText(String(cell).replace(/\s*\r?\n\s*/g, ' '));
}

/** The cell as quoted in a message: "4,5 sao". */
export function quoted(cell: Cell | undefined): string {
  return JSON.stringify(cellText(cell));
}

/**
 * Stars as provinces write them: 4, "4", "4 sao", "4*", "4 ★", "★★★★", "Hạng 4 sao", and the potential 5-star
 * status ("tiềm năng 5 sao", "5* tiềm năng").
 */
export function readStars(cell: Cell): Read<StarResult> {
  const text = cellText(cell);
  const folded = foldVietnamese(text);
  const problem = {
    problem: `cannot read the stars ${quoted(cell)}; write 3, 4 or 5 (or "4 sao", "4*", "★★★★"), or "tiềm năng 5 sao"`,
  };
  if (/tiem nang/.test(folded))
    return /\b5\b/.test(folded) || text.includes('★★★★★') ? { value: 'potential-5' } : problem;
  let count: number | undefined;
  if (typeof cell === 'number') count = cell;
  else if (/^[★☆✭*\s]+$/.test(text) && text.includes('★')) count = (text.match(/★/g) ?? []).length;
  else {
    const match = /^(?:hang\s*)?([0-9])(?:\s*(?:sao|\*|★))?$/.exec(text.toLowerCase().replace(/hạng/, 'hang'));
    if (match) count = Number(match[1]);
  }
  if (count === undefined || !Number.isInteger(count)) return problem;
  if (count === 3 || count === 4 || count === 5) return { value: count };
  if (count === 1 || count === 2) {
    return {
      problem: `${count} stars is not an OCOP certification (only 3, 4 and 5 are); leave the row out of the import`,
    };
  }
  return problem;
}

/** A score out of 100, with a decimal comma or point: 75,5 / 75.5 / 75. */
export function readScore(cell: Cell): Read<number> {
  const text = cellText(cell).replace(/\s*(điểm|đ)$/i, '');
  const value =
    typeof cell === 'number' ? cell : /^\d{1,3}(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return { problem: `cannot read the score ${quoted(cell)}; write a number of points out of 100, like 75,5` };
  }
  return { value: Math.round(value * 100) / 100 };
}

/** The stars a provincial score earns (Decision 148/2023): 50–69 → 3, 70–89 → 4, 90 or more → potential 5. */
export function starsOfScore(score: number): StarResult | undefined {
  if (score >= 90) return 'potential-5';
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  return undefined;
}

/** Days from the spreadsheet epoch (30 Dec 1899, Excel's 1900 system) to 1 Jan 1970. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A date as written in an annex: a date-formatted cell, a spreadsheet serial number (44151), or text
 * dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, "ngày 16 tháng 11 năm 2020" or yyyy-mm-dd. Day first, as in Vietnam.
 */
export function readDate(cell: Cell): Read<IsoDate> {
  const problem = { problem: `cannot read the date ${quoted(cell)}; write it as dd/mm/yyyy, like 16/11/2020` };
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? problem : { value: isoDateFromDate(cell) };
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 36526 || cell > 73051) return problem; // 2000-01-01 … 2099-12-31
    return { value: isoDateFromDate(new Date((cell - EXCEL_EPOCH_OFFSET) * 86_400_000)) };
  }
  const text = foldVietnamese(cellText(cell));
  let iso: string | undefined;
  const dayFirst = /^(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4}) (\d{1,2}) (\d{1,2})$/.exec(text);
  if (dayFirst) iso = `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
  else if (yearFirst) iso = `${yearFirst[1]}-${yearFirst[2]?.padStart(2, '0')}-${yearFirst[3]?.padStart(2, '0')}`;
  if (iso === undefined) return problem;
  if (!isRealIsoDate(iso)) return { problem: `${quoted(cell)} is not a real calendar date; check the day and month` };
  return { value: iso };
}

/** "Cấp mới" → new, "Cấp lại" → renewed, "Nâng hạng" → upgraded. */
export function readKind(cell: Cell): Read<'new' | 'renewed' | 'upgraded'> {
  const folded = foldVietnamese(cellText(cell));
  if (/\b(nang hang|nang sao|nang cap)\b/.test(folded)) return { value: 'upgraded' };
  if (/\b(cap lai|danh gia lai|tai danh gia|gia han|cong nhan lai)\b/.test(folded)) return { value: 'renewed' };
  if (/\b(cap moi|moi|lan dau|cong nhan moi)\b/.test(folded)) return { value: 'new' };
  return { problem: `cannot read ${quoted(cell)}; write Cấp mới, Cấp lại or Nâng hạng, or leave it empty` };
}

const LEGAL_FORMS: ReadonlyArray<[RegExp, ProducerType]> = [
  [/^(htx|hop tac xa|lien hiep htx|lien hiep hop tac xa)\b/, 'cooperative'],
  [/^(tht|to hop tac)\b/, 'cooperative-group'],
  [/^(cong ty|cty|doanh nghiep|dntn|chi nhanh cong ty)\b/, 'enterprise'],
  [/^(hkd|ho kinh doanh|co so|ho gia dinh|ho san xuat)\b/, 'household'],
];

/** The producer's legal form from the prefix of its name: HTX, Công ty TNHH/CP, Tổ hợp tác/THT, Hộ kinh doanh/HKD, Cơ sở. */
export function producerTypeOf(name: string): ProducerType | undefined {
  const folded = foldVietnamese(name);
  const form = LEGAL_FORMS.find(([pattern]) => pattern.test(folded))?.[1];
  // "Hộ ông …", "Hộ bà …": a household; folding would also catch the family name Hồ, so the mark is checked.
  return form ?? (/^hộ\s/u.test(name.normalize('NFC').toLowerCase()) ? 'household' : undefined);
}

/** Group words that are not in the official labels but appear in annexes. */
const GROUP_WORDS: Record<GroupId, readonly string[]> = {
  food: ['thuc pham', 'nong san'],
  beverages: ['do uong'],
  herbal: ['thao duoc', 'duoc lieu'],
  handicrafts: ['thu cong my nghe', 'thu cong', 'vai va may mac', 'det may'],
  ornamental: ['sinh vat canh', 'hoa cay canh'],
  tourism: ['du lich', 'dich vu du lich', 'dich vu du lich cong dong'],
};

/** The group a "Nhóm" cell or a group-heading row names ("I. NHÓM THỰC PHẨM", "Đồ uống", "food"). */
export function groupOfText(text: string): GroupId | undefined {
  const folded = foldVietnamese(text)
    .replace(/^([ivxlc]+|[a-z]|\d+)\b\s*/, '')
    .replace(/^(nhom|bo nhom|nganh)\s+/, '')
    .replace(/\s+san pham$/, '')
    .trim();
  if ((GROUP_IDS as readonly string[]).includes(folded)) return folded as GroupId;
  for (const group of GROUP_IDS) {
    const words = [foldVietnamese(OCOP_GROUPS[group].vi), ...GROUP_WORDS[group]];
    if (words.some((word) => folded === word || folded.startsWith(`${word} `))) return group;
  }
  return undefined;
}

/** The subgroup a "Phân nhóm" cell names, by its Vietnamese or English label or its id. */
export function subgroupOfText(text: string): SubgroupId | undefined {
  const folded = foldVietnamese(text);
  for (const group of GROUP_IDS) {
    const subgroups: Record<string, { vi: string; en: string }> = OCOP_GROUPS[group].subgroups;
    for (const [id, label] of Object.entries(subgroups)) {
      if (folded === foldVietnamese(id) || folded === foldVietnamese(label.vi) || folded === foldVietnamese(label.en)) {
        return id as SubgroupId;
      }
    }
  }
  return undefined;
}

/**
 * Words in product names that place a product in one subgroup. Used only when they point at exactly one subgroup:
 * "Nước ép thanh trà" names both a pomelo and a juice, so without a group it is refused, not guessed.
 */
const SUBGROUP_WORDS: Record<SubgroupId, readonly string[]> = {
  'fresh-produce': [
    'buoi',
    'cam',
    'quyt',
    'thanh tra',
    'nhan',
    'vai',
    'xoai',
    'rau',
    'trung',
    'trung vit',
    'thit',
    'ca tuoi',
    'tom tuoi',
  ],
  'raw-preprocessed': ['gao', 'nep', 'mat ong', 'hat sen', 'hat dieu', 'lac', 'dau xanh', 'yen sao'],
  processed: [
    'me xung',
    'banh',
    'mut',
    'tom chua',
    'nem',
    'cha',
    'mien',
    'bun',
    'pho',
    'kho',
    'say',
    'dau lac',
    'dau me',
    'tinh bot',
  ],
  condiments: ['nuoc mam', 'mam', 'mam nem', 'mam ruoc', 'tuong', 'nuoc ot', 'tuong ot', 'muoi', 'xi dau', 'gia vi'],
  tea: ['tra', 'che'],
  'coffee-cocoa': ['ca phe', 'ca cao', 'cacao'],
  alcoholic: ['ruou', 'vang', 'bia'],
  'non-alcoholic': ['nuoc ep', 'nuoc khoang', 'nuoc uong', 'nuoc tinh khiet', 'sinh to'],
  'functional-medicine': ['dong trung ha thao', 'cao duoc lieu', 'vien', 'thuoc', 'tinh bot nghe'],
  cosmetics: ['dau goi', 'xa phong', 'sua tam', 'son moi', 'kem duong', 'my pham'],
  'essential-oils': ['tinh dau', 'dau tram', 'dau xoa'],
  'household-decorative': ['non la', 'non', 'may tre', 'den', 'gio', 'go my nghe', 'gom', 'huong', 'tranh', 'chieu'],
  textiles: ['khan', 'vai', 'det', 'tho cam', 'ao dai', 'lua'],
  flowers: ['hoa'],
  plants: ['mai', 'cay canh', 'bonsai', 'lan'],
  animals: ['ca canh', 'chim canh'],
  'community-eco-tourism': ['du lich', 'diem du lich', 'homestay', 'lang co'],
};

/**
 * The subgroup a product name points at within a group (or among all groups), or the candidates when it is
 * ambiguous. A group with a single subgroup needs no words. Words inside a longer matched phrase do not count:
 * "nước mắm" is a condiment, not also "mắm".
 */
export function inferSubgroup(productName: string, group: GroupId | undefined): SubgroupId[] {
  if (group !== undefined && subgroupsOf(group).length === 1) return subgroupsOf(group);
  const candidates = group !== undefined ? subgroupsOf(group) : (Object.keys(SUBGROUP_WORDS) as SubgroupId[]);
  const folded = ` ${foldVietnamese(productName)} `;
  const hits: { subgroup: SubgroupId; start: number; end: number }[] = [];
  for (const subgroup of candidates) {
    for (const word of SUBGROUP_WORDS[subgroup]) {
      let from = 0;
      for (;;) {
        const at = folded.indexOf(` ${word} `, from);
        if (at < 0) break;
        hits.push({ subgroup, start: at + 1, end: at + 1 + word.length });
        from = at + 1;
      }
    }
  }
  const kept = hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
  return [...new Set(kept.map((hit) => hit.subgroup))];
}

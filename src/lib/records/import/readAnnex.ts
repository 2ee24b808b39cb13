import type { GroupId, SubgroupId } from '../../../schemas/groups.ts';
import { foldVietnamese } from '../../core/foldVietnamese.ts';
import type { IsoDate } from '../../core/isoDate.ts';
import { ANNEX_COLUMNS, columnDefinition, columnOfHeader, type ColumnKey } from './columns.ts';
import type { Cell, Sheet } from './readSheet.ts';
import { cellText, groupOfText, readDate, subgroupOfText } from './values.ts';

/** What the rows above the header say about the decision ("Kèm theo Quyết định số 2919/QĐ-UBND ngày 16/11/2020 của UBND tỉnh …"). */
export interface TitleInfo {
  decision?: string;
  signed?: IsoDate;
  /** Issuing authority as written after "của": "UBND tỉnh Thừa Thiên Huế". */
  authority?: string;
}

/** A product row of the annex: its row number as the office sees it and its cells by column. */
export interface AnnexRow {
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
  /** Group and subgroup from the heading rows above it ("I. NHÓM THỰC PHẨM"). */
  headingGroup?: GroupId;
  headingSubgroup?: SubgroupId;
}

export interface Annex {
  source: string;
  title: TitleInfo;
  /** Row number of the (last) header row. */
  headerRow: number;
  /** Spreadsheet column letter of each column found: name → "B". */
  letters: Partial<Record<ColumnKey, string>>;
  rows: AnnexRow[];
  /** Rows read but not products: headings, totals, column numbers; said in the dry run so nothing passes unseen. */
  skipped: { row: number; why: string }[];
}

/** "A", "B", … "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Columns named by one header row, or by two when a header cell is merged over sub-columns below it. */
function columnsOf(upper: readonly Cell[], lower: readonly Cell[] | undefined): Map<ColumnKey, number> {
  const found = new Map<ColumnKey, number>();
  const width = Math.max(upper.length, lower?.length ?? 0);
  for (let c = 0; c < width; c += 1) {
    const below = lower !== undefined ? columnOfHeader(cellText(lower[c])) : undefined;
    const key = below ?? columnOfHeader(cellText(upper[c]));
    if (key !== undefined && !found.has(key)) found.set(key, c);
  }
  return found;
}

const HEADER_SEARCH_ROWS = 40;

function findHeader(
  rows: readonly Cell[][],
): { first: number; last: number; columns: Map<ColumnKey, number> } | undefined {
  let best: { first: number; last: number; columns: Map<ColumnKey, number> } | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const upper = rows[r] ?? [];
    for (const lower of [undefined, rows[r + 1]]) {
      const columns = columnsOf(upper, lower);
      if (!columns.has('name') || !columns.has('producer')) continue;
      // A title row above a complete header adds nothing: the header is the lower row alone.
      if (lower !== undefined && columns.size <= columnsOf(lower, undefined).size) continue;
      if (best === undefined || columns.size > best.columns.size) {
        best = { first: r, last: lower === undefined ? r : r + 1, columns };
      }
    }
    if (best !== undefined && r > best.last) break;
  }
  return best;
}

/** Reads decision number, signing date and authority from the title rows, when they say them. */
export function readTitle(lines: readonly string[]): TitleInfo {
  const info: TitleInfo = {};
  for (const line of lines) {
    const decision = /quy[eế]t\s+đ[ịi]nh\s+(?:s[ốo]\s*)?:?\s*(\d+\s*\/\s*[^\s,;)]+)/iu.exec(line);
    if (decision && info.decision === undefined) info.decision = (decision[1] ?? '').replace(/\s+/g, '');
    const folded = foldVietnamese(line);
    const date = /\bngay (\d{1,2} \d{1,2} \d{4}|\d{1,2} thang \d{1,2} nam \d{4})\b/.exec(folded);
    if (date && info.signed === undefined && decision) {
      const read = readDate(date[1] ?? '');
      if ('value' in read) info.signed = read.value;
    }
    const authority = /\bcủa\s+((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND)\s[^)]+?)\s*\)?\s*$/iu.exec(line);
    if (authority?.[1] !== undefined && info.authority === undefined) info.authority = authority[1];
  }
  return info;
}

const TOTAL = /^(tong cong|tong so|tong|cong)\b/;
const NUMBERING = /^([ivxlc]+|[a-z]|\d+)[.)]?\s+/;

/**
 * Finds the header (one row, or two where cells are merged), the title above it and the product rows below it,
 * telling group headings, total rows and column-number rows apart from products.
 */
export function readAnnex(sheet: Sheet): { annex: Annex } | { problems: string[] } {
  const header = findHeader(sheet.rows);
  if (header === undefined) {
    return {
      problems: [
        `${sheet.source}: no header row found in the first ${HEADER_SEARCH_ROWS} rows; the import needs at least the columns "Tên sản phẩm" and "Chủ thể" (see the blank template on the site's /data/ page)`,
      ],
    };
  }
  const { columns } = header;
  const letters: Partial<Record<ColumnKey, string>> = {};
  for (const [key, index] of columns) letters[key] = columnLetter(index);
  const problems: string[] = [];
  for (const column of ANNEX_COLUMNS) {
    if (column.required && !columns.has(column.key)) {
      problems.push(
        `${sheet.source}: row ${header.last + 1}: no column "${column.header}"; add a column with that header (${column.hint})`,
      );
    }
  }
  if (!columns.has('stars') && !columns.has('score')) {
    problems.push(
      `${sheet.source}: row ${header.last + 1}: no column "${columnDefinition('stars').header}" or "${columnDefinition('score').header}"; add at least one of them`,
    );
  }
  if (problems.length > 0) return { problems };

  const titleLines: string[] = [];
  for (const row of sheet.rows.slice(0, header.first)) {
    const texts = row.map(cellText).filter((text, i, all) => text !== '' && text !== all[i - 1]);
    if (texts.length > 0) titleLines.push(texts.join(' '));
  }

  const rows: AnnexRow[] = [];
  const skipped: { row: number; why: string }[] = [];
  let headingGroup: GroupId | undefined;
  let headingSubgroup: SubgroupId | undefined;
  sheet.rows.slice(header.last + 1).forEach((row, offset) => {
    const rowNumber = header.last + 2 + offset;
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    for (const [key, index] of columns) cells[key] = row[index] ?? null;
    // A cell merged across the row repeats its text in every cell; count it once.
    const texts = [...new Set(row.map(cellText).filter((text) => text !== ''))];
    if (texts.length === 0) return;
    if (texts.every((text) => /^\(?\d{1,2}\)?$/.test(text)) && /^\(?\d{1,2}\)?$/.test(cellText(cells.name))) {
      skipped.push({ row: rowNumber, why: 'column numbers under the header' });
      return;
    }
    const productFields =
      texts.length > 1 &&
      (['producer', 'address', 'stars', 'score'] as const).some((key) => cellText(cells[key]) !== '');
    const label = cellText(cells.name) || (texts.find((text) => !/^[IVXLC]+\.?$|^\d+\.?$/.test(text)) ?? '');
    const foldedLabel = foldVietnamese(label);
    if (TOTAL.test(foldedLabel) || TOTAL.test(foldVietnamese(cellText(cells.stt)))) {
      skipped.push({ row: rowNumber, why: `total row ${JSON.stringify(texts.join(' '))}` });
      return;
    }
    if (!productFields) {
      const group = groupOfText(label);
      const subgroup = subgroupOfText(foldedLabel.replace(NUMBERING, '').replace(/^(phan nhom|nhom)\s+/, ''));
      if (group !== undefined) {
        headingGroup = group;
        headingSubgroup = undefined;
        skipped.push({ row: rowNumber, why: `group heading ${JSON.stringify(label)} → ${group}` });
        return;
      }
      if (subgroup !== undefined) {
        headingSubgroup = subgroup;
        skipped.push({ row: rowNumber, why: `subgroup heading ${JSON.stringify(label)} → ${subgroup}` });
        return;
      }
      if (cellText(cells.name) === '') {
        skipped.push({ row: rowNumber, why: `no product name (${JSON.stringify(texts.join(' '))})` });
        return;
      }
    }
    rows.push({
      row: rowNumber,
      cells,
      ...(headingGroup !== undefined ? { headingGroup } : {}),
      ...(headingSubgroup !== undefined ? { headingSubgroup } : {}),
    });
  });
  return {
    annex: { source: sheet.source, title: readTitle(titleLines), headerRow: header.last + 1, letters, rows, skipped },
  };
}

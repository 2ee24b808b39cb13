import { SEARCH_FACETS, type SearchFacet, type SearchSort } from './searchRecord.ts';

/**
 * The search page's facet file, one per language (/pagefind/ocop-facets.<lang>.json, written after Pagefind by
 * scripts/search-facets.ts): every product page's Pagefind id in catalogue name order, with one character per page
 * and facet and its signing day. It replaces Pagefind's sorts (a permutation of every page per sort inside the
 * metadata file every first search downloads) and its filter chunks (one file per facet, each listing every page):
 * filters, disjunctive counts and the three sorts are worked out in the browser over the ids a search returned. The
 * page loads it only when a filter, a sort or the filter panel needs it.
 */
export interface FacetFile {
  version: 1;
  /** Pagefind page ids ("vi_939d7f8"), in catalogue name order: position = name rank. */
  ids: string[];
  /** Per facet, the value ids the codes point to. */
  values: Record<SearchFacet, string[]>;
  /** Per facet, one character per page: String.fromCharCode(CODE_BASE + index into values), or NONE. */
  codes: Record<SearchFacet, string>;
  /** Per page, the signing day of the certificate in force as days since 1970 in base 36, 4 characters ("----": none). */
  signed: string;
}

const CODE_BASE = 48;
const NONE = ' ';
const DAY_WIDTH = 4;

/** One product page as the facet file is written from it. */
export interface FacetPage {
  id: string;
  filters: Partial<Record<SearchFacet, readonly string[]>>;
  /** YYYY-MM-DD, or null without a certificate in force. */
  signed: string | null;
}

/** Writes the facet file of pages given in catalogue name order. */
export function encodeFacetFile(pages: readonly FacetPage[]): FacetFile {
  const values = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as string[]])) as Record<SearchFacet, string[]>;
  const codes = Object.fromEntries(SEARCH_FACETS.map((f) => [f, ''])) as Record<SearchFacet, string>;
  let signed = '';
  for (const page of pages) {
    for (const facet of SEARCH_FACETS) {
      const value = page.filters[facet]?.[0];
      if (value === undefined) {
        codes[facet] += NONE;
        continue;
      }
      let index = values[facet].indexOf(value);
      if (index < 0) index = values[facet].push(value) - 1;
      codes[facet] += String.fromCharCode(CODE_BASE + index);
    }
    signed +=
      page.signed === null
        ? '-'.repeat(DAY_WIDTH)
        : Math.round(Date.parse(`${page.signed}T00:00:00Z`) / 86_400_000)
            .toString(36)
            .padStart(DAY_WIDTH, '0');
  }
  return { version: 1, ids: pages.map((p) => p.id), values, codes, signed };
}

export type FacetCounts = Record<SearchFacet, Record<string, number>>;
export type FacetSelection = Record<SearchFacet, readonly string[]>;

/** Star rank for the "most stars" sort: 5, potential 5, 4, 3, then unrated. */
const STAR_RANK: Record<string, number> = { '5': 5, 'potential-5': 4.5, '4': 4, '3': 3 };

/** The facet file read for searching: positions by id, values by position. */
export class Facets {
  readonly size: number;
  private readonly position = new Map<string, number>();
  private readonly file: FacetFile;

  constructor(file: FacetFile) {
    this.file = file;
    if (file.version !== 1) throw new Error(`facet file version ${String(file.version)} is not 1`);
    this.size = file.ids.length;
    for (const [i, id] of file.ids.entries()) this.position.set(id, i);
  }

  /** Position (name rank) of a Pagefind id; undefined for a page the file does not know. */
  positionOf(id: string): number | undefined {
    return this.position.get(id);
  }

  idAt(position: number): string {
    return this.file.ids[position] ?? '';
  }

  value(position: number, facet: SearchFacet): string | undefined {
    const code = this.file.codes[facet].charCodeAt(position);
    return Number.isNaN(code) || code === NONE.charCodeAt(0) ? undefined : this.file.values[facet][code - CODE_BASE];
  }

  /** Signing day as a number (days since 1970), -1 without one. */
  signedDay(position: number): number {
    const text = this.file.signed.slice(position * DAY_WIDTH, (position + 1) * DAY_WIDTH);
    return text === '' || text.startsWith('-') ? -1 : Number.parseInt(text, 36);
  }

  /** Does the page pass every selected facet (any of the values within a facet), leaving out `except`? */
  matches(position: number, selection: FacetSelection, except?: SearchFacet): boolean {
    for (const facet of SEARCH_FACETS) {
      const wanted = selection[facet];
      if (facet === except || wanted.length === 0) continue;
      const value = this.value(position, facet);
      if (value === undefined || !wanted.includes(value)) return false;
    }
    return true;
  }

  /**
   * Counts per facet value over the given pages, disjunctive: each facet is counted with the other facets' selections
   * applied but not its own, so ticking "4 stars" leaves "5 stars" with its count.
   */
  counts(positions: readonly number[], selection: FacetSelection): FacetCounts {
    const counts = Object.fromEntries(SEARCH_FACETS.map((f) => [f, {}])) as FacetCounts;
    for (const position of positions) {
      for (const facet of SEARCH_FACETS) {
        if (!this.matches(position, selection, facet)) continue;
        const value = this.value(position, facet);
        if (value === undefined) continue;
        const of = counts[facet];
        of[value] = (of[value] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** Pages in a sort order; relevance keeps the given order. Ties keep name order (or the given order). */
  sort(positions: readonly number[], sort: SearchSort | 'relevance'): number[] {
    if (sort === 'relevance') return [...positions];
    if (sort === 'name') return [...positions].sort((a, b) => a - b);
    const key =
      sort === 'stars' ? (p: number) => STAR_RANK[this.value(p, 'stars') ?? ''] ?? 0 : (p: number) => this.signedDay(p);
    return [...positions].sort((a, b) => key(b) - key(a) || a - b);
  }
}

/**
 * Static pagination and sorting for browse pages that work without JavaScript: every sort order and page is its
 * own URL under the listing's base path: base/, base/page/2/, base/sort/stars/, base/sort/stars/page/2/.
 */
export interface ListingPage<T, S extends string> {
  /** The rest of the path after the base, without slashes at the ends ("sort/stars/page/2"), or undefined for base/. */
  rest: string | undefined;
  sort: S;
  page: number;
  pages: number;
  total: number;
  items: T[];
}

export function listingRest(sort: string, defaultSort: string, page: number): string | undefined {
  const parts: string[] = [];
  if (sort !== defaultSort) parts.push('sort', sort);
  if (page > 1) parts.push('page', String(page));
  return parts.length > 0 ? parts.join('/') : undefined;
}

/** The URL of one page of a listing. */
export function listingHref(base: string, sort: string, defaultSort: string, page: number): string {
  const rest = listingRest(sort, defaultSort, page);
  return rest ? `${base}${rest}/` : base;
}

export function paginateListing<T, S extends string>(
  items: readonly T[],
  sorts: readonly S[],
  sortItems: (items: readonly T[], sort: S) => T[],
  pageSize: number,
): ListingPage<T, S>[] {
  const defaultSort = sorts[0];
  if (defaultSort === undefined) throw new Error('a listing needs at least one sort order');
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const out: ListingPage<T, S>[] = [];
  for (const sort of sorts) {
    const sorted = sortItems(items, sort);
    for (let page = 1; page <= pages; page++) {
      out.push({
        rest: listingRest(sort, defaultSort, page),
        sort,
        page,
        pages,
        total: items.length,
        items: sorted.slice((page - 1) * pageSize, page * pageSize),
      });
    }
  }
  return out;
}

/** Page numbers to show around the current one, with null for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) out.push(null);
    out.push(n);
  });
  return out;
}

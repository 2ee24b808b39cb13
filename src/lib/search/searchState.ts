import type { SortKey } from '../catalog/buildCatalog.ts';
import { SEARCH_FACETS, SEARCH_SORTS, type SearchFacet, type SearchSort } from './searchRecord.ts';

/**
 * Results shown at first and added by "show more": ten fill a phone's screen twice over, and each costs one fragment
 * download (about 0.8 KB) before the answer shows.
 */
export const SEARCH_PAGE_SIZE = 10;

/** What the search page shows, as kept in its address: /search/?q=me+xung&stars=4&stars=5&province=hue&sort=name */
export interface SearchState {
  q: string;
  filters: Record<SearchFacet, string[]>;
  sort: SearchSort | 'relevance';
}

export const EMPTY_SEARCH_STATE: SearchState = {
  q: '',
  filters: Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, []])) as unknown as Record<SearchFacet, string[]>,
  sort: 'relevance',
};

/** Reads a search state from a query string; unknown parameters and sorts are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters = { ...EMPTY_SEARCH_STATE.filters };
  for (const facet of SEARCH_FACETS) filters[facet] = [...new Set(params.getAll(facet).filter((v) => v !== ''))];
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchSort) : 'relevance',
  };
}

/**
 * Is this the search page as it opens: nothing typed, nothing filtered, in name order? The page carries its first
 * results and facet counts from the build, so it shows them without downloading anything.
 */
export function isEmptySearchState(state: SearchState): boolean {
  return (
    state.q.trim() === '' &&
    SEARCH_FACETS.every((facet) => state.filters[facet].length === 0) &&
    (state.sort === 'relevance' || state.sort === 'name')
  );
}

/** The query string of a state, without "?"; empty for the empty state. Facets in a fixed order, values sorted. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const facet of SEARCH_FACETS) for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

const LISTING_SORT: Record<SortKey, SearchSort> = { name: 'name', stars: 'stars', newest: 'certified' };

/**
 * The search page's query string for the products of a browse listing in another order. Browse pages are built in
 * name order only; their "sort by stars / newest" links, and the old /sort/<order>/ addresses, lead here.
 */
export function listingSearchQuery(filters: Partial<Record<SearchFacet, string[]>>, sort: SortKey): string {
  return searchStateQuery({
    ...EMPTY_SEARCH_STATE,
    filters: { ...EMPTY_SEARCH_STATE.filters, ...filters },
    sort: LISTING_SORT[sort],
  });
}

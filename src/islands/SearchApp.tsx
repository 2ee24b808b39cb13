import { useCallback, useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { searchQueries } from '../lib/core/foldVietnamese.ts';
import { SEARCH_FACETS, SEARCH_SORTS, type SearchFacet, type SearchSort } from '../lib/search/searchRecord.ts';
import { EMPTY_SEARCH_STATE, readSearchState, searchStateQuery, type SearchState } from '../lib/search/searchState.ts';

/** The few Pagefind JS API shapes this island uses (pagefind.js is written by the build, so it has no types here). */
interface PagefindResult {
  id: string;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string | undefined>;
  }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>;
}

export interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  failed: string;
  count: string;
  countFor: string;
  noResults: string;
  filters: string;
  clearFilters: string;
  facetValue: string;
  starsShort: string;
  potential: string;
  sort: string;
  showMore: string;
  results: string;
  facets: Record<SearchFacet, string>;
  sorts: Record<SearchSort | 'relevance', string>;
  /** Value labels per facet: province id → name, "4" → "4 sao OCOP"… */
  values: Record<SearchFacet, Record<string, string>>;
  /** Facet values in display order (stars from 5 down, names collated). */
  order: Record<SearchFacet, string[]>;
}

interface Props {
  labels: SearchLabels;
  browse: { href: string; label: string }[];
}

interface Shown {
  url: string;
  title: string;
  excerpt: string;
  image?: string | undefined;
  imageAlt?: string | undefined;
  stars?: string | undefined;
  province?: string | undefined;
}

interface Outcome {
  /** The state these results answer; the page is busy while it differs from the current one. */
  for: SearchState;
  ids: PagefindResult[];
  counts: Record<string, Record<string, number>>;
}

const PAGE = 20;
const SORT_DIRECTION: Record<SearchSort, 'asc' | 'desc'> = { stars: 'desc', name: 'asc', certified: 'desc' };

function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function pagefindFilters(filters: SearchState['filters'], except?: SearchFacet) {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of SEARCH_FACETS) {
    const values = filters[facet];
    if (facet !== except && values.length > 0) out[facet] = { any: values };
  }
  return out;
}

/**
 * Runs the visitor's query: the exact spelling first, then the đ-as-d key (searchQueries); results only the looser
 * pass finds come after. Facet counts are disjunctive: each facet with a selection is counted without its own
 * selection, so ticking "4 stars" leaves "5 stars" with its count.
 */
async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  const queries = searchQueries(state.q);
  const terms: (string | null)[] = queries.length > 0 ? queries : [null];
  const sort: Record<string, 'asc' | 'desc'> =
    state.sort !== 'relevance'
      ? { [state.sort]: SORT_DIRECTION[state.sort] }
      : terms[0] === null
        ? { name: 'asc' }
        : {};
  const filters = pagefindFilters(state.filters);
  // With a sort other than relevance, only the loosest pass matters: it finds everything the exact one does.
  const passes = Object.keys(sort).length > 0 ? terms.slice(-1) : terms;
  const searches = await Promise.all(passes.map((term) => pagefind.search(term, { filters, sort })));
  const seen = new Set<string>();
  const ids: PagefindResult[] = [];
  for (const search of searches) {
    for (const result of search?.results ?? []) {
      if (!seen.has(result.id)) {
        seen.add(result.id);
        ids.push(result);
      }
    }
  }
  const loosest = terms[terms.length - 1] ?? null;
  const counts: Record<string, Record<string, number>> = { ...(searches[searches.length - 1]?.filters ?? {}) };
  await Promise.all(
    SEARCH_FACETS.filter((facet) => state.filters[facet].length > 0).map(async (facet) => {
      const without = await pagefind.search(loosest, { filters: pagefindFilters(state.filters, facet) });
      counts[facet] = without?.filters[facet] ?? {};
    }),
  );
  return { for: state, ids, counts };
}

function StarBadge({ stars, labels }: { stars: string | undefined; labels: SearchLabels }) {
  if (stars === undefined || stars === 'none') return null;
  const potential = stars === 'potential-5';
  const count = potential ? 5 : Number(stars);
  const tone = potential
    ? 'border-dashed border-purple-700 bg-purple-50 text-purple-900'
    : count === 5
      ? 'border-amber-800 bg-amber-200 text-amber-950'
      : count === 4
        ? 'border-blue-700 bg-blue-50 text-blue-900'
        : 'border-orange-700 bg-orange-50 text-orange-900';
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md border-2 px-1.5 py-0.5 text-xs font-bold whitespace-nowrap ${tone}`}
      data-stars={stars}
    >
      <span aria-hidden="true">{(potential ? '☆' : '★').repeat(count)}</span>
      <span className="sr-only">{labels.values.stars[stars] ?? stars}</span>
      <span aria-hidden="true">{potential ? labels.potential : format(labels.starsShort, { stars: count })}</span>
    </span>
  );
}

export default function SearchApp({ labels, browse }: Props) {
  const [ready, setReady] = useState<'server' | 'loading' | 'yes' | 'failed'>('server');
  const [state, setState] = useState<SearchState>(EMPTY_SEARCH_STATE);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [shown, setShown] = useState<{ for: Outcome | undefined; limit: number; items: Shown[] }>({
    for: undefined,
    limit: PAGE,
    items: [],
  });
  const [limit, setLimit] = useState(PAGE);
  const pagefind = useRef<Pagefind | undefined>(undefined);
  const typing = useRef(false);
  const request = useRef(0);

  // Load Pagefind and read the query and filters from the address.
  useEffect(() => {
    setReady('loading');
    setState(readSearchState(window.location.search));
    const onPop = () => {
      typing.current = false;
      setState(readSearchState(window.location.search));
      setLimit(PAGE);
    };
    window.addEventListener('popstate', onPop);
    // Written by the build after the site is bundled, so the bundler must not try to resolve it.
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    import(/* @vite-ignore */ url)
      .then(async (module: Pagefind) => {
        await module.init();
        // Loads the filter chunks; until then searches return no facet counts.
        await module.filters();
        pagefind.current = module;
        setReady('yes');
      })
      .catch(() => setReady('failed'));
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Search whenever the state changes (typing is debounced).
  useEffect(() => {
    if (ready !== 'yes' || !pagefind.current) return;
    const id = ++request.current;
    const timer = window.setTimeout(
      async () => {
        const found = await runSearch(pagefind.current as Pagefind, state);
        if (id === request.current) setOutcome(found);
      },
      typing.current ? 150 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [ready, state]);

  // Load the data of the results on screen.
  useEffect(() => {
    if (!outcome) return;
    let live = true;
    Promise.all(
      outcome.ids.slice(0, limit).map(async (result) => {
        const data = await result.data();
        return {
          url: data.url,
          title: data.meta['title'] ?? data.url,
          excerpt: data.excerpt,
          image: data.meta['image'],
          imageAlt: data.meta['image_alt'],
          stars: data.meta['stars'],
          province: data.meta['province'],
        };
      }),
    ).then((items) => {
      if (live) setShown({ for: outcome, limit, items });
    });
    return () => {
      live = false;
    };
  }, [outcome, limit]);

  /** Moves to a new state and records it in the address: one history entry per change, one per typing burst. */
  const update = useCallback((next: SearchState, fromTyping: boolean) => {
    const query = searchStateQuery(next);
    const href = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (fromTyping && typing.current) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    typing.current = fromTyping;
    setLimit(PAGE);
    setState(next);
  }, []);

  const toggle = (facet: SearchFacet, value: string, on: boolean) => {
    const values = on ? [...state.filters[facet], value] : state.filters[facet].filter((v) => v !== value);
    update({ ...state, filters: { ...state.filters, [facet]: values } }, false);
  };

  const anyFilter = SEARCH_FACETS.some((facet) => state.filters[facet].length > 0);
  const total = outcome?.ids.length ?? 0;
  const answered = outcome?.for.q.trim() ?? '';
  const countText = useMemo(
    () =>
      answered === ''
        ? format(labels.count, { count: total })
        : format(labels.countFor, { count: total, query: answered }),
    [labels, answered, total],
  );
  const busy = !outcome || outcome.for !== state || shown.for !== outcome || shown.limit !== limit;

  const onSubmit = (event: SubmitEvent) => {
    if (ready === 'yes') event.preventDefault();
  };

  return (
    <div className="mt-4">
      {/* biome-ignore lint/a11y/useSemanticElements: same landmark as the header's search form; <search> is too new for some screen readers */}
      <form method="get" role="search" className="flex max-w-xl gap-2" onSubmit={onSubmit}>
        <label htmlFor="search-page-q" className="sr-only">
          {labels.label}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          value={state.q}
          onChange={(event) => update({ ...state, q: event.target.value }, true)}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="flex-1 rounded border border-stone-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-bold text-white">
          {labels.submit}
        </button>
      </form>

      {(ready === 'loading' || ready === 'failed') && (
        <div className="mt-6" data-search-fallback>
          <p>{ready === 'failed' ? labels.failed : labels.loading}</p>
          {ready === 'failed' && (
            <ul className="mt-2 list-inside list-disc">
              {browse.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {ready === 'yes' && (
        <div className="mt-6 grid gap-6 md:grid-cols-[16rem_1fr]">
          <section aria-labelledby="search-filters-heading" className="space-y-4">
            <h2 id="search-filters-heading" className="text-lg font-bold">
              {labels.filters}
            </h2>
            {SEARCH_FACETS.map((facet) => {
              const counts = outcome?.counts[facet] ?? {};
              const values = labels.order[facet].filter(
                (value) => (counts[value] ?? 0) > 0 || state.filters[facet].includes(value),
              );
              if (values.length === 0) return null;
              return (
                <fieldset key={facet} className="space-y-1" data-facet={facet}>
                  <legend className="mb-1 font-bold">{labels.facets[facet]}</legend>
                  {values.map((value) => {
                    const id = `facet-${facet}-${value}`;
                    return (
                      <div key={value} className="flex items-center gap-2 text-sm">
                        <input
                          id={id}
                          type="checkbox"
                          value={value}
                          checked={state.filters[facet].includes(value)}
                          onChange={(event) => toggle(facet, value, event.target.checked)}
                          className="size-4"
                        />
                        <label htmlFor={id} data-count={counts[value] ?? 0}>
                          {format(labels.facetValue, {
                            label: labels.values[facet][value] ?? value,
                            count: counts[value] ?? 0,
                          })}
                        </label>
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
            {anyFilter && (
              <button
                type="button"
                className="rounded border border-brand-700 px-3 py-1 text-sm font-bold"
                onClick={() => update({ ...EMPTY_SEARCH_STATE, q: state.q, sort: state.sort }, false)}
              >
                {labels.clearFilters}
              </button>
            )}
          </section>

          <section aria-labelledby="search-results-heading">
            <h2 id="search-results-heading" className="sr-only">
              {labels.results}
            </h2>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p role="status" className="font-bold" data-search-count={total}>
                {outcome ? countText : labels.loading}
              </p>
              <div className="flex items-center gap-2 text-sm">
                <label htmlFor="search-sort">{labels.sort}</label>
                <select
                  id="search-sort"
                  value={state.sort}
                  onChange={(event) => update({ ...state, sort: event.target.value as SearchState['sort'] }, false)}
                  className="rounded border border-stone-400 px-2 py-1"
                >
                  {(['relevance', ...SEARCH_SORTS] as const).map((sort) => (
                    <option key={sort} value={sort}>
                      {labels.sorts[sort]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            {outcome && total === 0 && <p className="mt-4">{labels.noResults}</p>}
            <ol className="mt-4 space-y-4" data-search-results aria-busy={busy}>
              {shown.items.map((item) => (
                <li key={item.url} className="flex gap-3 border-b border-stone-200 pb-4">
                  {item.image ? (
                    <img
                      src={item.image}
                      alt={item.imageAlt ?? ''}
                      width={96}
                      height={72}
                      loading="lazy"
                      className="h-18 w-24 shrink-0 rounded object-cover"
                    />
                  ) : (
                    <div aria-hidden="true" className="h-18 w-24 shrink-0 rounded bg-stone-100" />
                  )}
                  <div className="min-w-0 space-y-1">
                    <h3 className="font-bold">
                      <a href={item.url}>{item.title}</a>
                    </h3>
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <StarBadge stars={item.stars} labels={labels} />
                      {item.province && <span>{item.province}</span>}
                    </p>
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Pagefind's excerpt is escaped page text with only <mark> added around matched words */}
                    <p className="text-sm text-muted" dangerouslySetInnerHTML={{ __html: item.excerpt }} />
                  </div>
                </li>
              ))}
            </ol>
            {total > limit && (
              <button
                type="button"
                className="mt-4 rounded border border-brand-700 px-4 py-2 font-bold"
                onClick={() => setLimit(limit + PAGE)}
              >
                {labels.showMore}
              </button>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { stateOn, type CertificateStateName } from '../lib/certification/certificateState.ts';
import { vietnamDate } from '../lib/core/clock.ts';
import { searchQueries } from '../lib/core/foldVietnamese.ts';
import { Facets, type FacetCounts, type FacetFile } from '../lib/search/facetFile.ts';
import { readResultCertificate, SEARCH_FACETS, SEARCH_SORTS, type SearchFacet } from '../lib/search/searchRecord.ts';
import {
  EMPTY_SEARCH_STATE,
  isEmptySearchState,
  readSearchState,
  SEARCH_PAGE_SIZE,
  searchStateQuery,
  type SearchState,
} from '../lib/search/searchState.ts';

/** The few Pagefind JS API shapes this island uses (pagefind.js is written by the build, so it has no types here). */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: { noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options: Record<string, never>) => Promise<{ results: PagefindResult[] } | null>;
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
  filtersSelected: string;
  clearFilters: string;
  facetValue: string;
  starsShort: string;
  potential: string;
  sort: string;
  showMore: string;
  results: string;
  facets: Record<SearchFacet, string>;
  sorts: Record<SearchState['sort'], string>;
  /** Value labels per facet: province id → name, "4" → "4 sao OCOP"… */
  values: Record<SearchFacet, Record<string, string>>;
  /** Facet values in display order (stars from 5 down, names collated). */
  order: Record<SearchFacet, string[]>;
  /** Certificate state names, as certificateStateLabels() gives them to every badge and the page's re-check. */
  certStates: Record<CertificateStateName, string>;
}

/** One result as a row shows it. */
export interface Shown {
  url: string;
  title: string;
  /** HTML: Pagefind's excerpt (escaped page text with <mark> around matched words), or the escaped summary. */
  excerpt: string;
  image?: string | undefined;
  imageAlt?: string | undefined;
  stars?: string | undefined;
  province?: string | undefined;
  producer?: string | undefined;
  /** "signed|validUntil|revokedOn" (resultCertificate). */
  cert?: string | undefined;
}

/** What the page knows without any download: the empty search, written at build time. */
export interface SearchInitial {
  total: number;
  counts: FacetCounts;
  /** The first page of products in name order. */
  items: Shown[];
  /** The build's day: certificate states are shown as of it until the island knows the visitor's day. */
  today: string;
}

interface Props {
  lang: 'vi' | 'en';
  labels: SearchLabels;
  browse: { href: string; label: string }[];
  initial: SearchInitial;
}

interface Outcome {
  /** The state these results answer; the page is busy while it differs from the current one. */
  for: SearchState;
  /** Pagefind ids in the order shown. */
  ids: string[];
  /** Results of the text search by id; ids without one (an empty query) are read from their fragment file. */
  results: Map<string, PagefindResult>;
  /** Facet counts for this state, or undefined while the filter panel is closed (they are not worked out then). */
  counts: FacetCounts | undefined;
}

const PAGE = SEARCH_PAGE_SIZE;
const CERT_ICON: Record<CertificateStateName, string> = {
  valid: '✓',
  expiring: '!',
  expired: '✕',
  revoked: '✕',
  pending: '…',
};

function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const anyFilter = (state: SearchState) => SEARCH_FACETS.some((facet) => state.filters[facet].length > 0);

/** Reads a Pagefind fragment (gzip of "pagefind_dcd" + JSON) for a page no search result stands for. */
async function readFragment(id: string): Promise<PagefindData> {
  const response = await fetch(new URL(`/pagefind/fragment/${id}.pf_fragment`, window.location.href));
  if (!response.ok || !response.body) throw new Error(`fragment ${id}: ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: PagefindData['meta'] };
  return { url: fragment.url, excerpt: '', meta: fragment.meta };
}

/**
 * Runs the visitor's query and works out what to show. A text query goes to Pagefind without filters or sorts: the
 * exact spelling first, then the đ-as-d key (searchQueries); results only the looser pass finds come after.
 * Filters, sorts and facet counts come from the facet file, loaded only when one of them is asked for; the
 * counts are disjunctive (each facet counted without its own selection).
 */
async function runSearch(
  pagefind: () => Promise<Pagefind>,
  facets: () => Promise<Facets>,
  state: SearchState,
  wantCounts: boolean,
  initial: SearchInitial,
): Promise<Outcome> {
  const queries = searchQueries(state.q);
  const results = new Map<string, PagefindResult>();
  const found: string[] = [];
  if (queries.length > 0) {
    const engine = await pagefind();
    const searches = await Promise.all(queries.map((term) => engine.search(term, {})));
    for (const search of searches) {
      for (const result of search?.results ?? []) {
        if (!results.has(result.id)) {
          results.set(result.id, result);
          found.push(result.id);
        }
      }
    }
  }
  const filtered = anyFilter(state);
  const needFacets = filtered || state.sort !== 'relevance' || queries.length === 0 || (wantCounts && found.length > 0);
  if (!needFacets) return { for: state, ids: found, results, counts: undefined };
  const file = await facets();
  const positions =
    queries.length > 0
      ? found.map((id) => file.positionOf(id)).filter((p): p is number => p !== undefined)
      : Array.from({ length: file.size }, (_, i) => i);
  const counts = !wantCounts
    ? undefined
    : queries.length === 0 && !filtered
      ? initial.counts
      : file.counts(positions, state.filters);
  const matching = filtered ? positions.filter((p) => file.matches(p, state.filters)) : positions;
  const order = file.sort(matching, queries.length === 0 && state.sort === 'relevance' ? 'name' : state.sort);
  return { for: state, ids: order.map((p) => file.idAt(p)), results, counts };
}

function CertBadge({ cert, today, labels }: { cert: string | undefined; today: string; labels: SearchLabels }) {
  const dates = readResultCertificate(cert);
  if (!dates) return null;
  const state = stateOn(today, dates.signed, dates.validUntil, dates.revokedOn);
  // The attributes of every certificate badge (CertificateState.astro), so the page's re-check logic applies. The
  // page's inline re-check may already have updated a badge written by the build before this island hydrates.
  return (
    <span
      suppressHydrationWarning
      data-cert
      data-signed={dates.signed}
      data-valid-until={dates.validUntil}
      data-revoked={dates.revokedOn ?? undefined}
      data-state={state}
      data-labels={JSON.stringify(labels.certStates)}
      className="cert-state inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-bold"
    >
      <span aria-hidden="true" suppressHydrationWarning>
        {CERT_ICON[state]}
      </span>
      <span data-cert-label suppressHydrationWarning>
        {labels.certStates[state]}
      </span>
    </span>
  );
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

export default function SearchApp({ lang, labels, browse, initial }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<SearchState>(EMPTY_SEARCH_STATE);
  const [limit, setLimit] = useState(PAGE);
  const [panelOpen, setPanelOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [today, setToday] = useState(initial.today);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [shown, setShown] = useState<{ for: Outcome | undefined; limit: number; items: Shown[] }>({
    for: undefined,
    limit: PAGE,
    items: initial.items,
  });
  const typing = useRef(false);
  const request = useRef(0);
  const engine = useRef<Promise<Pagefind> | undefined>(undefined);
  const facetFile = useRef<Promise<Facets> | undefined>(undefined);

  /** Pagefind (script, WebAssembly, the language's metadata), loaded once, when a text query first needs it. */
  const pagefind = useCallback(() => {
    // Written by the build after the site is bundled, so the bundler must not try to resolve it.
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    engine.current ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      // In the page, not a web worker: the worker is a second copy of Pagefind's code (12 KB) for a search of a few
      // words that takes milliseconds.
      await module.options({ noWorker: true });
      await module.init();
      return module;
    });
    return engine.current;
  }, []);
  /** The facet file, loaded once, when a filter, a sort or the open filter panel first needs it. */
  const facets = useCallback(() => {
    facetFile.current ??= fetch(new URL(`/pagefind/ocop-facets.${lang}.json`, window.location.href)).then(
      async (response) => {
        if (!response.ok) throw new Error(`facet file: ${response.status}`);
        return new Facets((await response.json()) as FacetFile);
      },
    );
    return facetFile.current;
  }, [lang]);

  // Read the state from the address (in either language: facet values are ids), and follow the Back button.
  useEffect(() => {
    setHydrated(true);
    setToday(vietnamDate(new Date()));
    const fromAddress = () => {
      const next = readSearchState(window.location.search);
      setState(next);
      if (next.q !== '') void pagefind().catch(() => undefined);
    };
    fromAddress();
    const onPop = () => {
      typing.current = false;
      setLimit(PAGE);
      fromAddress();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [pagefind]);

  // The empty search is written into the page: no download until the visitor asks for more than it shows.
  const useInitial = isEmptySearchState(state) && limit <= PAGE;

  // Search whenever the state changes (typing is debounced).
  useEffect(() => {
    if (!hydrated) return;
    const id = ++request.current;
    if (useInitial) {
      setOutcome(undefined);
      return;
    }
    const timer = window.setTimeout(
      async () => {
        try {
          const found = await runSearch(pagefind, facets, state, panelOpen, initial);
          if (id === request.current) setOutcome(found);
        } catch {
          if (id === request.current) setFailed(true);
        }
      },
      typing.current ? 150 : 0,
    );
    return () => window.clearTimeout(timer);
  }, [hydrated, useInitial, state, panelOpen, pagefind, facets, initial]);

  // Load the data of the results on screen.
  useEffect(() => {
    if (!outcome) {
      if (useInitial) setShown({ for: undefined, limit: PAGE, items: initial.items });
      return;
    }
    let live = true;
    Promise.all(
      outcome.ids.slice(0, limit).map(async (id): Promise<Shown> => {
        const result = outcome.results.get(id);
        const data = result ? await result.data() : await readFragment(id);
        return {
          url: data.url,
          title: data.meta['title'] ?? data.url,
          excerpt: data.excerpt,
          image: data.meta['image'],
          imageAlt: data.meta['image_alt'],
          stars: data.meta['stars'],
          province: data.meta['province'],
          producer: data.meta['producer'],
          cert: data.meta['cert'],
        };
      }),
    ).then(
      (items) => {
        if (live) setShown({ for: outcome, limit, items });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [outcome, limit, useInitial, initial]);

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

  const selected = SEARCH_FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  const total = useInitial ? initial.total : (outcome?.ids.length ?? 0);
  const counts = useInitial ? initial.counts : outcome?.counts;
  const answered = useInitial ? '' : (outcome?.for.q.trim() ?? '');
  const countText = useMemo(
    () =>
      answered === ''
        ? format(labels.count, { count: total })
        : format(labels.countFor, { count: total, query: answered }),
    [labels, answered, total],
  );
  const busy = useInitial
    ? shown.for !== undefined
    : !outcome || outcome.for !== state || shown.for !== outcome || shown.limit !== limit;
  const known = useInitial || outcome !== undefined;

  const onSubmit = (event: SubmitEvent) => {
    if (hydrated) event.preventDefault();
  };

  return (
    <div className="mt-4" data-search-ready={hydrated ? '' : undefined}>
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
          onFocus={() => void pagefind().catch(() => undefined)}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="flex-1 rounded border border-stone-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-bold text-white">
          {labels.submit}
        </button>
      </form>

      {failed && (
        <div className="mt-6" data-search-fallback>
          <p>{labels.failed}</p>
          <ul className="mt-2 list-inside list-disc">
            {browse.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="mt-6 grid grid-cols-1 gap-6 md:grid-cols-[16rem_1fr]">
        <details
          className="min-w-0 self-start rounded border border-stone-200 p-3"
          open={panelOpen}
          onToggle={(event) => setPanelOpen(event.currentTarget.open)}
          data-search-filters
        >
          <summary className="cursor-pointer font-bold">
            <h2 id="search-filters-heading" className="inline text-lg">
              {labels.filters}
            </h2>
            {selected > 0 && (
              <span className="ms-2 text-sm font-normal">{format(labels.filtersSelected, { count: selected })}</span>
            )}
          </summary>
          <div className="mt-3 space-y-4" aria-busy={panelOpen && !counts}>
            {panelOpen && !counts && <p className="text-sm">{labels.loading}</p>}
            {counts &&
              SEARCH_FACETS.map((facet) => {
                const of = counts[facet];
                const values = labels.order[facet].filter(
                  (value) => (of[value] ?? 0) > 0 || state.filters[facet].includes(value),
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
                          <label htmlFor={id} data-count={of[value] ?? 0}>
                            {format(labels.facetValue, {
                              label: labels.values[facet][value] ?? value,
                              count: of[value] ?? 0,
                            })}
                          </label>
                        </div>
                      );
                    })}
                  </fieldset>
                );
              })}
            {selected > 0 && (
              <button
                type="button"
                className="rounded border border-brand-700 px-3 py-1 text-sm font-bold"
                onClick={() => update({ ...EMPTY_SEARCH_STATE, q: state.q, sort: state.sort }, false)}
              >
                {labels.clearFilters}
              </button>
            )}
          </div>
        </details>

        <section aria-labelledby="search-results-heading" className="min-w-0">
          <h2 id="search-results-heading" className="sr-only">
            {labels.results}
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="font-bold" data-search-count={known ? total : undefined}>
              {known ? countText : labels.loading}
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
          {known && !busy && total === 0 && <p className="mt-4">{labels.noResults}</p>}
          {/* Rows of one fixed height, and room for a full page kept while there is anything to show: results
          replacing others never move what is below them (no layout shift). */}
          <ol
            className={`mt-4 space-y-4 ${total > 0 || busy ? 'min-h-[calc(10*9rem+9*1rem)]' : ''}`}
            data-search-results
            aria-busy={busy}
          >
            {shown.items.map((item, index) => (
              // Keyed by place, not product: a product found again further up must not be moved there (a shift).
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of one height are reused in place on purpose
              <li key={index} className="flex h-36 gap-3 overflow-hidden border-b border-stone-200 pb-4">
                {item.image ? (
                  <img
                    src={item.image}
                    alt={item.imageAlt ?? ''}
                    width={96}
                    height={72}
                    loading="lazy"
                    decoding="async"
                    className="h-18 w-24 shrink-0 rounded object-cover"
                  />
                ) : (
                  <div aria-hidden="true" className="h-18 w-24 shrink-0 rounded bg-stone-100" />
                )}
                <div className="min-w-0 flex-1 space-y-1">
                  <h3 className="truncate font-bold">
                    <a href={item.url}>{item.title}</a>
                  </h3>
                  <p className="flex items-center gap-2 overflow-hidden text-sm whitespace-nowrap">
                    <StarBadge stars={item.stars} labels={labels} />
                    <CertBadge cert={item.cert} today={today} labels={labels} />
                  </p>
                  <p className="truncate text-sm">
                    {item.province && <span data-result-province>{item.province}</span>}
                    {item.province && item.producer && ' · '}
                    {item.producer && (
                      <span className="text-muted" data-result-producer>
                        {item.producer}
                      </span>
                    )}
                  </p>
                  {item.excerpt && (
                    <p
                      className="line-clamp-2 text-sm text-muted"
                      data-result-excerpt
                      // biome-ignore lint/security/noDangerouslySetInnerHtml: Pagefind's excerpt is escaped page text with only <mark> added around matched words; the summary is escaped by the page
                      dangerouslySetInnerHTML={{ __html: item.excerpt }}
                    />
                  )}
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
    </div>
  );
}

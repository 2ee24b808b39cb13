import type { CollectionName } from '../../src/lib/records/contentLayout.ts';

export interface BuiltPages {
  /** Directory names under dist/<section>/ that hold an index.html, per language. */
  pages: (section: string, lang: 'vi' | 'en') => Set<string>;
  /** Parsed /data/products.json, or undefined when it is missing. */
  productsJson:
    { count: number; products: { id: string; traceCode: string; urls: Record<string, string> }[] } | undefined;
  /** Whether a site path (/products/x/) has an index.html. */
  exists: (sitePath: string) => boolean;
  /** Parsed /pagefind/pagefind-entry.json (the search index), or undefined when it is missing. */
  searchIndex?: { languages: Record<string, { page_count: number }> } | undefined;
  /** Page count of /pagefind/ocop-facets.<lang>.json (the search page's facet file), undefined when it is missing. */
  facetPages?: ((lang: 'vi' | 'en') => number | undefined) | undefined;
}

export interface RecordIds {
  ids: Record<CollectionName, string[]>;
  traceCodes: string[];
}

/**
 * After a build: one page per record in each language, products.json agreeing with the records, and every URL it
 * lists built. Astro can exit 0 with pages missing when a render fails; this turns that into a failed build.
 */
export function checkBuild(records: RecordIds, built: BuiltPages): string[] {
  return [...checkRecordPages(records, built), ...checkSearchIndex(records.ids.products.length, built)];
}

/** The pages and /data/products.json against the records (all but the search index). */
export function checkRecordPages(records: RecordIds, built: BuiltPages): string[] {
  const problems: string[] = [];
  const expect = (section: string, ids: readonly string[], what: string) => {
    for (const lang of ['vi', 'en'] as const) {
      const pages = built.pages(section, lang);
      const missing = ids.filter((id) => !pages.has(id));
      if (missing.length > 0) {
        problems.push(
          `${what} pages (${lang}): ${ids.length} records but ${ids.length - missing.length} pages; missing: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
        );
      }
    }
  };
  expect('products', records.ids.products, 'product');
  expect('producers', records.ids.producers, 'producer');
  expect('provinces', records.ids.provinces, 'province');
  expect('events', records.ids.events, 'event');
  expect('t', records.traceCodes, 'trace');

  const json = built.productsJson;
  if (json === undefined) {
    problems.push('/data/products.json was not written');
  } else {
    if (json.count !== records.ids.products.length || json.products.length !== records.ids.products.length) {
      problems.push(
        `/data/products.json lists ${json.products.length} products (count ${json.count}) but there are ${records.ids.products.length} records`,
      );
    }
    const known = new Set(records.ids.products);
    const listed = new Set(json.products.map((p) => p.id));
    const unknown = [...listed].filter((id) => !known.has(id));
    const absent = [...known].filter((id) => !listed.has(id));
    if (unknown.length > 0)
      problems.push(`/data/products.json lists products with no record: ${unknown.slice(0, 10).join(', ')}`);
    if (absent.length > 0) problems.push(`/data/products.json misses products: ${absent.slice(0, 10).join(', ')}`);
    for (const product of json.products) {
      for (const [kind, url] of Object.entries(product.urls)) {
        if (!built.exists(url)) problems.push(`/data/products.json: ${product.id}: urls.${kind} ${url} was not built`);
      }
    }
  }
  return problems;
}

/** The search index and the search page's facet files: one entry per product in each language. */
export function checkSearchIndex(products: number, built: Pick<BuiltPages, 'searchIndex' | 'facetPages'>): string[] {
  const problems: string[] = [];
  // The search indexes product pages only, one index per page language.
  if (built.searchIndex === undefined) {
    problems.push('/pagefind/pagefind-entry.json was not written (the search index; npm run build runs pagefind)');
  } else {
    for (const lang of ['vi', 'en'] as const) {
      const indexed = built.searchIndex.languages[lang]?.page_count ?? 0;
      if (indexed !== products)
        problems.push(`search index (${lang}): ${indexed} pages indexed but there are ${products} products`);
      const faceted = built.facetPages?.(lang);
      if (built.facetPages && faceted !== products)
        problems.push(
          faceted === undefined
            ? `/pagefind/ocop-facets.${lang}.json was not written (npm run build runs scripts/search-facets.ts after pagefind)`
            : `/pagefind/ocop-facets.${lang}.json: ${faceted} pages but there are ${products} products`,
        );
    }
  }
  return problems;
}

import { gunzipSync } from 'node:zlib';
import type { ProductRow } from '../../src/lib/openData/productsExport.ts';
import { encodeFacetFile, type FacetFile, type FacetPage } from '../../src/lib/search/facetFile.ts';
import type { SearchFacet } from '../../src/lib/search/searchRecord.ts';

/** What the facet file needs of one Pagefind fragment (dist/pagefind/fragment/<id>.pf_fragment). */
export interface IndexedPage {
  id: string;
  url: string;
  filters: Partial<Record<SearchFacet, string[]>>;
}

/** Reads a Pagefind fragment file: gzip of "pagefind_dcd" followed by the JSON of the page. */
export function readFragment(id: string, compressed: Buffer): IndexedPage {
  const text = gunzipSync(compressed).toString('utf8');
  const json = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters?: IndexedPage['filters'] };
  return { id, url: json.url, filters: json.filters ?? {} };
}

/**
 * The facet file of one language: the indexed product pages in the order of /data/products.json (catalogue name
 * order), with the signing day of the certificate in force. Every product must have exactly one indexed page and
 * every indexed page must be a product, or the search page would count and sort a different catalogue.
 */
export function facetFileOf(
  lang: 'vi' | 'en',
  indexed: readonly IndexedPage[],
  products: readonly ProductRow[],
): FacetFile {
  const byUrl = new Map<string, IndexedPage>();
  for (const page of indexed) {
    if (byUrl.has(page.url)) throw new Error(`search facets: ${page.url} is indexed twice (${lang})`);
    byUrl.set(page.url, page);
  }
  const pages: FacetPage[] = products.map((product) => {
    const page = byUrl.get(product.urls[lang]);
    if (!page)
      throw new Error(
        `search facets: product ${product.id} (${product.urls[lang]}) is not in the ${lang} search index`,
      );
    byUrl.delete(product.urls[lang]);
    return { id: page.id, filters: page.filters, signed: product.certificate.signed };
  });
  const extra = [...byUrl.keys()];
  if (extra.length > 0)
    throw new Error(
      `search facets: ${extra.length} ${lang} indexed pages are not products in products.json: ${extra.slice(0, 3).join(', ')}`,
    );
  return encodeFacetFile(pages);
}

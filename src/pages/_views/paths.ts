/**
 * getStaticPaths for every route, shared by the Vietnamese (root) and English (/en) route files so the two
 * languages always have the same pages. Each composes src/lib functions over the once-loaded catalogue.
 */
import { loadCatalog, type SiteProduct } from '../../data/catalog.ts';
import { STAR_KEYS, sortProducts, starKey, type SortKey } from '../../lib/buildCatalog.ts';
import { paginateListing, type ListingPage } from '../../lib/paginateListing.ts';
import { hasGuide } from '../../lib/provinceGuide.ts';
import type { SearchFacet } from '../../lib/searchRecord.ts';
import { listingSearchQuery } from '../../lib/searchState.ts';
import { GROUP_IDS, subgroupsOf, type GroupId } from '../../schemas/groups.ts';
import { incremental, productPageKey } from './pageKeys.ts';

export const PAGE_SIZE = 24;

export type Listing = ListingPage<SiteProduct, SortKey>;

/**
 * Browse pages are built in one order, by name. The other orders (stars, newest) were static pages too, which
 * tripled the listing pages (a fifth of the site at national scale); they are now links to the search page with
 * the same filters, where Pagefind sorts the whole set (see ProductListing).
 */
export const LISTING_SORTS: readonly SortKey[] = ['name'];

function listings(items: readonly SiteProduct[]): Listing[] {
  return paginateListing(items, LISTING_SORTS, sortProducts, PAGE_SIZE);
}

/** The search filters that select the products of each kind of browse listing (its "sort by" links use them). */
export const listingFilters = {
  all: (): Partial<Record<SearchFacet, string[]>> => ({}),
  province: (id: string): Partial<Record<SearchFacet, string[]>> => ({ province: [id] }),
  group: (group: string, subgroup?: string): Partial<Record<SearchFacet, string[]>> =>
    subgroup ? { subgroup: [subgroup] } : { group: [group] },
  stars: (stars: string): Partial<Record<SearchFacet, string[]>> => ({ stars: [stars], state: ['valid', 'expiring'] }),
};

/**
 * Each listing's former static sort pages, base/sort/stars/ and base/sort/newest/, now redirect to the search page
 * with the same products in that order; the route files render them with SortRedirect. (Their later pages,
 * base/sort/stars/page/2/, are gone: the search page shows every result.)
 */
function sortRedirects(filters: Partial<Record<SearchFacet, string[]>>) {
  return (['stars', 'newest'] as const).map((sort) => ({
    rest: `sort/${sort}`,
    redirect: listingSearchQuery(filters, sort),
  }));
}

export async function productPaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.products.map(async (product, position) => ({
      params: { id: product.id },
      ...(incremental ? { cacheKey: await productPageKey(catalog, product, position) } : {}),
    })),
  );
}

export async function allProductsPaths() {
  const catalog = await loadCatalog();
  return [
    ...listings(catalog.products).map((listing) => ({ params: { listing: listing.rest }, props: { listing } })),
    ...sortRedirects(listingFilters.all()).map(({ rest, redirect }) => ({
      params: { listing: rest },
      props: { redirect },
    })),
  ];
}

export async function provincePaths() {
  const catalog = await loadCatalog();
  return catalog.provinces.flatMap((province) => [
    ...listings(catalog.productsOfProvince(province.id)).map((listing) => ({
      params: { province: province.id, listing: listing.rest },
      props: { listing },
    })),
    ...sortRedirects(listingFilters.province(province.id)).map(({ rest, redirect }) => ({
      params: { province: province.id, listing: rest },
      props: { redirect },
    })),
  ]);
}

export async function groupPaths() {
  const catalog = await loadCatalog();
  return GROUP_IDS.flatMap((group) => [
    ...listings(catalog.products.filter((p) => p.data.group === group)).map((listing) => ({
      params: { group, listing: listing.rest },
      props: { listing },
    })),
    ...sortRedirects(listingFilters.group(group)).map(({ rest, redirect }) => ({
      params: { group, listing: rest },
      props: { redirect },
    })),
  ]);
}

export async function subgroupPaths() {
  const catalog = await loadCatalog();
  return GROUP_IDS.flatMap((group: GroupId) =>
    subgroupsOf(group).flatMap((subgroup) => [
      ...listings(catalog.products.filter((p) => p.data.subgroup === subgroup)).map((listing) => ({
        params: { group, subgroup, listing: listing.rest },
        props: { listing },
      })),
      ...sortRedirects(listingFilters.group(group, subgroup)).map(({ rest, redirect }) => ({
        params: { group, subgroup, listing: rest },
        props: { redirect },
      })),
    ]),
  );
}

export async function starPaths() {
  const catalog = await loadCatalog();
  return STAR_KEYS.flatMap((stars) => [
    ...listings(catalog.products.filter((p) => p.cert.certified && starKey(p.cert.result) === stars)).map(
      (listing) => ({ params: { stars, listing: listing.rest }, props: { listing } }),
    ),
    ...sortRedirects(listingFilters.stars(stars)).map(({ rest, redirect }) => ({
      params: { stars, listing: rest },
      props: { redirect },
    })),
  ]);
}

export async function producerPaths() {
  const catalog = await loadCatalog();
  return catalog.producers.map((producer) => ({ params: { id: producer.id } }));
}

export async function tracePaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.products.map(async (product, position) => ({
      params: { code: product.data.traceCode },
      props: { id: product.id },
      ...(incremental ? { cacheKey: await productPageKey(catalog, product, position) } : {}),
    })),
  );
}

export async function eventPaths() {
  const catalog = await loadCatalog();
  return catalog.events.map((event) => ({ params: { id: event.id } }));
}

/** /events/province/<id>/ for every province that has at least one event. */
export async function eventProvincePaths() {
  const catalog = await loadCatalog();
  const provinces = new Set(catalog.events.map((event) => event.data.province));
  return [...provinces].map((province) => ({ params: { province } }));
}

/** /events/kind/<kind>/ for every kind of event that has at least one event. */
export async function eventKindPaths() {
  const catalog = await loadCatalog();
  const kinds = new Set(catalog.events.map((event) => event.data.kind));
  return [...kinds].map((kind) => ({ params: { kind } }));
}

/** Supplier directory split by province: only provinces with at least one producer get a page. */
export async function suppliersProvincePaths() {
  const catalog = await loadCatalog();
  const provinces = new Set(catalog.producers.map((p) => p.data.province));
  return [...provinces].map((province) => ({ params: { province } }));
}

/** Supplier directory split by product group: groups with at least one product. */
export async function suppliersGroupPaths() {
  const catalog = await loadCatalog();
  const groups = new Set(catalog.products.map((p) => p.data.group));
  return GROUP_IDS.filter((group) => groups.has(group)).map((group) => ({ params: { group } }));
}

/** /guide/<province>/ for every province with at least one product certified today. */
export async function guidePaths() {
  const catalog = await loadCatalog();
  return catalog.provinces
    .filter((province) => hasGuide(catalog, province.id))
    .map((p) => ({ params: { province: p.id } }));
}

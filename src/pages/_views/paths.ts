/**
 * getStaticPaths for every route, shared by the Vietnamese (root) and English (/en) route files so the two
 * languages always have the same pages. Each composes src/lib functions over the once-loaded catalogue.
 */
import { loadCatalog, type SiteCatalog, type SiteProducer, type SiteProduct } from '../../data/catalog.ts';
import { sortProducts, type SortKey } from '../../lib/catalog/buildCatalog.ts';
import { STAR_KEYS, starKey } from '../../lib/certification/starLevels.ts';
import { paginateListing, type ListingPage } from '../../lib/catalog/paginateListing.ts';
import { hasGuide } from '../../lib/guide/provinceGuide.ts';
import type { SearchFacet } from '../../lib/search/searchRecord.ts';
import { listingSearchQuery } from '../../lib/search/searchState.ts';
import { GROUP_IDS, subgroupsOf, type GroupId, type SubgroupId } from '../../schemas/groups.ts';
import {
  listingPageKey,
  producerPageKey,
  productPageKey,
  eventsKey,
  guidePageKey,
  redirectPageKey,
  supplierPageKey,
  withKeys,
} from './pageKeys.ts';

export const PAGE_SIZE = 24;

export type Listing = ListingPage<SiteProduct, SortKey>;

/**
 * Browse pages are built in one order, by name. The other orders (stars, newest) were static pages too, which
 * tripled the listing pages (a fifth of the site at national scale); they are now links to the search page with
 * the same filters, where Pagefind sorts the whole set (see ProductListing).
 */
export const LISTING_SORTS: readonly SortKey[] = ['name'];

/** The search filters that select the products of each kind of browse listing (its "sort by" links use them). */
export const listingFilters = {
  all: (): Partial<Record<SearchFacet, string[]>> => ({}),
  province: (id: string): Partial<Record<SearchFacet, string[]>> => ({ province: [id] }),
  group: (group: string, subgroup?: string): Partial<Record<SearchFacet, string[]>> =>
    subgroup ? { subgroup: [subgroup] } : { group: [group] },
  stars: (stars: string): Partial<Record<SearchFacet, string[]>> => ({ stars: [stars], state: ['valid', 'expiring'] }),
};

/** Which browse view a listing route renders, with that view's own props (ListingRoute.astro picks the view). */
export type ListingOf =
  | { view: 'all' }
  | { view: 'province'; id: string }
  | { view: 'group'; group: GroupId; subgroup?: SubgroupId }
  | { view: 'stars'; stars: (typeof STAR_KEYS)[number] };

/** A listing route's props: a page of its listing, or the search-page query a former sort address points to. */
export type ListingRouteProps =
  { of: ListingOf; listing: Listing; redirect?: undefined } | { of?: undefined; listing?: undefined; redirect: string };

/**
 * The routes of one browse listing under its own params: its pages in name order, then its former static sort
 * pages, base/sort/stars/ and base/sort/newest/, which now point to the search page with the same products in that
 * order (the route files render them with SortRedirect; base/sort/stars/page/2/ and later are gone: the search page
 * shows every result).
 */
async function listingRoutes<P extends Record<string, string>>(
  params: P,
  of: ListingOf,
  items: readonly SiteProduct[],
  filters: Partial<Record<SearchFacet, string[]>>,
) {
  const catalog = await loadCatalog();
  const pages = await Promise.all(
    paginateListing(items, LISTING_SORTS, sortProducts, PAGE_SIZE).map(async (listing) => ({
      params: { ...params, listing: listing.rest },
      props: { of, listing } as ListingRouteProps,
      ...(withKeys ? { cacheKey: await listingPageKey(catalog, of, listing) } : {}),
    })),
  );
  const redirects = (['stars', 'newest'] as const).map((sort) => {
    const redirect = listingSearchQuery(filters, sort);
    return {
      params: { ...params, listing: `sort/${sort}` },
      props: { redirect } as ListingRouteProps,
      ...(withKeys ? { cacheKey: redirectPageKey(catalog, redirect) } : {}),
    };
  });
  return [...pages, ...redirects];
}

/** The routes of several listings, in order. */
const allOf = async <T>(routes: Promise<T[]>[]): Promise<T[]> => (await Promise.all(routes)).flat();

export async function productPaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.products.map(async (product, position) => ({
      params: { id: product.id },
      ...(withKeys ? { cacheKey: await productPageKey(catalog, product, position) } : {}),
    })),
  );
}

export async function allProductsPaths() {
  const catalog = await loadCatalog();
  return listingRoutes({}, { view: 'all' }, catalog.products, listingFilters.all());
}

export async function provincePaths() {
  const catalog = await loadCatalog();
  return allOf(
    catalog.provinces.map((province) =>
      listingRoutes(
        { province: province.id },
        { view: 'province', id: province.id },
        catalog.productsOfProvince(province.id),
        listingFilters.province(province.id),
      ),
    ),
  );
}

export async function groupPaths() {
  const catalog = await loadCatalog();
  return allOf(
    GROUP_IDS.map((group) =>
      listingRoutes(
        { group },
        { view: 'group', group },
        catalog.products.filter((p) => p.data.group === group),
        listingFilters.group(group),
      ),
    ),
  );
}

export async function subgroupPaths() {
  const catalog = await loadCatalog();
  return allOf(
    GROUP_IDS.flatMap((group: GroupId) =>
      subgroupsOf(group).map((subgroup) =>
        listingRoutes(
          { group, subgroup },
          { view: 'group', group, subgroup },
          catalog.products.filter((p) => p.data.subgroup === subgroup),
          listingFilters.group(group, subgroup),
        ),
      ),
    ),
  );
}

export async function starPaths() {
  const catalog = await loadCatalog();
  return allOf(
    STAR_KEYS.map((stars) =>
      listingRoutes(
        { stars },
        { view: 'stars', stars },
        catalog.products.filter((p) => p.cert.certified && starKey(p.cert.result) === stars),
        listingFilters.stars(stars),
      ),
    ),
  );
}

export async function producerPaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.producers.map(async (producer) => ({
      params: { id: producer.id },
      ...(withKeys ? { cacheKey: await producerPageKey(catalog, producer.id) } : {}),
    })),
  );
}

export async function tracePaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.products.map(async (product, position) => ({
      params: { code: product.data.traceCode },
      props: { id: product.id },
      ...(withKeys ? { cacheKey: await productPageKey(catalog, product, position) } : {}),
    })),
  );
}

/** The key of every page of the fairs (pageKeys.ts eventsKey), when keys are asked for. */
export async function eventsPageKey(catalog: SiteCatalog): Promise<{ cacheKey?: string }> {
  return withKeys ? { cacheKey: await eventsKey(catalog) } : {};
}

export async function eventPaths() {
  const catalog = await loadCatalog();
  const key = await eventsPageKey(catalog);
  return catalog.events.map((event) => ({ params: { id: event.id }, ...key }));
}

/** /events/province/<id>/ for every province that has at least one event. */
export async function eventProvincePaths() {
  const catalog = await loadCatalog();
  const key = await eventsPageKey(catalog);
  const provinces = new Set(catalog.events.map((event) => event.data.province));
  return [...provinces].map((province) => ({ params: { province }, ...key }));
}

/** /events/kind/<kind>/ for every kind of event that has at least one event. */
export async function eventKindPaths() {
  const catalog = await loadCatalog();
  const key = await eventsPageKey(catalog);
  const kinds = new Set(catalog.events.map((event) => event.data.kind));
  return [...kinds].map((kind) => ({ params: { kind }, ...key }));
}

/** Suppliers on one static page of the directory by province or group: the national food group has thousands. */
export const SUPPLIERS_PAGE_SIZE = 24;

export type SupplierListing = ListingPage<SiteProducer, 'name'>;

/** The pages of one supplier listing in the directory's order (base/, base/page/2/, …), under `params`. */
async function supplierPages<P extends { province: string } | { group: string }>(
  of: P,
  producers: readonly SiteProducer[],
) {
  const catalog = await loadCatalog();
  return Promise.all(
    paginateListing(producers, ['name'] as const, (items) => [...items], SUPPLIERS_PAGE_SIZE).map(async (listing) => ({
      params: { ...of, page: listing.rest },
      props: { listing },
      ...(withKeys ? { cacheKey: await supplierPageKey(catalog, of, listing) } : {}),
    })),
  );
}

/** Supplier directory split by province: only provinces with at least one producer get pages. */
export async function suppliersProvincePaths() {
  const catalog = await loadCatalog();
  const provinces = new Set(catalog.producers.map((p) => p.data.province));
  return allOf(
    [...provinces].map((province) =>
      supplierPages(
        { province },
        catalog.producers.filter((producer) => producer.data.province === province),
      ),
    ),
  );
}

/** Supplier directory split by product group: groups with at least one product, producers who make one. */
export async function suppliersGroupPaths() {
  const catalog = await loadCatalog();
  const groups = new Set(catalog.products.map((p) => p.data.group));
  return allOf(
    GROUP_IDS.filter((group) => groups.has(group)).map((group) =>
      supplierPages(
        { group },
        catalog.producers.filter((producer) =>
          catalog.productsOfProducer(producer.id).some((product) => product.data.group === group),
        ),
      ),
    ),
  );
}

/** /guide/<province>/ for every province with at least one product certified today. */
export async function guidePaths() {
  const catalog = await loadCatalog();
  return Promise.all(
    catalog.provinces
      .filter((province) => hasGuide(catalog, province.id))
      .map(async (p) => ({
        params: { province: p.id },
        ...(withKeys ? { cacheKey: await guidePageKey(catalog, p.id) } : {}),
      })),
  );
}

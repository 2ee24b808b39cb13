/**
 * Page keys for a rebuild after a change (`npm run build -- --changed`, scripts/build.ts): product, trace and
 * producer pages, the pages of the browse listings and the supplier directory, and the pages and files of one
 * province (its renewals, calendar and change feed, its visitor guide, its open-data files) or of the fairs carry a
 * hash of everything they show, and a rebuild renders again only the pages whose key changed (pages without a key,
 * the national feeds, data files and indexes, are always rendered). A key must cover every record the page shows: a
 * stale certificate state is the one thing this site must never publish. Each key starts with the day, so a new day
 * renders every keyed page again. Computed only when scripts/build.ts asks (OCOP_PAGE_KEYS=1);
 * tests/e2e/build.e2e.ts compares a rebuild with a full build.
 */
import { createHash } from 'node:crypto';
import { eventEntry, productEntry, type SiteCatalog, type SiteProducer, type SiteProduct } from '../../data/catalog.ts';
import { countProducts } from '../../lib/catalog/countProducts.ts';
import type { ListingPage } from '../../lib/catalog/paginateListing.ts';
import { eventsOfProduct } from '../../lib/events/eventsOfProduct.ts';
import { pageKeysWanted } from '../../config.ts';
import { relatedProducts } from '../../lib/catalog/relatedProducts.ts';

export const withKeys = pageKeysWanted();

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/** A value worked out once per build: per catalogue (or per record) it is computed the first time it is asked for. */
function once<K extends object, V>(cache: WeakMap<K, V>, of: K, make: () => V): V {
  let value = cache.get(of);
  if (value === undefined) {
    value = make();
    cache.set(of, value);
  }
  return value;
}

const digests = new WeakMap<object, string>();

/**
 * The hash of a record's data, once per build: a province's or producer's data is part of the key of each of its
 * products (a province's record is long), and a product's card of the key of every page it appears on. Hashing
 * them again for each page cost about 8 s of a render process at 20,000 products.
 */
function digestOf(data: object): string {
  return once(digests, data, () => hash([data]));
}

const productDigests = new WeakMap<SiteProduct, Promise<string>>();

/**
 * What a product card shows wherever it appears: the record, its Markdown, its certificate, and its place: the
 * province's and the producer's names come from their records, so those are part of it too.
 */
function productParts(product: SiteProduct): Promise<string> {
  return once(productDigests, product, () =>
    productEntry(product.id).then((entry) =>
      hash([
        product.id,
        product.data,
        entry.digest,
        product.cert,
        product.province.id,
        digestOf(product.province.data),
        product.producer.id,
        digestOf(product.producer.data),
      ]),
    ),
  );
}

const productKeys = new WeakMap<SiteProduct, Promise<string>>();

/**
 * Everything a product or trace page is made of: the day (certificate states and fairs change with it), the
 * product record and its Markdown, its place in name order (the search sort), producer, province, outlets,
 * related products as their cards show them, and its fairs.
 */
export function productPageKey(catalog: SiteCatalog, product: SiteProduct, position: number): Promise<string> {
  return once(productKeys, product, async () =>
    hash([
      catalog.today,
      position,
      await productParts(product),
      digestOf(product.producer.data),
      digestOf(product.province.data),
      product.data.outlets.map((id) => {
        const outlet = catalog.outlet(id);
        return outlet ? digestOf(outlet.data) : null;
      }),
      await Promise.all(relatedProducts(catalog.products, product).map(productParts)),
      eventsOfProduct(catalog.events, product.id, catalog.today),
    ]),
  );
}

/** Everything a producer page and its stamp sheet are made of: the day, the producer, its province and products. */
export async function producerPageKey(catalog: SiteCatalog, id: string): Promise<string> {
  const producer = catalog.producer(id);
  return hash([
    catalog.today,
    digestOf(producer.data),
    digestOf(catalog.province(producer.data.province).data),
    await Promise.all(catalog.productsOfProducer(id).map(productParts)),
  ]);
}

/** Everything a product's own data files show (its certificate calendar): the day, the record, producer, province. */
export async function productFileKey(catalog: SiteCatalog, product: SiteProduct): Promise<string> {
  return hash([
    catalog.today,
    await productParts(product),
    digestOf(product.producer.data),
    digestOf(product.province.data),
  ]);
}

/** Which page of a listing, of how many and of how many items: what a listing page shows besides its items. */
const placeOf = ({ rest, sort, page, pages, total }: ListingPage<unknown, string>) => ({
  rest,
  sort,
  page,
  pages,
  total,
});

/**
 * Everything a page of a browse listing (/products/, /provinces/<id>/, /groups/…, /stars/<key>/ and their later
 * pages) is made of: the day, which listing and which of its pages, each product's card, and on a province's pages
 * the province's record and its counts by stars and group (which count every product of the province).
 */
export async function listingPageKey(
  catalog: SiteCatalog,
  of: { view: string; id?: string },
  listing: ListingPage<SiteProduct, string>,
): Promise<string> {
  const province = of.view === 'province' && of.id !== undefined ? catalog.province(of.id) : undefined;
  return hash([
    catalog.today,
    of,
    placeOf(listing),
    await Promise.all(listing.items.map(productParts)),
    province ? [digestOf(province.data), countProducts(catalog.productsOfProvince(province.id))] : null,
  ]);
}

/** A former sort address of a listing: a page that sends to the search page with this query. */
export function redirectPageKey(catalog: SiteCatalog, query: string): string {
  return hash([catalog.today, 'redirect', query]);
}

/**
 * Everything a page of the supplier directory (/suppliers/province/<id>/…, /suppliers/group/<id>/…) is made of:
 * the day, which listing and which of its pages, its province's name, and each supplier's card (the producer, its
 * province's name, and the products it sells as the card lists them).
 */
export async function supplierPageKey(
  catalog: SiteCatalog,
  of: { province?: string; group?: string },
  listing: ListingPage<SiteProducer, string>,
): Promise<string> {
  return hash([
    catalog.today,
    of,
    of.province === undefined ? null : digestOf(catalog.province(of.province).data),
    placeOf(listing),
    await Promise.all(
      listing.items.map(async (producer) => [
        digestOf(producer.data),
        digestOf(catalog.province(producer.data.province).data),
        await Promise.all(catalog.productsOfProducer(producer.id).map(productParts)),
      ]),
    ),
  ]);
}

const provinceScopes = new WeakMap<object, Promise<string>>();

/**
 * What a province's own pages show of it: its record and each of its products as a card shows it (the record, its
 * Markdown, its certificate, its producer's and province's records), in the catalogue's order.
 */
function provinceScope(catalog: SiteCatalog, id: string): Promise<string> {
  const province = catalog.province(id);
  return once(provinceScopes, province, async () =>
    hash([id, digestOf(province.data), await Promise.all(catalog.productsOfProvince(id).map(productParts))]),
  );
}

const provinceLists = new WeakMap<SiteCatalog, string>();

/** Every province's record and whether it has products: the lists of provinces the watch pages link to. */
function provinceList(catalog: SiteCatalog): string {
  return once(provinceLists, catalog, () =>
    hash(
      catalog.provinces.map((province) => [
        province.id,
        digestOf(province.data),
        catalog.productsOfProvince(province.id).length > 0,
      ]),
    ),
  );
}

/**
 * Everything a province's certificate watch shows (/renewals/<province>/, its CSV, its certificates calendar and
 * /feeds/changes/<province>.xml): the day, the province and its products, and the list of provinces with products.
 */
export async function provinceWatchKey(catalog: SiteCatalog, id: string): Promise<string> {
  return hash([catalog.today, 'watch', await provinceScope(catalog, id), provinceList(catalog)]);
}

const recordsOf = (records: readonly { id: string; data: object }[]) =>
  records.map((record) => [record.id, digestOf(record.data)]);

/** A province's outlets and fairs, by their records. */
const placesOf = (catalog: SiteCatalog, id: string) => [
  recordsOf(catalog.outlets.filter((outlet) => outlet.data.province === id)),
  recordsOf(catalog.events.filter((event) => event.data.province === id)),
];

/**
 * Everything a province's visitor guide shows (/guide/<province>/): the day, the province and its products, its
 * outlets and its fairs.
 */
export async function guidePageKey(catalog: SiteCatalog, id: string): Promise<string> {
  return hash([catalog.today, 'guide', await provinceScope(catalog, id), placesOf(catalog, id)]);
}

/**
 * Everything a province's open-data files show (/data/provinces/<province>/*): the day, the province and its
 * products, its producers with every product of theirs (the producers' files list them and count those certified),
 * its outlets and its events.
 */
export async function provinceDataKey(catalog: SiteCatalog, id: string): Promise<string> {
  const producers = catalog.producers.filter((producer) => producer.data.province === id);
  return hash([
    catalog.today,
    'data',
    await provinceScope(catalog, id),
    await Promise.all(
      producers.map(async (producer) => [
        producer.id,
        digestOf(producer.data),
        await Promise.all(catalog.productsOfProducer(producer.id).map(productParts)),
      ]),
    ),
    placesOf(catalog, id),
  ]);
}

const eventsKeys = new WeakMap<SiteCatalog, Promise<string>>();

/**
 * Everything the pages and calendars of the fairs show (/events/<id>/, its calendar, /events/province/…,
 * /events/kind/…): the day, every event with its Markdown, every province's record, and the products and producers
 * the events list.
 */
export function eventsKey(catalog: SiteCatalog): Promise<string> {
  return once(eventsKeys, catalog, async () =>
    hash([
      catalog.today,
      'events',
      await Promise.all(
        catalog.events.map(async (event) => [event.id, digestOf(event.data), (await eventEntry(event.id)).digest]),
      ),
      recordsOf(catalog.provinces),
      await Promise.all(
        [...new Set(catalog.events.flatMap((event) => event.data.products))].map((id) =>
          productParts(catalog.product(id)),
        ),
      ),
      [...new Set(catalog.events.flatMap((event) => event.data.producers))].map((id) =>
        digestOf(catalog.producer(id).data),
      ),
    ]),
  );
}

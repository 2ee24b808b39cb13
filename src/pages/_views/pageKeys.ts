/**
 * Page keys for a rebuild after a change (`npm run build -- --changed`, scripts/build.ts): product, trace and
 * producer pages carry a hash of everything they show, and a rebuild renders again only the pages whose key
 * changed (pages without a key, the listings, feeds and data files, are always rendered). A key must cover every
 * record the page shows: a stale certificate state is the one thing this site must never publish. Each key starts
 * with the day, so a new day renders every keyed page again. Computed only when scripts/build.ts asks
 * (OCOP_PAGE_KEYS=1); tests/build.test.ts compares a rebuild with a full build.
 */
import { createHash } from 'node:crypto';
import { productEntry, type SiteCatalog, type SiteProduct } from '../../data/catalog.ts';
import { eventsOfProduct } from '../../lib/events/eventsOfProduct.ts';
import { pageKeysWanted } from '../../config.ts';
import { relatedProducts } from '../../lib/catalog/relatedProducts.ts';

export const withKeys = pageKeysWanted();

const hash = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

const digests = new WeakMap<object, string>();

/**
 * The hash of a record's data, once per build: a province's or producer's data is part of the key of each of its
 * products (a province's record is long), and a product's card of the key of every page it appears on. Hashing
 * them again for each page cost about 8 s of a render process at 20,000 products.
 */
function digestOf(data: object): string {
  let digest = digests.get(data);
  if (digest === undefined) {
    digest = hash([data]);
    digests.set(data, digest);
  }
  return digest;
}

const productDigests = new WeakMap<SiteProduct, Promise<string>>();

/** What a product card shows wherever it appears: the record, its Markdown, its certificate and its place. */
function productParts(product: SiteProduct): Promise<string> {
  let digest = productDigests.get(product);
  if (!digest) {
    digest = productEntry(product.id).then((entry) =>
      hash([product.id, product.data, entry.digest, product.cert, product.province.id, product.producer.id]),
    );
    productDigests.set(product, digest);
  }
  return digest;
}

const productKeys = new WeakMap<SiteProduct, Promise<string>>();

/**
 * Everything a product or trace page is made of: the day (certificate states and fairs change with it), the
 * product record and its Markdown, its place in name order (the search sort), producer, province, outlets,
 * related products as their cards show them, and its fairs.
 */
export function productPageKey(catalog: SiteCatalog, product: SiteProduct, position: number): Promise<string> {
  let key = productKeys.get(product);
  if (!key) {
    key = (async () =>
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
      ]))();
    productKeys.set(product, key);
  }
  return key;
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

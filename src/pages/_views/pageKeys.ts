/**
 * Cache keys for Astro's experimental incremental build (OCOP_INCREMENTAL=1, see astro.config.mjs and
 * bench/RESULTS.md). A page is reused only when its key and its code are unchanged, so a key must cover every
 * record the page shows: a stale certificate state is the one thing this site must never publish.
 */
import { createHash } from 'node:crypto';
import { productEntry, type SiteCatalog, type SiteProduct } from '../../data/catalog.ts';
import { eventsOfProduct } from '../../lib/events/eventsOfProduct.ts';
import { incrementalBuild } from '../../config.ts';
import { relatedProducts } from '../../lib/catalog/relatedProducts.ts';

export const incremental = incrementalBuild();

/**
 * Everything a product or trace page is made of: the day (certificate states and fairs change with it), the
 * product record and its Markdown, its place in name order (the search sort), producer, province, outlets,
 * related products as their cards show them, and its fairs.
 */
export async function productPageKey(catalog: SiteCatalog, product: SiteProduct, position: number): Promise<string> {
  const entry = await productEntry(product.id);
  const card = (p: SiteProduct) => [p.id, p.data.name, p.data.nameEn, p.data.images[0]?.src.src, p.cert, p.province.id];
  const parts = [
    catalog.today,
    position,
    product.data,
    entry.digest,
    product.cert,
    product.producer.data,
    product.province.data,
    product.data.outlets.map((id) => catalog.outlet(id)?.data),
    relatedProducts(catalog.products, product).map(card),
    eventsOfProduct(catalog.events, product.id, catalog.today),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

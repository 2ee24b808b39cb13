import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type ProductView } from '../lib/catalog/buildCatalog.ts';
import { benchMode } from '../config.ts';
import { today } from '../lib/core/clock.ts';

export type ProductData = CollectionEntry<'products'>['data'];
export type SiteCatalog = Catalog<ProductData>;
export type SiteProduct = ProductView<ProductData>;
export type SiteProducer = SiteCatalog['producers'][number];

interface Loaded {
  catalog: SiteCatalog;
  productEntries: Map<string, CollectionEntry<'products'>>;
  eventEntries: Map<string, CollectionEntry<'events'>>;
}

let cached: Promise<Loaded> | undefined;

/**
 * Reads every collection once per build and shares the joined views with every page: getCollection is slow on
 * large collections (withastro/astro#16297), and pages only need lookups into the result.
 */
function load(): Promise<Loaded> {
  cached ??= (async () => {
    const started = performance.now();
    const [provinces, producers, products, events, outlets] = await Promise.all([
      getCollection('provinces'),
      getCollection('producers'),
      getCollection('products'),
      getCollection('events'),
      getCollection('outlets'),
    ]);
    const loaded = {
      catalog: buildCatalog({ provinces, producers, products, events, outlets }, today()),
      productEntries: new Map(products.map((entry) => [entry.id, entry])),
      eventEntries: new Map(events.map((entry) => [entry.id, entry])),
    };
    // npm run bench counts these lines to prove the collections are read once, however many pages there are.
    if (benchMode())
      console.log(
        `ocop-bench: catalogue loaded (${products.length} products) in ${Math.round(performance.now() - started)} ms`,
      );
    return loaded;
  })();
  return cached;
}

export async function loadCatalog(): Promise<SiteCatalog> {
  return (await load()).catalog;
}

/** The Markdown entry of a product, for render(). */
export async function productEntry(id: string): Promise<CollectionEntry<'products'>> {
  const entry = (await load()).productEntries.get(id);
  if (!entry) throw new Error(`unknown product ${id}`);
  return entry;
}

/** The Markdown entry of an event, for render(). */
export async function eventEntry(id: string): Promise<CollectionEntry<'events'>> {
  const entry = (await load()).eventEntries.get(id);
  if (!entry) throw new Error(`unknown event ${id}`);
  return entry;
}

import { buildCatalog, type Catalog, type Entry } from '../../src/lib/catalog/buildCatalog.ts';
import type { CollectionName } from '../../src/lib/records/contentLayout.ts';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';
import { readContentTree } from '../../src/lib/records/readContentTree.ts';
import type { Product } from '../../src/schemas/product.ts';
import { RECORD_SCHEMAS } from '../../src/lib/records/validateCatalog.ts';

/** A fixture content tree joined into a catalogue the way the site does, without Astro; ids per collection too. */
export function fixtureCatalog(
  root: string,
  today: string,
): { catalog: Catalog<Product>; ids: Record<CollectionName, string[]> } {
  const { files } = readContentTree(root);
  const entries = { provinces: [], producers: [], products: [], events: [], outlets: [] } as Record<
    CollectionName,
    Entry<unknown>[]
  >;
  for (const file of files) {
    const parsed = parseRecord(file.file, file.text);
    if (!('record' in parsed)) throw new Error(`${file.file} does not parse`);
    entries[file.collection].push({ id: file.id, data: RECORD_SCHEMAS[file.collection].parse(parsed.record.data) });
  }
  const ids = Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [name, list.map((e) => e.id).sort()]),
  ) as Record<CollectionName, string[]>;
  // The casts mirror what Astro's typed getCollection returns for each collection.
  const catalog = buildCatalog(entries as unknown as Parameters<typeof buildCatalog<Product>>[0], today);
  return { catalog, ids };
}

import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../schemas/event.ts';
import { OutletSchema } from '../../schemas/outlet.ts';
import { ProducerSchema } from '../../schemas/producer.ts';
import { ProductSchema } from '../../schemas/product.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { buildCatalog, type ProductLike, type ProductView } from './buildCatalog.ts';
import { parseRecord } from '../records/parseRecord.ts';
import { relatedProducts } from './relatedProducts.ts';
import { generateSyntheticCatalog, readProvinceSeeds } from '../../../scripts/lib/syntheticCatalog.ts';

const today = '2026-05-01';
const provinceSeeds = readProvinceSeeds('content/provinces');
const { files } = generateSyntheticCatalog({ products: 600, seed: 3, today, provinces: provinceSeeds });
function entries<T>(collection: string, schema: { parse: (data: unknown) => T }) {
  return files
    .filter((f) => f.path.startsWith(`${collection}/`))
    .map((f) => {
      const parsed = parseRecord(f.path, f.text);
      if (!('record' in parsed)) throw new Error(f.path);
      return { id: (f.path.split('/').at(-1) ?? '').replace(/\.[^.]+$/, ''), data: schema.parse(parsed.record.data) };
    });
}
const catalog = buildCatalog(
  {
    provinces: entries('provinces', ProvinceSchema),
    producers: entries('producers', ProducerSchema),
    products: entries('products', ProductSchema),
    events: entries('events', EventSchema),
    outlets: entries('outlets', OutletSchema),
  },
  today,
);

/** The rule stated plainly, scanning every product: what the indexed version must keep returning. */
function byScanning<P extends ProductLike>(all: readonly ProductView<P>[], product: ProductView<P>, limit = 4) {
  const score = (o: ProductView<P>) =>
    (o.producer.id === product.producer.id ? 4 : 0) +
    (o.data.subgroup === product.data.subgroup ? 2 : 0) +
    (o.province.id === product.province.id ? 1 : 0);
  return all
    .filter((o) => o.id !== product.id && score(o) >= 2)
    .sort((a, b) => score(b) - score(a) || Number(b.cert.certified) - Number(a.cert.certified))
    .slice(0, limit);
}

describe('relatedProducts', () => {
  it('suggests what a scan of the whole catalogue would, for every product', () => {
    for (const product of catalog.products) {
      expect(relatedProducts(catalog.products, product).map((p) => p.id)).toEqual(
        byScanning(catalog.products, product).map((p) => p.id),
      );
    }
  });

  it('puts the same producer first and never suggests the product itself', () => {
    const product = catalog.products.find((p) => catalog.productsOfProducer(p.producer.id).length > 1);
    if (!product) throw new Error('the synthetic catalogue has producers with several products');
    const related = relatedProducts(catalog.products, product);
    expect(related[0]?.producer.id).toBe(product.producer.id);
    expect(related.map((p) => p.id)).not.toContain(product.id);
  });
});

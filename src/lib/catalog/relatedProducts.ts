import type { ProductLike, ProductView } from './buildCatalog.ts';

interface Index<P extends ProductLike> {
  position: Map<ProductView<P>, number>;
  byProducer: Map<string, ProductView<P>[]>;
  bySubgroup: Map<string, ProductView<P>[]>;
}

// One index per product list: every product page asks for its neighbours, and scanning the whole catalogue each time
// made the build quadratic (20,000 product pages × 20,000 products).
const indexes = new WeakMap<readonly object[], Index<ProductLike>>();

function indexOf<P extends ProductLike>(all: readonly ProductView<P>[]): Index<P> {
  const known = indexes.get(all) as Index<P> | undefined;
  if (known) return known;
  const index: Index<P> = { position: new Map(), byProducer: new Map(), bySubgroup: new Map() };
  all.forEach((item, i) => {
    index.position.set(item, i);
    for (const [map, key] of [
      [index.byProducer, item.producer.id],
      [index.bySubgroup, item.data.subgroup],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  });
  indexes.set(all, index as unknown as Index<ProductLike>);
  return index;
}

/**
 * Products to suggest beside one product: others from the same producer first, then the same subgroup in the same
 * province, then the same subgroup elsewhere; certified ones before lapsed ones; never the product itself. Ties keep
 * the order of `all`.
 */
export function relatedProducts<P extends ProductLike>(
  all: readonly ProductView<P>[],
  product: ProductView<P>,
  limit = 4,
): ProductView<P>[] {
  const score = (other: ProductView<P>): number => {
    let s = 0;
    if (other.producer.id === product.producer.id) s += 4;
    if (other.data.subgroup === product.data.subgroup) s += 2;
    if (other.province.id === product.province.id) s += 1;
    return s;
  };
  // Only the same producer or the same subgroup can score 2 or more.
  const index = indexOf(all);
  const candidates = new Set([
    ...(index.byProducer.get(product.producer.id) ?? []),
    ...(index.bySubgroup.get(product.data.subgroup) ?? []),
  ]);
  return [...candidates]
    .filter((other) => other.id !== product.id)
    .sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0))
    .map((other) => ({ other, s: score(other) }))
    .filter(({ s }) => s >= 2)
    .sort((a, b) => b.s - a.s || Number(b.other.cert.certified) - Number(a.other.cert.certified))
    .slice(0, limit)
    .map(({ other }) => other);
}

import type { ProductLike, ProductView } from './buildCatalog.ts';

interface Index<P extends ProductLike> {
  position: Map<ProductView<P>, number>;
  byProducer: Map<string, ProductView<P>[]>;
  /** Same subgroup, and same subgroup and province: certified first, then in the order of the list. */
  bySubgroup: Map<string, ProductView<P>[]>;
  bySubgroupAndProvince: Map<string, ProductView<P>[]>;
}

// One index per product list: every product page asks for its neighbours. Scanning the whole catalogue each time
// made the build quadratic (20,000 product pages × 20,000 products), and so did sorting every product of the
// subgroup for each page (about 1,200 a subgroup at 20,000).
const indexes = new WeakMap<readonly object[], Index<ProductLike>>();

const placeKey = (subgroup: string, province: string) => `${subgroup}\u0000${province}`;

function indexOf<P extends ProductLike>(all: readonly ProductView<P>[]): Index<P> {
  const known = indexes.get(all) as Index<P> | undefined;
  if (known) return known;
  // Certified products first, each group in list order (a stable sort): the order suggestions are ranked in.
  const ranked = [...all].sort((a, b) => Number(b.cert.certified) - Number(a.cert.certified));
  const index: Index<P> = {
    position: new Map(all.map((item, i) => [item, i])),
    byProducer: Map.groupBy(all, (item) => item.producer.id),
    bySubgroup: Map.groupBy(ranked, (item) => item.data.subgroup),
    bySubgroupAndProvince: Map.groupBy(ranked, (item) => placeKey(item.data.subgroup, item.province.id)),
  };
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
  // Only the same producer (4 or more) or the same subgroup (2, or 3 in the same province) can score 2 or more.
  // Every product of the producer is a candidate; of the others only the first `limit` of each ranked list can
  // make the cut, since everything after them scores the same and ranks lower.
  const index = indexOf(all);
  const seen = new Set<string>([product.id]);
  const candidates: ProductView<P>[] = [];
  for (const other of index.byProducer.get(product.producer.id) ?? []) {
    if (seen.has(other.id)) continue;
    seen.add(other.id);
    candidates.push(other);
  }
  for (const list of [
    index.bySubgroupAndProvince.get(placeKey(product.data.subgroup, product.province.id)),
    index.bySubgroup.get(product.data.subgroup),
  ]) {
    let taken = 0;
    for (const other of list ?? []) {
      if (taken >= limit) break;
      if (seen.has(other.id)) continue;
      seen.add(other.id);
      candidates.push(other);
      taken += 1;
    }
  }
  return candidates
    .map((other) => ({ other, s: score(other) }))
    .sort(
      (a, b) =>
        b.s - a.s ||
        Number(b.other.cert.certified) - Number(a.other.cert.certified) ||
        (index.position.get(a.other) ?? 0) - (index.position.get(b.other) ?? 0),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}

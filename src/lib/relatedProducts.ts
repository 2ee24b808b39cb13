import type { ProductLike, ProductView } from './buildCatalog.ts';

/**
 * Products to suggest beside one product: others from the same producer first, then the same subgroup in the same
 * province, then the same subgroup elsewhere; certified ones before lapsed ones; never the product itself.
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
  return all
    .filter((other) => other.id !== product.id)
    .map((other) => ({ other, s: score(other) }))
    .filter(({ s }) => s >= 2)
    .sort((a, b) => b.s - a.s || Number(b.other.cert.certified) - Number(a.other.cert.certified))
    .slice(0, limit)
    .map(({ other }) => other);
}

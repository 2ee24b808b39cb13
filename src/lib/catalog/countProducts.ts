import { GROUP_IDS, type GroupId } from '../../schemas/groups.ts';
import type { ProductLike, ProductView } from './buildCatalog.ts';
import { STAR_KEYS, starKey } from '../certification/starLevels.ts';

export interface ProductCounts {
  total: number;
  certified: number;
  /** Certified products per star key ("5", "potential-5", "4", "3"). */
  byStars: Record<(typeof STAR_KEYS)[number], number>;
  /** All products per group, certified or not. */
  byGroup: Record<GroupId, number>;
}

/** Counts for a set of products: totals, certified per star level, and per group. */
export function countProducts<P extends ProductLike>(products: readonly ProductView<P>[]): ProductCounts {
  const byStars = Object.fromEntries(STAR_KEYS.map((key) => [key, 0])) as ProductCounts['byStars'];
  const byGroup = Object.fromEntries(GROUP_IDS.map((id) => [id, 0])) as ProductCounts['byGroup'];
  let certified = 0;
  for (const product of products) {
    byGroup[product.data.group] += 1;
    if (!product.cert.certified) continue;
    certified += 1;
    const key = starKey(product.cert.result) as keyof ProductCounts['byStars'];
    if (key in byStars) byStars[key] += 1;
  }
  return { total: products.length, certified, byStars, byGroup };
}

import type { ProductLike, ProductView, Entry } from '../catalog/buildCatalog.ts';
import { starKey } from '../certification/starLevels.ts';
import { capacityBand, type CapacityBand } from './capacityBand.ts';
import type { Producer } from '../../schemas/producer.ts';
import type { GroupId } from '../../schemas/groups.ts';

/** What a retail buyer filters suppliers on, derived once from a producer and its products. */
export interface SupplierSummary {
  id: string;
  /** Products in the catalogue, and those with a certificate in force today. */
  productCount: number;
  certifiedCount: number;
  /** Star keys ("3", "4", "5", "potential-5") of products certified today. */
  stars: string[];
  /** Groups of all the producer's products. */
  groups: GroupId[];
  capacityBand: CapacityBand | undefined;
}

export function supplierSummary<P extends ProductLike>(
  producer: Entry<Producer>,
  products: readonly ProductView<P>[],
): SupplierSummary {
  const certified = products.filter((p) => p.cert.certified);
  return {
    id: producer.id,
    productCount: products.length,
    certifiedCount: certified.length,
    stars: [...new Set(certified.map((p) => starKey(p.cert.result)))].sort(),
    groups: [...new Set(products.map((p) => p.data.group))].sort(),
    capacityBand: capacityBand(producer.data.capacity),
  };
}

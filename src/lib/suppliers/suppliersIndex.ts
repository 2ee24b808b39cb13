import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { starKey } from '../certification/starLevels.ts';
import type { CapacityBand } from './capacityBand.ts';
import { supplierSummary } from './supplierSummary.ts';

/** One supplier in /data/suppliers-index.json: just what the directory filters and the shortlist show. */
export interface SupplierIndexEntry {
  id: string;
  name: string;
  nameEn?: string;
  type: string;
  province: string;
  groups: string[];
  /** Subgroups of its products. */
  subgroups?: string[];
  /** Names of its products (Vietnamese, then English where written), for the keyword filter. */
  sells?: string[];
  /** Star keys of products certified today. */
  stars: string[];
  /** Number of products certified today. */
  certified: number;
  capacity?: { perMonth: number; unit: string; band: CapacityBand };
  minimumOrder?: { quantity: number; unit: string };
  leadTimeDays?: number;
  phone?: string;
  email?: string;
  website?: string;
  zalo?: string;
}

export interface ProductIndexEntry {
  id: string;
  name: string;
  nameEn?: string;
  producer: string;
  group: string;
  /** Star key of the decision in force or last in force; null before the first one. */
  stars: string | null;
  /** Certificate state on statesAsOf; pages re-compute it on the visitor's day from the dates below (productStateOn). */
  state: string;
  /** Signing day, last valid day and revocation day of the decision in force or last in force. */
  signed?: string;
  validUntil?: string;
  revokedOn?: string;
  /** Packs with a published retail price. */
  packs?: { size: string; priceVnd: number }[];
}

export interface SuppliersIndex {
  statesAsOf: string;
  provinces: { id: string; vi: string; en: string }[];
  producers: SupplierIndexEntry[];
  products: ProductIndexEntry[];
}

/** Drops undefined members so the index stays compact. */
function compact<R>(value: Record<string, unknown>): R {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as R;
}

function priced(packs: readonly { size: string; priceVnd?: number | undefined }[]) {
  const withPrice = packs.flatMap((pack) =>
    pack.priceVnd === undefined ? [] : [{ size: pack.size, priceVnd: pack.priceVnd }],
  );
  return withPrice.length > 0 ? withPrice : undefined;
}

/** The compact index behind the directory filter and the shortlist: every producer and product, in name order. */
export function suppliersIndex<P extends ProductLike>(catalog: Catalog<P>): SuppliersIndex {
  return {
    statesAsOf: catalog.today,
    provinces: catalog.provinces
      .filter((p) => catalog.producers.some((producer) => producer.data.province === p.id))
      .map((p) => ({ id: p.id, vi: p.data.name.vi, en: p.data.name.en ?? p.data.name.vi })),
    producers: catalog.producers.map((producer) => {
      const products = catalog.productsOfProducer(producer.id);
      const summary = supplierSummary(producer, products);
      const { data } = producer;
      return compact<SupplierIndexEntry>({
        id: producer.id,
        name: data.name,
        nameEn: data.nameEn,
        type: data.type,
        province: data.province,
        groups: summary.groups,
        subgroups: [...new Set(products.map((p) => p.data.subgroup))].sort(),
        sells: products.flatMap((p) => (p.data.nameEn ? [p.data.name, p.data.nameEn] : [p.data.name])),
        stars: summary.stars,
        certified: summary.certifiedCount,
        capacity:
          data.capacity && summary.capacityBand
            ? { perMonth: data.capacity.perMonth, unit: data.capacity.unit, band: summary.capacityBand }
            : undefined,
        minimumOrder: data.minimumOrder,
        leadTimeDays: data.leadTimeDays,
        phone: data.contact.phone,
        email: data.contact.email,
        website: data.contact.website,
        zalo: data.contact.zalo,
      });
    }),
    products: catalog.products.map((product) =>
      compact<ProductIndexEntry>({
        id: product.id,
        name: product.data.name,
        nameEn: product.data.nameEn,
        producer: product.producer.id,
        group: product.data.group,
        stars: product.cert.result === undefined ? null : starKey(product.cert.result),
        state: product.cert.state,
        signed: product.cert.current?.signed,
        validUntil: product.cert.validUntil,
        revokedOn: product.cert.revokedOn,
        packs: priced(product.data.packs ?? []),
      }),
    ),
  };
}

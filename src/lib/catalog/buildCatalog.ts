import type { Event } from '../../schemas/event.ts';
import type { GroupId } from '../../schemas/groups.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Producer } from '../../schemas/producer.ts';
import type { Certification } from '../../schemas/product.ts';
import type { Province } from '../../schemas/province.ts';
import { certificateState, type CertificateState } from '../certification/certificateState.ts';
import { starRank } from '../certification/starLevels.ts';
import type { IsoDate } from '../core/isoDate.ts';
import { makeProvinceResolver, type ProvinceMatch } from './provinceResolver.ts';
import { vietnameseCollator } from '../core/locale.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** The fields of a product the catalogue logic needs; images stay whatever the caller loaded them as. */
export interface ProductLike {
  name: string;
  nameEn?: string | undefined;
  producer: string;
  group: GroupId;
  subgroup: string;
  traceCode: string;
  origin: { asWritten: string; province: string; commune?: string | undefined };
  certifications: Certification[];
  outlets: string[];
  /** Pack sizes and retail prices (the supplier index carries the priced ones). */
  packs?: { size: string; priceVnd?: number | undefined }[] | undefined;
}

export interface ProductView<P extends ProductLike> {
  id: string;
  data: P;
  province: Entry<Province>;
  producer: Entry<Producer>;
  cert: CertificateState;
  /** How the origin province is written on the decision, and whether that is a pre-2025 name. */
  origin: { asWritten: string; match: ProvinceMatch | undefined };
  /** Date of the most recent decision, for "newest certifications". */
  lastSigned: IsoDate;
}

export interface CatalogInput<P extends ProductLike> {
  provinces: Entry<Province>[];
  producers: Entry<Producer>[];
  products: Entry<P>[];
  events: Entry<Event>[];
  outlets: Entry<Outlet>[];
}

export interface Catalog<P extends ProductLike> {
  today: IsoDate;
  provinces: Entry<Province>[];
  producers: Entry<Producer>[];
  products: ProductView<P>[];
  events: Entry<Event>[];
  outlets: Entry<Outlet>[];
  province: (id: string) => Entry<Province>;
  producer: (id: string) => Entry<Producer>;
  product: (id: string) => ProductView<P>;
  outlet: (id: string) => Entry<Outlet> | undefined;
  productsOfProducer: (id: string) => ProductView<P>[];
  productsOfProvince: (id: string) => ProductView<P>[];
  resolveProvince: (name: string) => ProvinceMatch | undefined;
}

function lookup<T>(items: readonly Entry<T>[], what: string): (id: string) => Entry<T> {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const item = map.get(id);
    if (!item) throw new Error(`unknown ${what} "${id}" (run npm run validate)`);
    return item;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Joins the collections once per build into the views pages need (province, producer and certificate state attached
 * to each product). Pure: the caller loads the collections and says what day it is.
 */
export function buildCatalog<P extends ProductLike>(input: CatalogInput<P>, today: IsoDate): Catalog<P> {
  const province = lookup(input.provinces, 'province');
  const producer = lookup(input.producers, 'producer');
  const resolveProvince = makeProvinceResolver(input.provinces);
  const products: ProductView<P>[] = input.products
    .map(({ id, data }) => {
      const owner = producer(data.producer);
      const cert = certificateState(data.certifications, today);
      const lastSigned = data.certifications.reduce((max, c) => (c.signed > max ? c.signed : max), '0000-00-00');
      return {
        id,
        data,
        province: province(owner.data.province),
        producer: owner,
        cert,
        origin: { asWritten: data.origin.province, match: resolveProvince(data.origin.province) },
        lastSigned,
      };
    })
    .sort((a, b) => vietnameseCollator.compare(a.data.name, b.data.name));
  const byId = new Map(products.map((p) => [p.id, p]));
  const byProducer = groupBy(products, (p) => p.producer.id);
  const byProvince = groupBy(products, (p) => p.province.id);
  const outlets = new Map(input.outlets.map((o) => [o.id, o]));
  return {
    today,
    provinces: [...input.provinces].sort((a, b) => vietnameseCollator.compare(a.data.name.vi, b.data.name.vi)),
    producers: [...input.producers].sort((a, b) => vietnameseCollator.compare(a.data.name, b.data.name)),
    products,
    events: [...input.events].sort((a, b) => (a.data.start < b.data.start ? -1 : a.data.start > b.data.start ? 1 : 0)),
    outlets: [...input.outlets],
    province,
    producer,
    product: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown product "${id}" (run npm run validate)`);
      return found;
    },
    outlet: (id) => outlets.get(id),
    productsOfProducer: (id) => byProducer.get(id) ?? [],
    productsOfProvince: (id) => byProvince.get(id) ?? [],
    resolveProvince,
  };
}

export type SortKey = 'name' | 'stars' | 'newest';
export const SORT_KEYS: readonly SortKey[] = ['name', 'stars', 'newest'];

/** Sorts product views for listings; name order is the catalogue's own (already Vietnamese-collated). */
export function sortProducts<P extends ProductLike>(items: readonly ProductView<P>[], sort: SortKey): ProductView<P>[] {
  const list = [...items];
  if (sort === 'stars')
    list.sort(
      (a, b) =>
        starRank(b.cert.result) - starRank(a.cert.result) || Number(b.cert.certified) - Number(a.cert.certified),
    );
  if (sort === 'newest') list.sort((a, b) => (a.lastSigned < b.lastSigned ? 1 : a.lastSigned > b.lastSigned ? -1 : 0));
  return list;
}

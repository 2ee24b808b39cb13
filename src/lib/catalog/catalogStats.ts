import type { Catalog, ProductLike } from './buildCatalog.ts';
import { STAR_KEYS, starKey } from '../certification/starLevels.ts';

export interface Count {
  key: string;
  count: number;
}

export interface CatalogStats {
  total: number;
  certified: number;
  byStars: Count[];
  byGroup: Count[];
  byProvince: Count[];
  byProducerType: Count[];
  /** Year the decision in force was signed, oldest first. */
  byYear: Count[];
}

function tally(keys: readonly string[], order?: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const key of order ?? []) counts.set(key, 0);
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

const byCountDesc = (a: Count, b: Count) => b.count - a.count || (a.key < b.key ? -1 : 1);

/**
 * Counts of the products certified today (the certificate state decides, as everywhere), for the statistics page.
 * Stars and groups keep their fixed order with zeros; provinces are ranked by count.
 */
export function catalogStats<P extends ProductLike>(
  catalog: Catalog<P>,
  order: { groups: readonly string[]; producerTypes: readonly string[] },
): CatalogStats {
  const certified = catalog.products.filter((p) => p.cert.certified);
  return {
    total: catalog.products.length,
    certified: certified.length,
    byStars: tally(
      certified.map((p) => starKey(p.cert.result)),
      STAR_KEYS,
    ),
    byGroup: tally(
      certified.map((p) => p.data.group),
      order.groups,
    ),
    byProvince: tally(certified.map((p) => p.province.id)).sort(byCountDesc),
    byProducerType: tally(
      certified.map((p) => p.producer.data.type),
      order.producerTypes,
    ),
    byYear: tally(certified.map((p) => (p.cert.current?.signed ?? '').slice(0, 4))).sort((a, b) =>
      a.key < b.key ? -1 : 1,
    ),
  };
}

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** Bar length in SVG units. */
  width: number;
  y: number;
}

/** Horizontal bar chart geometry: one row per item, bars scaled to the largest count. Pure, for static SVG. */
export function barChartLayout(
  items: readonly { key: string; label: string; count: number }[],
  options: { barArea: number; rowHeight: number },
): { bars: Bar[]; height: number } {
  const max = Math.max(1, ...items.map((i) => i.count));
  return {
    bars: items.map((item, index) => ({
      ...item,
      width: Math.round((item.count / max) * options.barArea * 10) / 10,
      y: index * options.rowHeight,
    })),
    height: items.length * options.rowHeight,
  };
}

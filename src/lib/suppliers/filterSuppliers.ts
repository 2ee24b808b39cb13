import { foldVietnamese } from '../core/foldVietnamese.ts';
import type { SupplierIndexEntry } from './suppliersIndex.ts';

/** The directory filters, as kept in the URL query (?province=hue&stars=4&valid=1). */
export interface SupplierFilters {
  /** Words the supplier's name or one of its product names holds (marks and đ ignored). */
  q?: string;
  province?: string;
  group?: string;
  /** A product subgroup ("honey", "fish-sauce"…): suppliers making at least one product in it. */
  subgroup?: string;
  /** Minimum stars of a product certified today: "3", "4", "potential-5" or "5". */
  stars?: string;
  type?: string;
  /**
   * "<unit>:<band>" ("kg:large"): capacities in different units (kg, litres, bottles) are never put in one band, so
   * the filter names the unit as well (capacityFilterValue).
   */
  capacity?: string;
  /** Dispatch within this many days. */
  lead?: number;
  /** Only suppliers with at least one certificate in force today. */
  valid?: boolean;
}

const TEXT_KEYS = ['q', 'province', 'group', 'subgroup', 'stars', 'type', 'capacity'] as const;

/** The capacity filter value of a supplier: its unit and band, or undefined when it publishes none. */
export function capacityFilterValue(capacity: SupplierIndexEntry['capacity']): string | undefined {
  return capacity ? `${capacity.unit}:${capacity.band}` : undefined;
}

export function parseFilters(search: URLSearchParams): SupplierFilters {
  const filters: SupplierFilters = {};
  for (const key of TEXT_KEYS) {
    const value = search.get(key);
    if (value) filters[key] = value;
  }
  const lead = Number(search.get('lead'));
  if (Number.isInteger(lead) && lead > 0) filters.lead = lead;
  if (search.get('valid') === '1') filters.valid = true;
  return filters;
}

/** The query string for a set of filters, "" when none is set; keys in a fixed order so links are stable. */
export function filtersToSearch(filters: SupplierFilters): string {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.lead !== undefined) params.set('lead', String(filters.lead));
  if (filters.valid) params.set('valid', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Stars as a number; a potential 5-star result ranks between 4 and 5 as everywhere else in the catalogue. */
function rank(key: string): number {
  return key === 'potential-5' ? 4.5 : Number(key);
}

export function matchesFilters(entry: SupplierIndexEntry, filters: SupplierFilters): boolean {
  if (filters.province && entry.province !== filters.province) return false;
  if (filters.group && !entry.groups.includes(filters.group)) return false;
  if (filters.subgroup && !(entry.subgroups ?? []).includes(filters.subgroup)) return false;
  if (filters.type && entry.type !== filters.type) return false;
  if (filters.capacity && capacityFilterValue(entry.capacity) !== filters.capacity) return false;
  if (filters.q) {
    const words = foldVietnamese(filters.q).split(' ').filter(Boolean);
    const text = foldVietnamese([entry.name, entry.nameEn ?? '', ...(entry.sells ?? [])].join(' '));
    if (!words.every((word) => text.includes(word))) return false;
  }
  if (filters.lead !== undefined && (entry.leadTimeDays === undefined || entry.leadTimeDays > filters.lead))
    return false;
  if (filters.valid && entry.certified === 0) return false;
  if (filters.stars) {
    const minimum = rank(filters.stars);
    if (!entry.stars.some((key) => rank(key) >= minimum)) return false;
  }
  return true;
}

export function filterSuppliers(
  entries: readonly SupplierIndexEntry[],
  filters: SupplierFilters,
): SupplierIndexEntry[] {
  return entries.filter((entry) => matchesFilters(entry, filters));
}

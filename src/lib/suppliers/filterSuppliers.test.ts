import { describe, expect, it } from 'vitest';
import { filterSuppliers, filtersToSearch, parseFilters } from './filterSuppliers.ts';
import type { SupplierIndexEntry } from './suppliersIndex.ts';

const supplier = (over: Partial<SupplierIndexEntry>): SupplierIndexEntry => ({
  id: 'x',
  name: 'X',
  type: 'cooperative',
  province: 'hue',
  groups: ['food'],
  stars: [],
  certified: 0,
  ...over,
});

const list = [
  supplier({
    id: 'an-lo',
    stars: ['4'],
    certified: 1,
    leadTimeDays: 7,
    capacity: { perMonth: 20000, unit: 'kg', band: 'large' },
  }),
  supplier({ id: 'tai-hoan', province: 'thai-nguyen', stars: ['5'], certified: 1, leadTimeDays: 14 }),
  supplier({ id: 'lapsed', groups: ['beverages'], type: 'household' }),
];
const ids = (filters: Parameters<typeof filterSuppliers>[1]) => filterSuppliers(list, filters).map((s) => s.id);

describe('filterSuppliers', () => {
  it('keeps everyone without filters', () => {
    expect(ids({})).toEqual(['an-lo', 'tai-hoan', 'lapsed']);
  });
  it('combines filters with AND', () => {
    expect(ids({ province: 'hue', valid: true })).toEqual(['an-lo']);
    expect(ids({ group: 'beverages', type: 'household' })).toEqual(['lapsed']);
  });
  it('treats stars as a minimum over products certified today', () => {
    expect(ids({ stars: '4' })).toEqual(['an-lo', 'tai-hoan']);
    expect(ids({ stars: 'potential-5' })).toEqual(['tai-hoan']);
  });
  it('drops suppliers with no published lead time or capacity when those filters are set', () => {
    expect(ids({ lead: 7 })).toEqual(['an-lo']);
    expect(ids({ capacity: 'large' })).toEqual(['an-lo']);
  });
});

describe('filters in the URL', () => {
  it('round-trip through the query string', () => {
    const filters = { province: 'hue', stars: '4', lead: 7, valid: true };
    const search = filtersToSearch(filters);
    expect(search).toBe('?province=hue&stars=4&lead=7&valid=1');
    expect(parseFilters(new URLSearchParams(search))).toEqual(filters);
  });
  it('ignores nonsense values', () => {
    expect(parseFilters(new URLSearchParams('lead=soon&valid=yes'))).toEqual({});
  });
});

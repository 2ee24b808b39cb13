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
    subgroups: ['rice-cereals'],
    sells: ['Gạo hữu cơ An Lỗ', 'An Lo organic rice'],
  }),
  supplier({ id: 'tai-hoan', province: 'thai-nguyen', stars: ['5'], certified: 1, leadTimeDays: 14 }),
  supplier({
    id: 'lapsed',
    groups: ['beverages'],
    type: 'household',
    capacity: { perMonth: 20000, unit: 'lít', band: 'large' },
    subgroups: ['spirits'],
    sells: ['Rượu Ô Lâu'],
  }),
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
    expect(ids({ capacity: 'kg:large' })).toEqual(['an-lo']);
  });
  it('never puts kilograms and litres in one capacity band', () => {
    expect(ids({ capacity: 'lít:large' })).toEqual(['lapsed']);
    expect(ids({ capacity: 'large' })).toEqual([]);
  });
  it('finds a supplier by what it sells, marks and đ ignored, and by subgroup', () => {
    expect(ids({ q: 'gao huu co' })).toEqual(['an-lo']);
    expect(ids({ q: 'rượu' })).toEqual(['lapsed']);
    expect(ids({ q: 'organic rice' })).toEqual(['an-lo']);
    expect(ids({ q: 'gạo rượu' })).toEqual([]);
    expect(ids({ subgroup: 'spirits' })).toEqual(['lapsed']);
  });
});

describe('filters in the URL', () => {
  it('round-trip through the query string', () => {
    const filters = {
      q: 'mắm',
      province: 'hue',
      subgroup: 'honey',
      stars: '4',
      capacity: 'kg:large',
      lead: 7,
      valid: true,
    };
    const search = filtersToSearch(filters);
    expect(search).toBe('?q=m%E1%BA%AFm&province=hue&subgroup=honey&stars=4&capacity=kg%3Alarge&lead=7&valid=1');
    expect(parseFilters(new URLSearchParams(search))).toEqual(filters);
  });
  it('ignores nonsense values', () => {
    expect(parseFilters(new URLSearchParams('lead=soon&valid=yes'))).toEqual({});
  });
});

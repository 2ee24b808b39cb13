import { describe, expect, it } from 'vitest';
import { encodeFacetFile, Facets, type FacetPage } from './facetFile.ts';
import { EMPTY_SEARCH_STATE } from './searchState.ts';

const page = (id: string, stars: string, province: string, signed: string | null, former?: string): FacetPage => ({
  id,
  filters: { stars: [stars], province: [province], group: ['food'], ...(former ? { formerProvince: [former] } : {}) },
  signed,
});
// In catalogue name order: a, b, c, d.
const file = encodeFacetFile([
  page('vi_a', '4', 'hue', '2024-05-01', 'thua-thien-hue'),
  page('vi_b', '5', 'hue', '2022-01-10'),
  page('vi_c', '3', 'da-nang', null),
  page('vi_d', 'potential-5', 'da-nang', '2025-12-31'),
]);
const facets = new Facets(JSON.parse(JSON.stringify(file)));
const select = (filters: Partial<typeof EMPTY_SEARCH_STATE.filters>) => ({ ...EMPTY_SEARCH_STATE.filters, ...filters });

describe('the facet file', () => {
  it('reads back each page’s values and signing day, and knows a page that has none', () => {
    expect(facets.size).toBe(4);
    expect(facets.positionOf('vi_c')).toBe(2);
    expect(facets.positionOf('vi_x')).toBeUndefined();
    expect(facets.value(0, 'formerProvince')).toBe('thua-thien-hue');
    expect(facets.value(1, 'formerProvince')).toBeUndefined();
    expect(facets.value(3, 'stars')).toBe('potential-5');
    expect(facets.signedDay(0)).toBe(Date.parse('2024-05-01') / 86_400_000);
    expect(facets.signedDay(2)).toBe(-1);
  });

  it('filters with any of the values of a facet and all facets', () => {
    const all = [0, 1, 2, 3];
    expect(all.filter((p) => facets.matches(p, select({ province: ['hue'] })))).toEqual([0, 1]);
    expect(all.filter((p) => facets.matches(p, select({ stars: ['4', '3'] })))).toEqual([0, 2]);
    expect(all.filter((p) => facets.matches(p, select({ stars: ['4', '3'], province: ['hue'] })))).toEqual([0]);
    expect(all.filter((p) => facets.matches(p, select({ formerProvince: ['thua-thien-hue'] })))).toEqual([0]);
  });

  it('counts each facet without its own selection (disjunctive) but with the others', () => {
    const counts = facets.counts([0, 1, 2, 3], select({ stars: ['5'], province: ['hue'] }));
    expect(counts.stars).toEqual({ '4': 1, '5': 1 });
    expect(counts.province).toEqual({ hue: 1 });
    expect(counts.group).toEqual({ food: 1 });
    expect(facets.counts([1, 3], select({})).province).toEqual({ hue: 1, 'da-nang': 1 });
  });

  it('sorts by name, by stars (potential 5 between 5 and 4) and by newest certificate, ties in name order', () => {
    expect(facets.sort([3, 1, 0, 2], 'name')).toEqual([0, 1, 2, 3]);
    expect(facets.sort([3, 1, 0, 2], 'stars')).toEqual([1, 3, 0, 2]);
    expect(facets.sort([3, 1, 0, 2], 'certified')).toEqual([3, 0, 1, 2]);
    expect(facets.sort([3, 1, 0, 2], 'relevance')).toEqual([3, 1, 0, 2]);
  });

  it('refuses a file of another version', () => {
    expect(() => new Facets({ ...file, version: 2 as 1 })).toThrow(/version 2/);
  });
});

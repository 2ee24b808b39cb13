import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ProductRow } from '../../src/lib/openData/productsExport.ts';
import { Facets } from '../../src/lib/search/facetFile.ts';
import { facetFileOf, readFragment } from './searchFacets.ts';

const row = (id: string, signed: string | null) =>
  ({
    id,
    urls: { vi: `/products/${id}/`, en: `/en/products/${id}/` },
    certificate: { signed },
  }) as unknown as ProductRow;

describe('search facets', () => {
  it('reads a Pagefind fragment file', () => {
    const file = gzipSync(`pagefind_dcd${JSON.stringify({ url: '/products/a/', filters: { stars: ['4'] } })}`);
    expect(readFragment('vi_1', file)).toEqual({ id: 'vi_1', url: '/products/a/', filters: { stars: ['4'] } });
  });

  it('orders the pages as products.json does and keeps their filters', () => {
    const file = facetFileOf(
      'en',
      [
        { id: 'en_2', url: '/en/products/b/', filters: { stars: ['5'] } },
        { id: 'en_1', url: '/en/products/a/', filters: { stars: ['3'] } },
      ],
      [row('a', '2024-01-01'), row('b', null)],
    );
    const facets = new Facets(file);
    expect(file.ids).toEqual(['en_1', 'en_2']);
    expect(facets.value(1, 'stars')).toBe('5');
    expect(facets.signedDay(1)).toBe(-1);
  });

  it('names a product missing from the index and an indexed page that is not a product', () => {
    expect(() => facetFileOf('vi', [], [row('a', null)])).toThrow(/product a \(\/products\/a\/\) is not in the vi/);
    expect(() => facetFileOf('vi', [{ id: 'vi_1', url: '/products/z/', filters: {} }], [])).toThrow(/\/products\/z\//);
  });
});

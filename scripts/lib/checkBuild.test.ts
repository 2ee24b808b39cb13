import { describe, expect, it } from 'vitest';
import { checkBuild, type BuiltPages, type RecordIds } from './checkBuild.ts';

const records: RecordIds = {
  ids: { products: ['a'], producers: [], provinces: [], events: [], outlets: [] } as unknown as RecordIds['ids'],
  traceCodes: [],
};
const built = (facetPages: BuiltPages['facetPages']): BuiltPages => ({
  pages: (section) => new Set(section === 'products' ? ['a'] : []),
  productsJson: undefined,
  exists: () => true,
  searchIndex: { languages: { vi: { page_count: 1 }, en: { page_count: 1 } } },
  facetPages,
});
const facetProblems = (facetPages: BuiltPages['facetPages']) =>
  checkBuild(records, built(facetPages)).filter((p) => p.includes('ocop-facets'));

describe('the build check of the search facet file', () => {
  it('passes when each language has one entry per product', () => {
    expect(facetProblems(() => 1)).toEqual([]);
  });
  it('names a missing file and a file with another page count', () => {
    expect(facetProblems((lang) => (lang === 'vi' ? undefined : 2))).toEqual([
      '/pagefind/ocop-facets.vi.json was not written (npm run build runs scripts/search-facets.ts after pagefind)',
      '/pagefind/ocop-facets.en.json: 2 pages but there are 1 products',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH_STATE, readSearchState, searchStateQuery } from './searchState.ts';

describe('search state in the address', () => {
  it('round-trips a query, several values of one facet, another facet and a sort', () => {
    const state = readSearchState('?q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm&stars=5&stars=4&province=hue&sort=name');
    expect(state.q).toBe('nước mắm');
    expect(state.filters.stars).toEqual(['5', '4']);
    expect(state.filters.province).toEqual(['hue']);
    expect(state.sort).toBe('name');
    expect(readSearchState(`?${searchStateQuery(state)}`)).toEqual({
      ...state,
      filters: { ...state.filters, stars: ['4', '5'] },
    });
  });
  it('ignores unknown parameters and sorts, and writes nothing for the empty state', () => {
    expect(readSearchState('?utm=x&sort=price&colour=red')).toEqual(EMPTY_SEARCH_STATE);
    expect(searchStateQuery(EMPTY_SEARCH_STATE)).toBe('');
  });
});

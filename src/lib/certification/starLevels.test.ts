import { describe, expect, it } from 'vitest';
import { STAR_KEYS, starKey, starRank } from './starLevels.ts';

describe('star levels', () => {
  it('ranks potential 5-star between 4 and 5 stars, and a product without a decision below all', () => {
    expect(starRank(5)).toBe(5);
    expect(starRank('potential-5')).toBe(4.5);
    expect(starRank(4)).toBe(4);
    expect(starRank(3)).toBe(3);
    expect(starRank(undefined)).toBe(0);
    const sorted = [3, 'potential-5', undefined, 5, 4].sort((a, b) => starRank(b as 3) - starRank(a as 3));
    expect(sorted).toEqual([5, 'potential-5', 4, 3, undefined]);
  });

  it('keys each level for URLs and filters, highest first', () => {
    expect(STAR_KEYS).toEqual(['5', 'potential-5', '4', '3']);
    expect(starKey(4)).toBe('4');
    expect(starKey('potential-5')).toBe('potential-5');
    expect(starKey(undefined)).toBe('none');
  });
});

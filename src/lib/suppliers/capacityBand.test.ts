import { describe, expect, it } from 'vitest';
import { capacityBand } from './capacityBand.ts';

describe('capacityBand', () => {
  it('puts the boundaries in the higher band', () => {
    expect(capacityBand({ perMonth: 999 })).toBe('small');
    expect(capacityBand({ perMonth: 1000 })).toBe('medium');
    expect(capacityBand({ perMonth: 10_000 })).toBe('large');
  });
  it('is undefined when the producer has not published a capacity', () => {
    expect(capacityBand(undefined)).toBeUndefined();
  });
});

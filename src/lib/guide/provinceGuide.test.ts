import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../tests/support/fixtureCatalog.ts';
import { hasGuide, provinceGuide } from './provinceGuide.ts';

const { catalog } = fixtureCatalog('content', '2026-06-01');
const guide = provinceGuide(catalog, 'hue');
const listed = guide.shelves.flatMap((s) => s.specialties.map((x) => x.product));

describe('provinceGuide (sample catalogue, Huế)', () => {
  it('lists every Huế product certified that day exactly once, and no other', () => {
    const certified = catalog.productsOfProvince('hue').filter((p) => p.cert.certified);
    expect(listed.map((p) => p.id).sort()).toEqual(certified.map((p) => p.id).sort());
    expect(listed.every((p) => p.province.id === 'hue')).toBe(true);
  });
  it('sorts each shelf highest stars first', () => {
    const rank = (r: unknown) => (r === 'potential-5' ? 4.5 : Number(r));
    for (const shelf of guide.shelves) {
      const ranks = shelf.specialties.map((s) => rank(s.product.cert.result));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }
  });
  it('only names outlets in Huế as places to buy', () => {
    for (const shelf of guide.shelves)
      for (const s of shelf.specialties) expect(s.outlets.every((o) => o.data.province === 'hue')).toBe(true);
  });
  it('finds an outlet within 1 km of the Citadel, the station and the airport', () => {
    expect(guide.nearLandmarks).toHaveLength(3);
    for (const { outlets } of guide.nearLandmarks) expect(outlets[0]?.km).toBeLessThan(1);
  });
  it('lists gifts only from the guide’s certified specialties', () => {
    expect(guide.gifts.length).toBeGreaterThan(0);
    for (const gift of guide.gifts) expect(listed).toContain(gift.specialty.product);
  });
  it('lists only fairs in Huế that have not ended', () => {
    for (const fair of guide.fairs) {
      expect(fair.data.province).toBe('hue');
      expect(fair.data.end >= catalog.today).toBe(true);
    }
  });
  it('has a guide only for provinces with a certified product', () => {
    expect(hasGuide(catalog, 'hue')).toBe(true);
    expect(hasGuide(catalog, 'son-la')).toBe(false);
  });
});

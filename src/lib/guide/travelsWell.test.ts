import { describe, expect, it } from 'vitest';
import { TRAVEL_MIN_SHELF_LIFE_MONTHS, travelAdvice } from './travelsWell.ts';

describe('travelAdvice', () => {
  it(`takes a shelf life of ${TRAVEL_MIN_SHELF_LIFE_MONTHS} months or more`, () => {
    expect(travelAdvice({ group: 'food', subgroup: 'processed', shelfLifeMonths: 6 })).toEqual({
      shelfLifeMonths: 6,
      liquid: false,
    });
    expect(travelAdvice({ group: 'food', subgroup: 'processed', shelfLifeMonths: 3 })).toBeUndefined();
    expect(travelAdvice({ group: 'food', subgroup: 'processed', shelfLifeMonths: 3 }, 3)).toBeDefined();
  });
  it('never claims a product without a recorded shelf life travels well', () => {
    expect(travelAdvice({ group: 'handicrafts', subgroup: 'textiles' })).toBeUndefined();
  });
  it('leaves out fresh produce, plants and tours whatever their shelf life', () => {
    expect(travelAdvice({ group: 'food', subgroup: 'fresh-produce', shelfLifeMonths: 12 })).toBeUndefined();
    expect(travelAdvice({ group: 'ornamental', subgroup: 'plants', shelfLifeMonths: 12 })).toBeUndefined();
    expect(travelAdvice({ group: 'tourism', subgroup: 'community-eco-tourism', shelfLifeMonths: 12 })).toBeUndefined();
  });
  it('flags packs in millilitres or litres as liquids for checked baggage', () => {
    const liquid = (size: string) =>
      travelAdvice({ group: 'food', subgroup: 'condiments', shelfLifeMonths: 24, packs: [{ size }] })?.liquid;
    expect(liquid('chai 500 ml')).toBe(true);
    expect(liquid('750ml')).toBe(true);
    expect(liquid('can 1 lít')).toBe(true);
    expect(liquid('bình 2 l')).toBe(true);
    expect(liquid('hộp 250 g')).toBe(false);
    expect(liquid('gói lá 50 g')).toBe(false);
    expect(liquid('hộp quà 2 chai')).toBe(false);
  });
});

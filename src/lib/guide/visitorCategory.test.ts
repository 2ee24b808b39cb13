import { describe, expect, it } from 'vitest';
import { groupByVisitorCategory, visitorCategory } from './visitorCategory.ts';

describe('visitorCategory', () => {
  it('puts food on the foods, teas or sauces shelf by subgroup', () => {
    expect(visitorCategory({ group: 'food', subgroup: 'processed' })).toBe('foods');
    expect(visitorCategory({ group: 'food', subgroup: 'raw-preprocessed' })).toBe('foods');
    expect(visitorCategory({ group: 'food', subgroup: 'tea' })).toBe('teas');
    expect(visitorCategory({ group: 'food', subgroup: 'condiments' })).toBe('sauces');
  });
  it('never reads food keywords: "chè sen" is a dessert, not a tea', () => {
    expect(visitorCategory({ group: 'food', subgroup: 'processed', keywords: ['chè sen', 'trà'] })).toBe('foods');
  });
  it('moves a non-alcoholic drink to teas only on a keyword naming a tea, marks or not', () => {
    expect(visitorCategory({ group: 'beverages', subgroup: 'non-alcoholic', keywords: ['Trà gừng'] })).toBe('teas');
    expect(visitorCategory({ group: 'beverages', subgroup: 'non-alcoholic', keywords: ['herbal tea'] })).toBe('teas');
    expect(visitorCategory({ group: 'beverages', subgroup: 'non-alcoholic', keywords: ['thanh trà'] })).toBe('drinks'); // a pomelo
    expect(visitorCategory({ group: 'beverages', subgroup: 'non-alcoholic', keywords: ['steak'] })).toBe('drinks');
    expect(visitorCategory({ group: 'beverages', subgroup: 'alcoholic', keywords: ['trà'] })).toBe('drinks');
  });
  it('maps the other groups one to one', () => {
    expect(visitorCategory({ group: 'herbal', subgroup: 'essential-oils' })).toBe('herbal');
    expect(visitorCategory({ group: 'handicrafts', subgroup: 'textiles' })).toBe('crafts');
    expect(visitorCategory({ group: 'ornamental', subgroup: 'flowers' })).toBe('plants');
    expect(visitorCategory({ group: 'tourism', subgroup: 'community-eco-tourism' })).toBe('tourism');
  });
});

describe('groupByVisitorCategory', () => {
  it('orders shelves for a visitor, drops empty ones and keeps the order within a shelf', () => {
    const items = [
      { id: 'tour', group: 'tourism', subgroup: 'community-eco-tourism' },
      { id: 'sauce', group: 'food', subgroup: 'condiments' },
      { id: 'candy', group: 'food', subgroup: 'processed' },
      { id: 'rice', group: 'food', subgroup: 'raw-preprocessed' },
    ] as const;
    const shelves = groupByVisitorCategory(items, (item) => item);
    expect(shelves.map((s) => [s.category, s.items.map((i) => i.id)])).toEqual([
      ['foods', ['candy', 'rice']],
      ['sauces', ['sauce']],
      ['tourism', ['tour']],
    ]);
  });
});

import type { GroupId } from '../../schemas/groups.ts';
import { foldVietnamese } from '../core/foldVietnamese.ts';

/** The shelves of the visitor guide, in the order a visitor reads them. */
export const VISITOR_CATEGORIES = [
  'foods',
  'teas',
  'sauces',
  'drinks',
  'herbal',
  'crafts',
  'plants',
  'tourism',
] as const;
export type VisitorCategory = (typeof VISITOR_CATEGORIES)[number];

export interface Categorisable {
  group: GroupId;
  subgroup: string;
  keywords?: readonly string[] | undefined;
}

/**
 * A keyword naming a tea: Vietnamese puts the head noun first ("trà gừng", ginger tea), English last ("herbal tea").
 * "Thanh trà" is a pomelo, so "trà" counts only as the first word.
 */
function namesTea(keyword: string): boolean {
  const words = foldVietnamese(keyword).split(' ');
  return words[0] === 'tra' || words.at(-1) === 'tea';
}

/**
 * Which shelf of the visitor guide a product sits on, from its OCOP group and subgroup (Decision 148/2023) and, for
 * one case, its keywords:
 * - food: tea → teas; condiments (fish sauce, chilli sauce, oils) → sauces; everything else (rice, dried lotus
 *   seeds, sesame brittle, sour shrimp, coffee, fresh fruit) → foods and sweets;
 * - beverages → drinks, except a non-alcoholic drink with a keyword naming a tea ("trà …", "… tea": an
 *   instant herbal tea filed as a beverage), which goes to teas;
 * - herbal (essential oils, herbal cosmetics, traditional remedies) → herbal oils and remedies;
 * - handicrafts (including textiles) → crafts; ornamental plants, flowers and animals → plants; tourism → tourism.
 * Keywords only ever move a drink to teas: "chè sen" is a lotus-seed dessert in Huế, not a tea, so food keywords
 * are never read.
 */
export function visitorCategory(product: Categorisable): VisitorCategory {
  switch (product.group) {
    case 'food':
      if (product.subgroup === 'tea') return 'teas';
      if (product.subgroup === 'condiments') return 'sauces';
      return 'foods';
    case 'beverages':
      return product.subgroup === 'non-alcoholic' && (product.keywords ?? []).some(namesTea) ? 'teas' : 'drinks';
    case 'herbal':
      return 'herbal';
    case 'handicrafts':
      return 'crafts';
    case 'ornamental':
      return 'plants';
    case 'tourism':
      return 'tourism';
  }
}

/** Products on their guide shelves, shelves in VISITOR_CATEGORIES order, empty shelves left out, order kept. */
export function groupByVisitorCategory<T>(
  items: readonly T[],
  fields: (item: T) => Categorisable,
): { category: VisitorCategory; items: T[] }[] {
  const shelves = new Map<VisitorCategory, T[]>();
  for (const item of items) {
    const category = visitorCategory(fields(item));
    const shelf = shelves.get(category);
    if (shelf) shelf.push(item);
    else shelves.set(category, [item]);
  }
  return VISITOR_CATEGORIES.filter((category) => shelves.has(category)).map((category) => ({
    category,
    items: shelves.get(category) ?? [],
  }));
}

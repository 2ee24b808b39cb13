import type { StarResult } from '../../schemas/product.ts';

/**
 * Star levels as the catalogue shows, counts and sorts them. Which results a decision may give (3, 4, 5 or
 * potential-5, and which authority gives which) is the schema's rule: `src/schemas/product.ts`.
 */

/** The star key used in URLs and filters: "3", "4", "5" or "potential-5"; "none" for a product with no decision yet. */
export function starKey(result: StarResult | undefined): string {
  return result === undefined ? 'none' : String(result);
}

/** Star keys from the highest level down, as listings, filters and counts show them. */
export const STAR_KEYS = ['5', 'potential-5', '4', '3'] as const;

/** Stars as a number for sorting and counting; potential 5-star sorts between 4 and 5. */
export function starRank(result: StarResult | undefined): number {
  if (result === undefined) return 0;
  return result === 'potential-5' ? 4.5 : result;
}

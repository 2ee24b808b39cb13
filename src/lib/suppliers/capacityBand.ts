/** Monthly capacity bands for the supplier filter; units differ (kg, litre, bottle), so bands are rough on purpose. */
export const CAPACITY_BANDS = ['small', 'medium', 'large'] as const;
export type CapacityBand = (typeof CAPACITY_BANDS)[number];

/** Under 1,000 units a month is small, 1,000 to 9,999 medium, 10,000 or more large; undefined when not published. */
export function capacityBand(capacity: { perMonth: number } | undefined): CapacityBand | undefined {
  if (capacity === undefined) return undefined;
  if (capacity.perMonth >= 10_000) return 'large';
  if (capacity.perMonth >= 1_000) return 'medium';
  return 'small';
}

/** "Dispatch within N days" choices of the lead-time filter. */
export const LEAD_TIME_LIMITS = [3, 7, 14, 30] as const;

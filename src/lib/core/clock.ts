import type { IsoDate } from './isoDate.ts';

/** Vietnam has one time zone and no daylight saving time. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam at the given instant: 2025-06-30T17:00Z is already 1 July in Huế. */
export function vietnamDate(instant: Date): IsoDate {
  return dayFormatter.format(instant);
}

/**
 * The one clock every "today"-dependent decision reads (certificate state, upcoming events). The environment
 * variable OCOP_TODAY=YYYY-MM-DD pins it, so builds and tests can be run as of any day.
 */
export function today(): IsoDate {
  const pinned = process.env['OCOP_TODAY'];
  if (pinned) return pinned;
  return vietnamDate(new Date());
}

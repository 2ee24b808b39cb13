import type { IsoDate } from './isoDate.ts';
import { pinnedToday } from '../../config.ts';

/** Vietnam has one time zone and no daylight saving time. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Canadian English writes a date as YYYY-MM-DD: the Intl way to an ISO date in a given time zone. */
export const ISO_DAY_FORMAT_TAG = 'en-CA';

const dayFormatter = new Intl.DateTimeFormat(ISO_DAY_FORMAT_TAG, {
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
 * The one clock every "today"-dependent decision reads (certificate state, upcoming events). OCOP_TODAY pins it
 * (src/config.ts), so builds and tests can be run as of any day.
 */
export function today(): IsoDate {
  const pinned = pinnedToday();
  if (pinned) return pinned;
  return vietnamDate(new Date());
}

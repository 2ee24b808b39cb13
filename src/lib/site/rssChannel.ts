import type { IsoDate } from '../core/isoDate.ts';

/** The namespace of `<atom:link rel="self">` in an RSS 2.0 channel (the RSS Advisory Board's best practice). */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** Midnight in Vietnam (UTC+7, no daylight saving) at the start of a day, as an instant. */
export function vietnamMidnight(day: IsoDate): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/**
 * The channel elements @astrojs/rss does not write itself: the feed's own address (`atom:link rel="self"`, so a
 * reader that was handed a copy finds the original) and `lastBuildDate`, the build day (a site built twice on one
 * day writes the same feed). Text to pass as `customData`, with `xmlns: { atom: ATOM_NAMESPACE }`.
 */
export function rssChannelData(options: { selfUrl: string; buildDay: IsoDate; lang: string }): string {
  const self = options.selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    `<language>${options.lang}</language>`,
    `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${vietnamMidnight(options.buildDay).toUTCString()}</lastBuildDate>`,
  ].join('');
}

/**
 * An item's date in a feed may not lie after the build day: RSS readers sort and drop items by it, and a date in
 * the future reads as an error. A fair announced for next June is news on the day the feed first carried it, at
 * the latest the build day; one that has begun is dated its first day.
 */
export function feedItemDay(day: IsoDate, buildDay: IsoDate): IsoDate {
  return day <= buildDay ? day : buildDay;
}

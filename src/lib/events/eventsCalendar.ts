import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq } from 'ical-generator';
import type { Event } from '../../schemas/event.ts';
import { VIETNAM_TIME_ZONE } from '../core/clock.ts';
import { addDays, daysBetween, type IsoDate } from '../core/isoDate.ts';
import { authorityEn, writtenText } from '../catalog/englishRendering.ts';

export interface CalendarEvent {
  id: string;
  data: Event;
  /** The Markdown body (the Vietnamese description). */
  body?: string | undefined;
}

export interface CalendarOptions {
  lang: 'vi' | 'en';
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** The event page URL, absolute. */
  pageUrl: (id: string) => string;
  /** Host name that makes UIDs globally unique: "<event id>@<host>". */
  host: string;
  /** The build day: DTSTAMP is midnight of it in Vietnam, so a rebuild on the same day writes the same file. */
  today: IsoDate;
  /** Label of an event kind in the calendar's language. */
  kindLabel: (kind: Event['kind']) => string;
}

/** A wall-clock time in Vietnam as a date object that ical-generator writes as TZID=Asia/Ho_Chi_Minh local time. */
function vietnamTime(date: IsoDate, time: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, 0, VIETNAM_TIME_ZONE);
}

function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .trim();
}

/**
 * An RFC 5545 calendar of events. Events without opening hours are all-day (DTSTART;VALUE=DATE, DTEND the day after
 * the last day, as the standard's exclusive end requires). Events with opening hours are written in Vietnam's local
 * time (TZID=Asia/Ho_Chi_Minh with its VTIMEZONE); a multi-day one opens every day, written as a daily RRULE over
 * the event's days so calendars show the hours rather than one block spanning the nights.
 */
export function eventsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'OCOP Catalogue', product: 'events', language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 24,
    // name: null keeps DTSTAMP in UTC while the generator still writes a VTIMEZONE for every TZID events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const stamp = new Date(`${options.today}T00:00:00+07:00`);
  for (const { id, data, body } of events) {
    const summary = options.lang === 'en' && data.name.en ? data.name.en : data.name.vi;
    const description = options.lang === 'en' && data.descriptionEn ? data.descriptionEn : plainText(body ?? '');
    const url = options.pageUrl(id);
    const common = {
      id: `${id}@${options.host}`,
      stamp,
      summary,
      description: [
        `${options.kindLabel(data.kind)} · ${writtenText(options.lang, data.organiser, data.organiserEn, authorityEn)}`,
        description,
        url,
      ]
        .filter(Boolean)
        .join('\n\n'),
      location: {
        title: data.venue.name,
        address: data.venue.address,
        ...(data.venue.coordinates
          ? { geo: { lat: data.venue.coordinates.lat, lon: data.venue.coordinates.lng } }
          : {}),
      },
      url,
    };
    if (data.opens === undefined) {
      calendar.createEvent({ ...common, allDay: true, start: data.start, end: addDays(data.end, 1) });
      continue;
    }
    const days = daysBetween(data.start, data.end) + 1;
    calendar.createEvent({
      ...common,
      start: vietnamTime(data.start, data.opens),
      // Without a closing time only the opening is written (RFC 5545: the event then has no duration).
      ...(data.closes ? { end: vietnamTime(data.start, data.closes) } : {}),
      timezone: VIETNAM_TIME_ZONE,
      ...(days > 1 ? { repeating: { freq: ICalEventRepeatingFreq.DAILY, count: days } } : {}),
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one (END:VCALENDAR) too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

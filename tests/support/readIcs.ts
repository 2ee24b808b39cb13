import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  allDay: boolean;
  /** DTSTART as written: YYYY-MM-DD for all-day, YYYY-MM-DDTHH:MM:SS local time otherwise. */
  start: string;
  end: string | undefined;
  /** TZID of DTSTART, or "floating"/"Z" as ical.js reports them. */
  startZone: string;
  /** Each occurrence as UTC instants (one for a non-repeating event). */
  occurrences: { start: string; end: string | undefined }[];
  url: string | undefined;
  location: string | undefined;
}

/** Parses an iCalendar text with ical.js (Mozilla's parser), registering its VTIMEZONEs, and lists its events. */
export function readIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const occurrences: ParsedEvent['occurrences'] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(), guard = 0; next && guard < 366; next = iterator.next(), guard++) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({
        start: details.startDate.toJSDate().toISOString(),
        end: component.hasProperty('dtend') ? details.endDate.toJSDate().toISOString() : undefined,
      });
      if (!event.isRecurring()) break;
    }
    return {
      uid: event.uid,
      summary: event.summary,
      allDay: event.startDate.isDate,
      start: event.startDate.toString(),
      end: component.hasProperty('dtend') ? event.endDate.toString() : undefined,
      startZone: event.startDate.zone?.tzid ?? 'floating',
      occurrences,
      url: component.getFirstPropertyValue('url')?.toString(),
      location: event.location ?? undefined,
    };
  });
  return { calendar, events };
}

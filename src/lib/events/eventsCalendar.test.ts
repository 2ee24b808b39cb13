import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../tests/support/readIcs.ts';
import { EventSchema, type EventInput } from '../../schemas/event.ts';
import { eventsCalendar, type CalendarEvent } from './eventsCalendar.ts';
import { addDays } from '../core/isoDate.ts';
import { parseRecord } from '../records/parseRecord.ts';

const options = {
  lang: 'en' as const,
  name: 'OCOP fairs',
  pageUrl: (id: string) => `https://ocop.example.vn/en/events/${id}/`,
  host: 'ocop.example.vn',
  today: '2026-11-23',
  kindLabel: (kind: string) => kind,
};

function event(id: string, fields: Partial<EventInput>): CalendarEvent {
  const data = EventSchema.parse({
    kind: 'provincial-fair',
    name: { vi: `Hội chợ ${id}`, en: `Fair ${id}` },
    start: '2026-12-05',
    end: '2026-12-05',
    venue: { name: 'Trung tâm Hội chợ', address: '01 Lê Lợi, Huế' },
    province: 'hue',
    organiser: 'Sở Công Thương',
    ...fields,
  });
  return { id, data, body: 'Mô tả **mẫu**.' };
}

describe('eventsCalendar', () => {
  it('writes a one-day event without hours as an all-day date whose exclusive end is the next day', () => {
    const [parsed] = readIcs(eventsCalendar([event('one', {})], options)).events;
    expect(parsed).toMatchObject({ allDay: true, start: '2026-12-05', end: '2026-12-06', uid: 'one@ocop.example.vn' });
    expect(parsed?.occurrences).toHaveLength(1);
  });

  it('writes a multi-day event without hours as one all-day span ending the day after the last day', () => {
    const [parsed] = readIcs(
      eventsCalendar([event('tet', { start: '2026-12-30', end: '2027-01-02' })], options),
    ).events;
    expect(parsed).toMatchObject({ allDay: true, start: '2026-12-30', end: '2027-01-03' });
  });

  it('writes opening hours in Asia/Ho_Chi_Minh local time, which is UTC+7', () => {
    const text = eventsCalendar([event('talk', { opens: '14:00', closes: '16:30' })], options);
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261205T140000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    const [parsed] = readIcs(text).events;
    expect(parsed).toMatchObject({ allDay: false, startZone: 'Asia/Ho_Chi_Minh' });
    expect(parsed?.occurrences).toEqual([{ start: '2026-12-05T07:00:00.000Z', end: '2026-12-05T09:30:00.000Z' }]);
  });

  it('repeats a multi-day event with hours on each of its days, not as one block through the nights', () => {
    const text = eventsCalendar(
      [event('fest', { start: '2026-12-18', end: '2026-12-21', opens: '08:00', closes: '22:00' })],
      options,
    );
    const [parsed] = readIcs(text).events;
    expect(parsed?.occurrences).toEqual(
      ['18', '19', '20', '21'].map((day) => ({
        start: `2026-12-${day}T01:00:00.000Z`,
        end: `2026-12-${day}T15:00:00.000Z`,
      })),
    );
  });

  it('does not depend on the time zone of the machine that builds the site', () => {
    // TZDate carries its own zone; this guards against a refactor back to plain Dates read with local getters.
    const text = eventsCalendar([event('talk', { opens: '00:30', closes: '01:30' })], options);
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261205T003000');
  });

  it('ends every line with CRLF, the last one (END:VCALENDAR) too (RFC 5545 §3.1)', () => {
    const text = eventsCalendar([event('one', {}), event('two', { opens: '08:00', closes: '17:00' })], options);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('keeps DTSTAMP in UTC and the same for a rebuild on the same day', () => {
    const text = eventsCalendar([event('one', {})], options);
    expect(text).toMatch(/^DTSTAMP:20261122T170000Z\r$/m);
    expect(eventsCalendar([event('one', {})], options)).toBe(text);
  });

  it('names the page, venue and map position of the event', () => {
    const text = eventsCalendar(
      [
        event('geo', {
          venue: { name: 'Hoàng thành', address: '19C Hoàng Diệu', coordinates: { lat: 21.03, lng: 105.84 } },
        }),
      ],
      options,
    );
    const [parsed] = readIcs(text).events;
    expect(parsed?.url).toBe('https://ocop.example.vn/en/events/geo/');
    expect(parsed?.location).toContain('Hoàng thành');
    expect(text).toMatch(/^GEO:21\.03;105\.84\r$/m);
  });
});

describe('every fixture event as a calendar', () => {
  const dir = 'tests/fixtures/events/events';
  const events: CalendarEvent[] = readdirSync(dir).map((file) => {
    const parsed = parseRecord(join(dir, file), readFileSync(join(dir, file), 'utf8'));
    if (!('record' in parsed)) throw new Error(`${file} does not parse`);
    return { id: file.replace(/\.md$/, ''), data: EventSchema.parse(parsed.record.data), body: parsed.record.body };
  });

  it('covers all-day one-day, all-day multi-day, timed one-day and timed multi-day events', () => {
    const shapes = new Set(
      events.map(
        ({ data }) => `${data.opens ? 'timed' : 'all-day'} ${data.start === data.end ? 'one-day' : 'multi-day'}`,
      ),
    );
    expect([...shapes].sort()).toEqual(['all-day multi-day', 'all-day one-day', 'timed multi-day', 'timed one-day']);
  });

  it.each(events)('$id: parses and keeps its days and hours', ({ id, data, body }) => {
    for (const lang of ['vi', 'en'] as const) {
      const parsed = readIcs(eventsCalendar([{ id, data, body }], { ...options, lang })).events;
      expect(parsed).toHaveLength(1);
      const [first] = parsed;
      if (!data.opens) {
        expect(first?.allDay).toBe(true);
        expect(first?.start).toBe(data.start);
        expect(first?.end).toBe(addDays(data.end, 1));
      } else {
        const days = first?.occurrences ?? [];
        expect(first?.startZone).toBe('Asia/Ho_Chi_Minh');
        expect(new Date(days[0]?.start ?? '').toISOString()).toBe(
          new Date(`${data.start}T${data.opens}:00+07:00`).toISOString(),
        );
        expect(new Date(days.at(-1)?.start ?? '').toISOString()).toBe(
          new Date(`${data.end}T${data.opens}:00+07:00`).toISOString(),
        );
      }
    }
  });
});

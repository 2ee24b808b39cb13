/**
 * Calendars that warn before a certificate lapses: an RFC 5545 calendar with one all-day event on each certificate's
 * last valid day and alarms 90 and 30 days before. Written by hand, without a calendar library, because the same
 * function runs in the build (per province and per product) and in the shortlist page in the visitor's browser,
 * where a library would be a large download for a few lines of text. Imports nothing.
 */

/** Days before the last valid day at which calendar apps remind: the office's planning and final notices. */
export const CALENDAR_ALARM_DAYS = [90, 30] as const;

export interface CertificateCalendarItem {
  /** The product id: with the last valid day it makes the event's UID, stable across builds. */
  productId: string;
  /** The certificate's last valid day, YYYY-MM-DD. */
  validUntil: string;
  /** Event title, in the calendar's language: "Chứng nhận OCOP hết hạn: Gạo hữu cơ An Lỗ". */
  summary: string;
  /** Event description: producer, stars, decision. */
  description: string;
  /** The product page, absolute. */
  url: string;
}

export interface CertificateCalendarOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  /** Host name that makes UIDs globally unique. */
  host: string;
  /** DTSTAMP, as YYYY-MM-DD: the day the calendar was written (the build day), midnight UTC. */
  stamp: string;
  /** Alarm text, in the calendar's language, with {days} for the number of days left. */
  alarm: string;
  /** "VI" or "EN", for the PRODID. */
  language: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** The length of one character (a code point) in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continued on the next line after a space; never split a character.
 * The octets are counted from the code points: a TextEncoder call per character cost 4 s of a render process at
 * 5,000 products (every product has a calendar).
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most 3 octets (a pair of them, 4): a line of 25 units fits in 75.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replaceAll('-', '');

/** The day after an ISO date: an all-day event's DTEND is exclusive. */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The calendar text, CRLF line ends including the last line, events in the order given. */
export function certificateCalendar(
  items: readonly CertificateCalendarItem[],
  options: CertificateCalendarOptions,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//OCOP Catalogue//certificates//${options.language}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:certificate-${item.productId}-${compactDate(item.validUntil)}@${options.host}`,
      `DTSTAMP:${compactDate(options.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compactDate(item.validUntil)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(item.validUntil))}`,
      `SUMMARY:${escapeText(item.summary)}`,
      `DESCRIPTION:${escapeText(`${item.description}\n${item.url}`)}`,
      `URL:${item.url}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of CALENDAR_ALARM_DAYS) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${days}D`,
        `DESCRIPTION:${escapeText(options.alarm.replace('{days}', String(days)))}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

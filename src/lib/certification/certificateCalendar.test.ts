import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readIcs } from '../../../tests/support/readIcs.ts';
import { certificateCalendar, foldLine, type CertificateCalendarItem } from './certificateCalendar.ts';

const item = (over: Partial<CertificateCalendarItem> = {}): CertificateCalendarItem => ({
  productId: 'gao-huu-co-an-lo',
  validUntil: '2027-02-28',
  summary: 'Chứng nhận OCOP hết hạn: Gạo hữu cơ An Lỗ',
  description: 'HTX An Lỗ; 4 sao; Quyết định 101/QĐ-UBND, ngày 01/03/2024',
  url: 'https://ocop.example.vn/products/gao-huu-co-an-lo/',
  ...over,
});
const options = {
  name: 'Chứng nhận OCOP sắp hết hạn — TP Huế',
  host: 'ocop.example.vn',
  stamp: '2026-12-03',
  alarm: 'Còn {days} ngày',
  language: 'VI',
};

describe('certificateCalendar', () => {
  const text = certificateCalendar([item(), item({ productId: 'me-xung', validUntil: '2026-12-31' })], options);

  it('holds one all-day event on each last valid day, with alarms 90 and 30 days before', () => {
    const { events, calendar } = readIcs(text);
    expect(events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['certificate-gao-huu-co-an-lo-20270228@ocop.example.vn', '2027-02-28', '2027-03-01', true],
      ['certificate-me-xung-20261231@ocop.example.vn', '2026-12-31', '2027-01-01', true],
    ]);
    const alarms = calendar
      .getAllSubcomponents('vevent')[0]
      ?.getAllSubcomponents('valarm')
      .map((alarm) => [alarm.getFirstPropertyValue('trigger')?.toString(), alarm.getFirstPropertyValue('description')]);
    expect(alarms).toEqual([
      ['-P90D', 'Còn 90 ngày'],
      ['-P30D', 'Còn 30 ngày'],
    ]);
    expect(events[0]?.summary).toBe('Chứng nhận OCOP hết hạn: Gạo hữu cơ An Lỗ');
    expect(events[0]?.url).toBe('https://ocop.example.vn/products/gao-huu-co-an-lo/');
  });

  it('writes the same UID for the same certificate on every build, so a subscribed calendar updates', () => {
    const later = certificateCalendar([item()], { ...options, stamp: '2027-01-15' });
    expect(readIcs(later).events[0]?.uid).toBe(readIcs(text).events[0]?.uid);
  });

  it('keeps the RFC 5545 line rules: CRLF after every line including the last, at most 75 octets a line', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // escaped text survives a round trip through a real parser
    const description = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')[0]
      ?.getFirstPropertyValue('description');
    expect(description).toBe(
      'HTX An Lỗ; 4 sao; Quyết định 101/QĐ-UBND, ngày 01/03/2024\nhttps://ocop.example.vn/products/gao-huu-co-an-lo/',
    );
  });

  it('folds long lines without splitting a Vietnamese character', () => {
    const folded = foldLine(`SUMMARY:${'Nước mắm Phú Quốc truyền thống '.repeat(6)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.join('')).toBe(`SUMMARY:${'Nước mắm Phú Quốc truyền thống '.repeat(6)}`);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('counts octets exactly: 75 fit on the first line, 74 after the fold, whatever the characters', () => {
    const octets = (text: string) => new TextEncoder().encode(text).length;
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    // Three octets each: 25 fit, the 26th goes on.
    expect(foldLine('ạ'.repeat(25))).toBe('ạ'.repeat(25));
    expect(foldLine('ạ'.repeat(26))).toBe(`${'ạ'.repeat(25)}\r\n ạ`);
    for (const line of ['Đ'.repeat(80), `X${'ạ'.repeat(60)}`, `SUMMARY:${'🌾 lúa '.repeat(20)}`, '€'.repeat(100)]) {
      const parts = foldLine(line).split('\r\n ');
      expect(parts.join('')).toBe(line);
      parts.forEach((part, index) => {
        expect(octets(part)).toBeLessThanOrEqual(index === 0 ? 75 : 74);
        // Full lines: the next character would not have fitted.
        const next = parts[index + 1];
        if (next) expect(octets(part + [...next][0])).toBeGreaterThan(index === 0 ? 75 : 74);
      });
    }
  });
});

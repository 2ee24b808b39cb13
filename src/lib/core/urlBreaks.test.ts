import { describe, expect, it } from 'vitest';
import { urlBreaks } from './urlBreaks.ts';

describe('urlBreaks', () => {
  it('breaks after slashes and before dots, never inside a word, and loses no character', () => {
    const url = 'https://ocop.example.vn/en/events/calendar.ics';
    const pieces = urlBreaks(url);
    expect(pieces.join('')).toBe(url);
    expect(pieces).toEqual(['https://', 'ocop', '.example', '.vn/', 'en/', 'events/', 'calendar', '.ics']);
  });

  it('breaks a query after ? & and =', () => {
    expect(urlBreaks('https://a.vn/s?q=x&p=2')).toEqual(['https://', 'a', '.vn/', 's?', 'q=', 'x&', 'p=', '2']);
  });
});

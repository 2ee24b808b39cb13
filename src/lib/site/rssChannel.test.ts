import { describe, expect, it } from 'vitest';
import { feedItemDay, rssChannelData, vietnamMidnight } from './rssChannel.ts';

describe('rssChannelData', () => {
  it('names the feed itself with atom:link rel="self" and dates the channel with the build day', () => {
    const xml = rssChannelData({
      selfUrl: 'https://ocop.example.vn/feeds/events.xml',
      buildDay: '2026-12-03',
      lang: 'vi',
    });
    expect(xml).toContain(
      '<atom:link href="https://ocop.example.vn/feeds/events.xml" rel="self" type="application/rss+xml"/>',
    );
    // RFC 822 date, midnight in Vietnam = 17:00 the day before in UTC.
    expect(xml).toContain('<lastBuildDate>Wed, 02 Dec 2026 17:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<language>vi</language>');
  });
});

describe('feedItemDay', () => {
  it('keeps a day on or before the build day and never dates an item after it', () => {
    expect(feedItemDay('2025-12-20', '2026-12-03')).toBe('2025-12-20');
    expect(feedItemDay('2026-12-03', '2026-12-03')).toBe('2026-12-03');
    expect(feedItemDay('2027-06-10', '2026-12-03')).toBe('2026-12-03');
  });

  it('turns a day into the instant Vietnam starts it', () => {
    expect(vietnamMidnight('2026-12-03').toISOString()).toBe('2026-12-02T17:00:00.000Z');
  });
});

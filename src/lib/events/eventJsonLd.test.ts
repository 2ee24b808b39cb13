import { describe, expect, it } from 'vitest';
import { EventSchema } from '../../schemas/event.ts';
import { eventJsonLd } from './eventJsonLd.ts';

const base = {
  kind: 'national-fair',
  name: { vi: 'Festival OCOP', en: 'OCOP Festival' },
  start: '2026-12-17',
  end: '2026-12-20',
  venue: { name: 'Hoàng thành Thăng Long', address: '19C Hoàng Diệu', coordinates: { lat: 21.03, lng: 105.84 } },
  province: 'ha-noi',
  organiser: 'Bộ Nông nghiệp và Môi trường',
};
const options = { lang: 'en' as const, url: 'https://x/en/events/f/', description: 'd', region: 'Hà Nội' };

describe('eventJsonLd', () => {
  it('gives days only for an all-day event', () => {
    const ld = eventJsonLd(EventSchema.parse(base), options) as Record<string, unknown>;
    expect([ld['startDate'], ld['endDate'], ld['name']]).toEqual(['2026-12-17', '2026-12-20', 'OCOP Festival']);
  });

  it("gives opening on the first day and closing on the last, with Vietnam's +07:00 offset", () => {
    const ld = eventJsonLd(EventSchema.parse({ ...base, opens: '08:00', closes: '22:00' }), options) as Record<
      string,
      unknown
    >;
    expect([ld['startDate'], ld['endDate']]).toEqual(['2026-12-17T08:00:00+07:00', '2026-12-20T22:00:00+07:00']);
    expect(ld['location']).toMatchObject({ name: 'Hoàng thành Thăng Long', geo: { latitude: 21.03 } });
  });
});

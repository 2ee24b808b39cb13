import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { addDays } from '../../src/lib/core/isoDate.ts';
import { readIcs } from '../support/readIcs.ts';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const baseUrl = inject('baseUrl');
const prefixes = { vi: '', en: '/en' } as const;

const { browser } = withBrowser();

async function open(
  path: string,
  options: { javaScript?: boolean; now?: string; waitUntil?: 'load' | 'domcontentloaded' } = {},
): Promise<Page> {
  const { page } = await newPage(browser(), { javaScript: options.javaScript ?? true });
  if (options.now) await page.clock.setFixedTime(new Date(options.now));
  // The inline scripts run before DOMContentLoaded; only the axe checks need images and fonts loaded.
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: options.waitUntil ?? 'domcontentloaded' });
  expect(response?.status(), path).toBe(200);
  return page;
}

interface ListedEvent {
  id: string;
  href: string;
  start: string;
  end: string;
  phase: string;
  label: string;
}

/** Event items of a list, in page order. */
function listed(page: Page, selector: string): Promise<ListedEvent[]> {
  return page.$$eval(`${selector} [data-event-id]`, (items) =>
    items.map((li) => {
      const el = li as HTMLElement;
      return {
        id: el.dataset['eventId'] ?? '',
        href: el.querySelector('a')?.getAttribute('href') ?? '',
        start: el.dataset['eventStart'] ?? '',
        end: el.dataset['eventEnd'] ?? '',
        phase: el.dataset['phase'] ?? '',
        label: el.querySelector('[data-event-label]')?.textContent ?? '',
      };
    }),
  );
}

/** Event ids with a built page, from dist/events. */
const eventIds = readdirSync(join(dist, 'events'))
  .filter((name) => name.endsWith('.ics') && name !== 'calendar.ics')
  .map((name) => name.replace(/\.ics$/, ''));

function jsonLdEvent(html: string): { startDate: string; endDate: string; name: string; location: { name: string } } {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    JSON.parse(m[1] ?? '{}'),
  );
  const event = blocks.find((b) => b['@type'] === 'Event');
  if (!event) throw new Error('no schema.org Event on the page');
  return event;
}

describe('events listing', () => {
  it('has events to show', () => {
    expect(eventIds.length).toBeGreaterThan(0);
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: lists what is on and coming first, soonest first, then past events by year, latest first`, async () => {
      const page = await open(`${prefixes[lang]}/events/`, { javaScript: false });
      const current = await listed(page, '[data-events-current]');
      for (const event of current) expect(event.phase).not.toBe('past');
      expect(current.map((e) => e.start)).toEqual([...current.map((e) => e.start)].sort());
      const all = await listed(page, '[data-events-scope]');
      const past = all.slice(current.length);
      for (const event of past) expect(event.phase).toBe('past');
      expect(past.map((e) => e.start)).toEqual([...past.map((e) => e.start)].sort().reverse());
      expect(new Set(all.map((e) => e.id))).toEqual(new Set(eventIds));
      for (const event of all) expect(event.href).toBe(`${prefixes[lang]}/events/${event.id}/`);
      const years = await page.$$eval('[data-events-scope] h2[id^="events-past-"]', (hs) =>
        hs.map((h) => h.id.slice(-4)),
      );
      expect(years).toEqual([...new Set(past.map((e) => e.start.slice(0, 4)))]);
      await page.context().close();
    });
  }

  it('moves events that ended since the build out of "upcoming" with the visitor\'s date', async () => {
    const page = await open('/en/events/', { now: '2099-01-01T03:00:00Z' });
    expect(await listed(page, '[data-events-current]')).toEqual([]);
    expect(await page.isVisible('[data-events-none]')).toBe(true);
    const ended = await listed(page, '[data-events-ended]');
    for (const event of ended) expect([event.phase, event.label]).toEqual(['past', 'Ended']);
    await page.context().close();
  });

  it('marks an event as on now on its days, in Vietnam time', async () => {
    const page = await open('/events/', { javaScript: false });
    const [first] = await listed(page, '[data-events-scope]');
    await page.context().close();
    if (!first) return;
    // 17:30 UTC the day before the first day is already 00:30 on the first day in Vietnam.
    const eve = new Date(`${addDays(first.start, -1)}T17:30:00Z`).toISOString();
    const live = await open(`/events/${first.id}/`, { now: eve });
    expect(await live.getAttribute('[data-event-status]', 'data-phase')).toBe('ongoing');
    expect(await live.textContent('[data-event-status] [data-event-label]')).toBe('Đang diễn ra');
    await live.context().close();
  });

  it('has a page per province and per kind, and a month view, all working without JavaScript', async () => {
    const page = await open('/events/', { javaScript: false });
    const filters = await page.$$eval(
      'nav[aria-labelledby="events-browse"] a[href*="/events/province/"], nav[aria-labelledby="events-browse"] a[href*="/events/kind/"]',
      (as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
    );
    await page.context().close();
    expect(filters.length).toBeGreaterThanOrEqual(2);
    let seen = 0;
    for (const filter of filters) {
      const sub = await open(filter.href, { javaScript: false });
      expect(await sub.textContent('h1')).toContain(filter.text.trim());
      const items = await listed(sub, '[data-events-scope]');
      expect(items.length).toBeGreaterThan(0);
      if (filter.href.includes('/kind/')) {
        const kinds = await sub.$$eval('[data-events-scope] [data-event-id] p:first-child', (ps) =>
          ps.map((p) => p.textContent ?? ''),
        );
        for (const kind of kinds) expect(kind).toContain(filter.text.trim());
      }
      seen += items.length;
      await sub.context().close();
    }
    expect(seen).toBeGreaterThanOrEqual(eventIds.length);

    const months = await open('/en/events/calendar/', { javaScript: false });
    const sections = await months.$$eval('section[data-month]', (ss) =>
      ss.map((s) => ({
        month: (s as HTMLElement).dataset['month'] ?? '',
        spans: [...s.querySelectorAll('[data-event-id]')].map((li) => [
          (li as HTMLElement).dataset['eventStart'],
          (li as HTMLElement).dataset['eventEnd'],
        ]),
      })),
    );
    // From this month on in calendar order, then the earlier months (folded away) latest first: every month once.
    const split = sections.findIndex((s, i) => i > 0 && s.month < (sections[i - 1]?.month ?? ''));
    const current = split === -1 ? sections : sections.slice(0, split);
    const earlier = split === -1 ? [] : sections.slice(split);
    expect(current.map((s) => s.month)).toEqual([...current.map((s) => s.month)].sort());
    expect(earlier.map((s) => s.month)).toEqual([...earlier.map((s) => s.month)].sort().reverse());
    expect(new Set(sections.map((s) => s.month)).size).toBe(sections.length);
    for (const { month, spans } of sections) {
      for (const [start, end] of spans) {
        expect(
          (start ?? '').slice(0, 7) <= month && month <= (end ?? '').slice(0, 7),
          `${start}–${end} in ${month}`,
        ).toBe(true);
      }
    }
    await months.context().close();
  });
});

describe('event page', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: shows dates, venue with a map link, organiser, and an "add to calendar" file for this event`, async () => {
      for (const id of eventIds) {
        const page = await open(`${prefixes[lang]}/events/${id}/`, { javaScript: false });
        const html = await page.content();
        const event = jsonLdEvent(html);
        expect(await page.textContent('h1')).toBe(event.name);
        const map = await page.getAttribute('[data-map-link]', 'href');
        expect(map).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
        const ics = await page.getAttribute('[data-add-to-calendar]', 'href');
        expect(ics).toBe(`${prefixes[lang]}/events/${id}.ics`);
        const response = await fetch(`${baseUrl}${ics}`);
        expect(response.headers.get('content-type')).toContain('text/calendar');
        const { events } = readIcs(await response.text());
        expect(events.map((e) => e.uid.split('@')[0])).toEqual([id]);
        expect(events[0]?.summary).toBe(event.name);
        expect(events[0]?.url).toBe(`https://${events[0]?.uid.split('@')[1]}${prefixes[lang]}/events/${id}/`);
        await page.context().close();
      }
    });
  }

  it('links every product on show to its page, and that page lists the event back', async () => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    const shownAt = new Map<string, string[]>();
    for (const id of eventIds) {
      await page.goto(`${baseUrl}/en/events/${id}/`, { waitUntil: 'domcontentloaded' });
      const products = await page.$$eval('[data-event-products] a[href*="/products/"]', (as) => [
        ...new Set(as.map((a) => a.getAttribute('href') ?? '')),
      ]);
      for (const href of products) shownAt.set(href, [...(shownAt.get(href) ?? []), id]);
    }
    expect(shownAt.size).toBeGreaterThan(0);
    for (const [href, ids] of shownAt) {
      await page.goto(`${baseUrl}${href}`, { waitUntil: 'domcontentloaded' });
      const back = await page.$$eval('[data-product-fairs] [data-event-id] a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(back.sort(), href).toEqual(ids.map((id) => `/en/events/${id}/`).sort());
    }
    await context.close();
  }, 180_000);
});

describe('calendar files', () => {
  const icsFiles = (['vi', 'en'] as const).flatMap((lang) =>
    readdirSync(join(dist, prefixes[lang], 'events'))
      .filter((name) => name.endsWith('.ics'))
      .map((name) => ({ lang, name, path: join(dist, prefixes[lang], 'events', name) })),
  );

  it.each(icsFiles)(
    '$lang $name parses and agrees with the event pages on days, hours and time zone',
    ({ lang, name, path }) => {
      const { calendar, events } = readIcs(readFileSync(path, 'utf8'));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(events.length).toBe(name === 'calendar.ics' ? eventIds.length : 1);
      for (const parsed of events) {
        const id = parsed.uid.split('@')[0] ?? '';
        const page = jsonLdEvent(readFileSync(join(dist, prefixes[lang], 'events', id, 'index.html'), 'utf8'));
        if (parsed.allDay) {
          expect(page.startDate).toBe(parsed.start);
          // RFC 5545: the end of an all-day event is exclusive, the day after the last day.
          expect(parsed.end).toBe(addDays(page.endDate, 1));
          expect(parsed.occurrences).toHaveLength(1);
        } else {
          expect(parsed.startZone).toBe('Asia/Ho_Chi_Minh');
          const first = parsed.occurrences[0];
          const last = parsed.occurrences.at(-1);
          expect(first?.start).toBe(new Date(page.startDate).toISOString());
          // Each day of a multi-day event opens at the same hour; the last occurrence falls on the last day.
          expect(new Date(last?.start ?? '').getTime() - new Date(first?.start ?? '').getTime()).toBe(
            Date.parse(page.endDate.slice(0, 10)) - Date.parse(page.startDate.slice(0, 10)),
          );
          if (page.endDate.length > 10) expect(last?.end).toBe(new Date(page.endDate).toISOString());
        }
      }
    },
  );
});

describe('feeds', () => {
  for (const [name, lang] of [
    ['events.xml', 'vi'],
    ['certifications.xml', 'en'],
  ] as const) {
    it(`${lang} ${name} is RSS whose items link to built pages`, async () => {
      const text = await (await fetch(`${baseUrl}${prefixes[lang]}/feeds/${name}`)).text();
      expect(text).toMatch(/^<\?xml[^>]*\?><rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/);
      // The feed names its own address and its build date (what an RSS validator asks for).
      const self = /<atom:link href="([^"]+)" rel="self" type="application\/rss\+xml"\/>/.exec(text)?.[1];
      expect(new URL(self ?? '').pathname).toBe(`${prefixes[lang]}/feeds/${name}`);
      expect(text).toMatch(/<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/);
      const links = [...text.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map(
        (m) => new URL(m[1] ?? '').pathname,
      );
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect((await fetch(`${baseUrl}${link}`)).status, link).toBe(200);
    });
  }
});

describe('accessibility of events templates', () => {
  const templates = (lang: 'vi' | 'en') => {
    const p = prefixes[lang];
    return [`${p}/events/`, `${p}/events/calendar/`, `${p}/events/${eventIds[0]}/`];
  };
  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: listing, month view, an event, a province, a kind and a product page have no axe violations`, async () => {
      const first = await open(templates(lang)[0] ?? '/', { javaScript: false });
      const filters = await first.$$eval('a[href*="/events/province/"], a[href*="/events/kind/"]', (as) => {
        const hrefs = as.map((a) => a.getAttribute('href') ?? '');
        return [hrefs.find((h) => h.includes('/province/')), hrefs.find((h) => h.includes('/kind/'))].filter(
          (h): h is string => !!h,
        );
      });
      await first.context().close();
      const event = await open(templates(lang)[2] ?? '/', { javaScript: false });
      const product = await event.getAttribute('[data-event-products] a[href*="/products/"]', 'href');
      await event.context().close();
      if (product) filters.push(product);
      for (const path of [...templates(lang), ...filters]) {
        const page = await open(path, { waitUntil: 'load' });
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});

/**
 * Issue 20, what a visitor hit: the language switch lost the query and hash, the month view opened in 2019, the
 * calendar address broke mid-word on a phone, English pages showed pack sizes and authorities in Vietnamese only,
 * and the Huế outlets shared one marker of a country map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage } from '../../scripts/lib/browser.ts';
import { dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const { browser } = withBrowser();

/** The build day the sample build is pinned to (OCOP_TODAY), read from the sitemap the build dated. */
const buildDay = /<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>/.exec(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'))?.[1];
if (!buildDay) throw new Error('the sitemap carries the build day as lastmod');

async function open(path: string, options: { width?: number; javaScript?: boolean; now?: string } = {}): Promise<Page> {
  const { page } = await newPage(browser(), {
    width: options.width ?? 1280,
    height: 900,
    javaScript: options.javaScript ?? true,
  });
  if (options.now) await page.clock.setFixedTime(new Date(options.now));
  const response = await page.goto(base + path, { waitUntil: 'domcontentloaded' });
  expect(response?.status(), path).toBe(200);
  return page;
}

const switchHref = (page: Page) => page.locator('[data-lang-switch]').getAttribute('href');

describe('language switch', () => {
  it('keeps the query string and hash, and follows the page when its query changes without a reload', async () => {
    const page = await open('/search/?q=nuoc+mam&stars=4#results');
    await expect(switchHref(page)).resolves.toBe('/en/search/?q=nuoc+mam&stars=4#results');
    // The search page rewrites its address as the visitor types: the link follows when it is about to be used.
    await page.evaluate(() => history.replaceState(null, '', '/search/?q=mat+ong'));
    await page.locator('[data-lang-switch]').focus();
    await expect(switchHref(page)).resolves.toBe('/en/search/?q=mat+ong');
    await page.context().close();

    const english = await open('/en/events/calendar/?from=test#month-2026-12');
    await english.locator('[data-lang-switch]').click();
    await english.waitForURL((url) => !url.pathname.startsWith('/en/'));
    expect(english.url()).toBe(`${base}/events/calendar/?from=test#month-2026-12`);
    await english.context().close();
  });

  it('is a plain link to the other language without JavaScript', async () => {
    const page = await open('/en/products/?x=1', { javaScript: false });
    await expect(switchHref(page)).resolves.toBe('/products/');
    await page.context().close();
  });
});

describe('events month by month', () => {
  const firstShown = (page: Page) =>
    page.$$eval('[data-months-current] > section[data-month]', (sections) =>
      sections.map((s) => (s as HTMLElement).dataset['month']),
    );

  it('opens on this month, with the earlier months folded away below', async () => {
    const page = await open('/en/events/calendar/', { javaScript: false });
    const months = await firstShown(page);
    expect(months[0]).toBe(buildDay.slice(0, 7));
    expect([...months].sort()).toEqual(months);
    const earlier = await page.$$eval('[data-months-earlier] > section[data-month]', (sections) =>
      sections.map((s) => (s as HTMLElement).dataset['month'] ?? ''),
    );
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((month) => month < buildDay.slice(0, 7))).toBe(true);
    // Latest first, and folded: the 2019 fair is not what a visitor sees first.
    expect([...earlier].sort().reverse()).toEqual(earlier);
    await expect(page.locator('[data-months-earlier] section').first().isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it("re-checks on the visitor's day: months that have ended by then move to the earlier months", async () => {
    const page = await open('/en/events/calendar/', { now: '2027-07-02T03:00:00Z' });
    const months = await firstShown(page);
    expect(months.every((month) => (month ?? '') >= '2027-07')).toBe(true);
    const earlier = await page.$$eval('[data-months-earlier] > section[data-month]', (sections) =>
      sections.map((s) => (s as HTMLElement).dataset['month'] ?? ''),
    );
    expect(earlier[0]).toBe('2027-06');
    if (months.length === 0) await expect(page.locator('[data-months-none]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('calendar feed address at 390 px', () => {
  it('wraps only after a slash or before a dot, never inside a word', async () => {
    const page = await open('/en/events/calendar/', { width: 390 });
    const breaks = await page.locator('[data-feed-url]').evaluate((code) => {
      const text = code.textContent ?? '';
      const range = document.createRange();
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      const tops: { char: string; previous: string; top: number }[] = [];
      let previous = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push({ char: value.charAt(i), previous, top: range.getBoundingClientRect().top });
          previous = value.charAt(i);
        }
      }
      const lines = tops.filter((t, i) => i > 0 && t.top > (tops[i - 1]?.top ?? 0) + 2);
      return { text, breaks: lines.map((t) => `${t.previous}|${t.char}`) };
    });
    expect(breaks.text).toMatch(/^https?:\/\/.+\/en\/events\/calendar\.ics$/);
    // Set apart from the sentence before it ("… stays up to date. https://…").
    await expect(
      page.locator('[data-feed-url]').evaluate((code) => code.parentElement?.textContent ?? ''),
    ).resolves.toMatch(/\s(https?:\/\/)/);
    // At 390 px the address does not fit on one line: it must break, and only at a slash or a dot.
    expect(breaks.breaks.length).toBeGreaterThan(0);
    for (const at of breaks.breaks) expect(at, breaks.text).toMatch(/^(\/\|.|.\|\.)$/);
    await page.context().close();
  });
});

describe('English pages: the Vietnamese as written with English beside it', () => {
  it('renders pack sizes and the authority on an English product page', async () => {
    const page = await open('/en/products/nuoc-mam-mui-ne/');
    const packs = await page.locator('#packs-heading ~ table tbody td:first-child').allTextContents();
    expect(packs.some((cell) => cell.includes('500 ml bottle') && cell.includes('(chai 500 ml)'))).toBe(true);
    const issuedBy = await page.locator('[data-written-as] [data-english]').allTextContents();
    expect(issuedBy.some((text) => /People's Committee|Ministry of/.test(text))).toBe(true);
    await page.context().close();
  });

  it("uses the record's own English where the rule cannot render it", async () => {
    const page = await open('/en/products/du-lich-lang-co-phuoc-tich/');
    await expect(page.locator('#packs-heading ~ table').textContent()).resolves.toContain(
      'half-day tour (per person) (tour nửa ngày (người))',
    );
    await page.context().close();
  });

  it('renders the organiser and the link labels of an English event page', async () => {
    const page = await open('/en/events/festival-ocop-viet-nam-2025/');
    await expect(page.locator('[data-written-as]').first().textContent()).resolves.toContain(
      'Ministry of Agriculture and Environment',
    );
    await expect(page.getByRole('link', { name: 'Event page (sample)' }).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('guide map', () => {
  it('shows the Huế outlets on a city-scale map, apart and numbered like the list', async () => {
    for (const width of [390, 1280]) {
      const page = await open('/en/guide/hue/', { width });
      const figure = page.locator('.position-map');
      await expect(figure.getAttribute('data-map-scale')).resolves.toBe('city');
      const markers = await page.$$eval('[data-local-map] .marker', (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }),
      );
      const listed = await figure.locator('figcaption li').count();
      expect(markers).toHaveLength(listed);
      // No two markers drawn on top of each other (the country map drew all six on one spot).
      for (let i = 0; i < markers.length; i++)
        for (let j = i + 1; j < markers.length; j++) {
          const [a, b] = [markers[i], markers[j]];
          expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(8);
        }
      await page.context().close();
    }
  });
});

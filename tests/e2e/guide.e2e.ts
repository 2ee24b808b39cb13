import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { builtProducts } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const data = builtProducts();
const hueCertified = data.products.filter((p) => p.province.id === 'hue' && p.certificate.certified);
const aProduct = hueCertified[0];
const unvisited = data.products.find((p) => p.province.id !== 'hue');
if (!aProduct || !unvisited) throw new Error('the sample needs a certified Huế product and a product elsewhere');

const { browser, open } = withBrowser();

describe('Huế visitor guide', () => {
  for (const [lang, path, heading] of [
    ['vi', '/guide/hue/', 'Cẩm nang đặc sản TP Huế'],
    ['en', '/en/guide/hue/', 'Huế City specialties guide'],
  ] as const) {
    it(`${lang}: lists specialties with stars and where to buy, gifts, outlets, landmarks and fairs`, async () => {
      const page = await open(path);
      await expect(page.locator('h1').textContent()).resolves.toBe(heading);
      const cards = page.locator('[data-specialty]');
      await expect(cards.count()).resolves.toBeGreaterThan(5);
      // Every certified Huế product appears once, each with its star badge.
      const shown = await cards.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['specialty']));
      const certifiedNow = data.products.filter((p) => p.province.id === 'hue' && p.certificate.certified);
      expect(new Set(shown)).toEqual(new Set(certifiedNow.map((p) => p.id)));
      await expect(page.locator('[data-specialty] [data-stars]').count()).resolves.toBe(shown.length);
      // Shelves for a visitor, and "where to buy" links that land on an outlet of this page.
      await expect(page.locator('[data-shelf="sauces"] h3').textContent()).resolves.toBeTruthy();
      const buy = page.locator('[data-specialty] a[href^="#outlet-"]').first();
      const target = (await buy.getAttribute('href')) ?? '';
      await expect(page.locator(target).count()).resolves.toBe(1);
      await expect(page.locator('[data-gift]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-outlet]').count()).resolves.toBeGreaterThan(2);
      // The outlets are in one city: a city-scale map beside the country locator (visitors.e2e.ts looks closer).
      await expect(page.locator('.position-map [data-local-map]').count()).resolves.toBe(1);
      for (const landmark of ['citadel', 'airport', 'station'])
        await expect(page.locator(`[data-landmark="${landmark}"] li`).count()).resolves.toBeGreaterThan(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }

  it('is accessible and fits a 390 px phone screen without sideways scrolling', async () => {
    for (const path of ['/en/guide/hue/', '/guide/hue/']) {
      const page = await open(path, { width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    }
  });

  it('is linked from the home page in both languages', async () => {
    for (const [home, guide] of [
      ['/', '/guide/hue/'],
      ['/en/', '/en/guide/hue/'],
    ] as const) {
      const page = await open(home);
      await expect(page.locator('[data-guide-link]').getAttribute('href')).resolves.toBe(guide);
      await page.context().close();
    }
  });

  it('offers an installable app: a manifest with PNG icons', async () => {
    const page = await open('/en/guide/hue/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(base + href)).json();
    expect(manifest.start_url).toBe('/en/');
    for (const icon of manifest.icons) {
      const response = await page.request.get(base + icon.src);
      expect(response.headers()['content-type']).toBe('image/png');
    }
    await page.context().close();
  });
});

describe('offline after a first visit', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(browser(), { width: 390, height: 844 }));
  });
  afterAll(async () => {
    await context.close();
  });
  /**
   * Opens a page while the context is offline. Chromium 150 (Debian, December 2026) with playwright-core 1.65 keeps
   * the emulated offline state for the document that was open, but a document a later navigation brings reports
   * navigator.onLine true (checked: a page that stays open reads false, a new one true, and the emulation set
   * again reaches it). So the state is set again once the page is open: the browser then tells the page it is offline,
   * as a phone that loses its connection does, and the page's script shows the notice.
   */
  const offlineGoto = async (url: string) => {
    await page.goto(url);
    await context.setOffline(false);
    await context.setOffline(true);
    await page.waitForFunction(() => !navigator.onLine);
  };

  it('still shows the guide and a product visited, with an offline notice', async () => {
    await page.goto(`${base}/en/guide/hue/`);
    // The worker is active and has saved the guide the page listed to it.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() =>
      caches.keys().then(
        (keys) =>
          keys.length > 0 &&
          caches
            .open(keys[0] ?? '')
            .then((c) => c.match(location.href))
            .then(Boolean),
      ),
    );
    await page.goto(base + aProduct.urls.en);
    await expect(page.locator('[data-offline-notice]').isHidden()).resolves.toBe(true);

    await context.setOffline(true);
    await offlineGoto(`${base}/en/guide/hue/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Huế City specialties guide');
    await expect(page.locator('[data-offline-notice]').isVisible()).resolves.toBe(true);
    // Styles came from the cache too: the offline notice is drawn as a banner, not as bare text.
    const background = await page
      .locator('[data-offline-notice]')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    await offlineGoto(base + aProduct.urls.en);
    await expect(page.locator('h1').textContent()).resolves.toContain(aProduct.name.en ?? aProduct.name.vi);
    await expect(page.locator('[data-offline-notice]').isVisible()).resolves.toBe(true);
  });

  it('shows the offline page for a page never visited, in its language', async () => {
    await context.setOffline(true);
    await page.goto(base + unvisited.urls.en);
    await expect(page.locator('[data-offline-page] h1').textContent()).resolves.toBe('You are offline');
    await page.goto(base + unvisited.urls.vi);
    await expect(page.locator('[data-offline-page] h1').textContent()).resolves.toBe('Bạn đang ngoại tuyến');
    await context.setOffline(false);
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ProductsExport } from '../../src/lib/openData/productsExport.ts';
import {
  eventsCalendarUrl,
  eventsUrl,
  eventUrl,
  dataUrl,
  groupUrl,
  homeUrl,
  productsUrl,
  provinceUrl,
  searchUrl,
  shortlistAddUrl,
  stampsUrl,
  starsUrl,
  statsUrl,
  suppliersUrl,
} from '../../src/lib/site/urls.ts';
import { LANGS, type Lang } from '../../src/lib/core/locale.ts';
import { dist } from '../support/builtSite.ts';
import { expectSearchResult } from '../support/searchResults.ts';
import { launchBrowser, newPage } from '../../scripts/lib/browser.ts';

const base = inject('baseUrl');
const data = JSON.parse(readFileSync(`${dist}/data/products.json`, 'utf8')) as ProductsExport;
const events = JSON.parse(readFileSync(`${dist}/data/events.json`, 'utf8')) as { events: { id: string }[] };
const product = data.products.find((p) => p.certificate.state === 'valid') ?? data.products[0];
const event = events.events[0];
if (!product || !event) throw new Error('the catalogue needs a product and an event');

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Every Content Security Policy violation the document reports, kept on window from before the first script. */
function recordViolations() {
  const seen: Violation[] = [];
  (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    true,
  );
}

let browser: Browser;
const pages = new Map<Lang, Page>();
/** Console errors about the policy, per page path (Chromium logs a blocked script or style there too). */
const consoleErrors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  for (const lang of LANGS) {
    const { page } = await newPage(browser);
    await page.addInitScript(recordViolations);
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
        consoleErrors.push(`${page.url().replace(base, '')}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url().replace(base, '')}: ${error.message}`));
    pages.set(lang, page);
  }
});
afterAll(async () => {
  await browser.close();
});

/** Opens a path in the language's tab, lets `act` use the page, then returns what the policy blocked there. */
async function visit(lang: Lang, path: string, act?: (page: Page) => Promise<void>) {
  const page = pages.get(lang);
  if (!page) throw new Error(lang);
  const before = consoleErrors.length;
  const response = await page.goto(base + path, { waitUntil: 'load' });
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  // nginx sends the site's policy as a header too (the browser enforces both): frame-ancestors and reporting.
  const header = response?.headers()['content-security-policy'];
  await act?.(page);
  // Give a blocked resource time to report: the event is queued as a task after the load.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
  return { policy, header, violations, console: consoleErrors.slice(before) };
}

const templates = (lang: Lang): [string, string, ((page: Page) => Promise<void>)?][] => [
  ['home', homeUrl(lang)],
  ['listing', productsUrl(lang)],
  ['province', provinceUrl(product.province.id, lang)],
  ['group', groupUrl(product.group, lang)],
  ['stars', starsUrl(product.stars ?? '4', lang)],
  ['product', lang === 'vi' ? product.urls.vi : product.urls.en],
  ['producer', lang === 'vi' ? product.urls.producerVi : product.urls.producerEn],
  ['trace', lang === 'vi' ? product.urls.traceVi : product.urls.traceEn],
  ['stamps', stampsUrl(product.producer, lang)],
  ['events', eventsUrl(lang)],
  ['event', eventUrl(event.id, lang)],
  ['event calendar', eventsCalendarUrl(lang)],
  [
    'search with a query typed',
    searchUrl(lang),
    async (page) => {
      await page.waitForSelector('[data-search-count]');
      await page.fill('#search-page-q', product.name.vi);
      await page.waitForFunction(
        () => Number(document.querySelector('[data-search-count]')?.getAttribute('data-search-count')) > 0,
        undefined,
        { timeout: 15_000 },
      );
    },
  ],
  [
    'suppliers with a filter clicked',
    suppliersUrl(lang),
    async (page) => {
      await page.waitForSelector('[data-result-count]');
      await page.getByRole('checkbox').check();
      await page.waitForURL(/valid=1/);
    },
  ],
  [
    'shortlist with a product added',
    shortlistAddUrl('product', product.id, lang),
    async (page) => {
      await page.waitForSelector(`[data-shortlist-product="${product.id}"]`);
    },
  ],
  ['data', dataUrl(lang)],
  ['stats', statsUrl(lang)],
  ['404', `${lang === 'vi' ? '' : '/en'}/no-such-page/`],
];

describe('Content Security Policy', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      for (const [name, path, act] of templates(lang)) {
        it(`${name} (${path}) runs with nothing blocked`, async () => {
          const { policy, header, violations, console } = await visit(lang, path, act);
          expect(policy, 'the page carries a policy').toMatch(/script-src 'self'/);
          expect(header, 'the server sends the policy').toContain("frame-ancestors 'none'");
          expect(policy).not.toContain("'unsafe-inline'");
          expect(violations, console.join('\n')).toEqual([]);
          // The 404 page is served with status 404, which Chromium logs as a failed load; nothing else may appear.
          expect(console.filter((line) => name !== '404' || !/status of 404/.test(line))).toEqual([]);
        });
      }
    });
  }

  it('the search island finds the product by its name under the policy', async () => {
    const page = pages.get('vi');
    if (!page) throw new Error('vi');
    await page.goto(`${base}${searchUrl('vi')}?q=${encodeURIComponent(product.name.vi)}`);
    await expectSearchResult(page, product.urls.vi);
  });

  it('blocks an inline script the build did not hash', async () => {
    const page = pages.get('en');
    if (!page) throw new Error('en');
    await page.goto(base + homeUrl('en'));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    );
    expect(violations.map((v) => v.directive)).toContain('script-src-elem');
  });
});

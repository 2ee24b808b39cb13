import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/core/foldVietnamese.ts';
import type { ProductRow } from '../../src/lib/openData/productsExport.ts';
import { SEARCH_PAGE_SIZE } from '../../src/lib/search/searchState.ts';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { builtProducts } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const data = builtProducts();
// Runs on the sample and on a synthetic catalogue (OCOP_DIST=<its build>): every product is picked from the build's
// own /data/products.json, never named.

const { browser } = withBrowser();

/** Opens the search page and waits until the island has shown its results for the address's state. */
async function openSearch(path: string): Promise<Page> {
  const { page } = await newPage(browser());
  await page.goto(base + path);
  await settled(page);
  return page;
}

/** Waits until the count is shown and the list holds every result of the first page. */
async function settled(page: Page, query?: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      // The island has read the address (until then the page shows the empty search written by the build).
      if (!document.querySelector('[data-search-ready]')) return false;
      const status = document.querySelector('[data-search-count]');
      if (!status) return false;
      if (q !== undefined && !status.textContent?.includes(q)) return false;
      // The list is busy until it shows the results of the current search.
      return document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false';
    },
    query?.trim(),
    { timeout: 15_000 },
  );
}

/** Types a query into the search page like a visitor and returns the product URLs shown, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-page-q', query);
  await settled(page, query);
  return resultUrls(page);
}

/** Opens the filter panel (its counts are worked out only while it is open) and waits for the counts. */
async function openFilters(page: Page): Promise<void> {
  await page.click('[data-search-filters] summary');
  await page.waitForSelector('fieldset[data-facet="stars"]', { timeout: 15_000 });
}

function resultUrls(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] li h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function shownCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-search-count]').getAttribute('data-search-count'));
}

const withMarks = data.products.filter((p) => foldVietnamese(p.name.vi) !== p.name.vi.toLowerCase()).slice(0, 6);
/** Products with exactly the same Vietnamese name (a synthetic catalogue has some). */
const namesakes = (product: ProductRow) => data.products.filter((p) => p.name.vi === product.name.vi);
const withD = data.products.filter((p) => /[đĐ]/.test(p.name.vi)).slice(0, 6);

describe('Vietnamese folding', () => {
  it('finds products typed without any mark ("me xung", "dau tram" and full names)', async () => {
    const page = await openSearch('/search/');
    // The sample's own words ("me xung", "dau tram") where the catalogue has them, and whole names typed bare.
    for (const words of ['me xung', 'dau tram']) {
      const named = data.products.filter((p) => foldVietnamese(p.name.vi).startsWith(words)).map((p) => p.urls.vi);
      if (named.length === 0) continue;
      // Every one of the first three is a product of that name (a big catalogue has many "mè xửng").
      const top = (await search(page, words)).slice(0, Math.min(3, named.length));
      expect(top.length, words).toBeGreaterThan(0);
      for (const url of top) expect(named, words).toContain(url);
    }
    const cases = withMarks.map((p): [string, ProductRow] => [foldVietnamese(p.name.vi), p]);
    expect(cases.length).toBeGreaterThan(2);
    for (const [query, product] of cases) {
      // A bare short query may match many names equally: the product must be among those ranked alike at the top.
      const urls = await search(page, query);
      const ties = data.products.filter((p) => foldVietnamese(p.name.vi) === foldVietnamese(product.name.vi)).length;
      expect(urls.slice(0, Math.max(3, ties)), query).toContain(product.urls.vi);
    }
  });

  it('finds products whose name has đ when it is typed as d, with or without the other marks', async () => {
    expect(withD.length).toBeGreaterThan(0);
    const page = await openSearch('/search/');
    for (const product of withD) {
      for (const query of [product.name.vi.replace(/đ/g, 'd').replace(/Đ/g, 'D'), foldVietnamese(product.name.vi)]) {
        expect((await search(page, query)).slice(0, Math.max(3, namesakes(product).length)), query).toContain(
          product.urls.vi,
        );
      }
    }
  });

  it('finds products from a query pasted in NFD', async () => {
    const page = await openSearch('/search/');
    for (const product of withMarks) {
      const query = product.name.vi.normalize('NFD');
      expect(query).not.toBe(product.name.vi);
      expect((await search(page, query)).slice(0, 3), product.name.vi).toContain(product.urls.vi);
    }
  });

  it('ranks the product spelled exactly as typed first', async () => {
    const page = await openSearch('/search/');
    for (const product of [...withD, ...withMarks]) {
      // A synthetic catalogue may give two products the same name: either may come first.
      const first = (await search(page, product.name.vi))[0];
      expect(
        namesakes(product).map((p) => p.urls.vi),
        product.name.vi,
      ).toContain(first);
    }
  });
});

describe('facets', () => {
  it('show counts equal to the catalogue data when nothing is typed, without downloading the index', async () => {
    const { page } = await newPage(browser());
    const searchFiles: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchFiles.push(request.url());
    });
    await page.goto(`${base}/search/`);
    await settled(page);
    await openFilters(page);
    const expected: Record<string, Record<string, number>> = { stars: {}, group: {}, province: {}, state: {} };
    for (const p of data.products) {
      const add = (facet: string, value: string) => {
        const counts = expected[facet] as Record<string, number>;
        counts[value] = (counts[value] ?? 0) + 1;
      };
      add('stars', p.stars ?? 'none');
      add('group', p.group);
      add('province', p.province.id);
      add('state', p.certificate.state);
    }
    for (const [facet, counts] of Object.entries(expected)) {
      const shown = await page
        .locator(`fieldset[data-facet="${facet}"] input`)
        .evaluateAll((inputs) =>
          Object.fromEntries(
            inputs.map((input) => [
              (input as HTMLInputElement).value,
              Number(document.querySelector(`label[for="${input.id}"]`)?.getAttribute('data-count')),
            ]),
          ),
        );
      expect(shown, facet).toEqual(counts);
    }
    expect(await shownCount(page)).toBe(data.count);
    expect(searchFiles).toEqual([]);
  });

  it('filtering by a former province name finds the products of the unit it became', async () => {
    const formers = new Map<string, ProductRow[]>();
    for (const p of data.products.filter((p) => p.province.formerName)) {
      const key = foldVietnamese(p.province.asWritten).replace(/ /g, '-');
      formers.set(key, [...(formers.get(key) ?? []), p]);
    }
    expect(formers.size).toBeGreaterThan(0);
    for (const [id, products] of [...formers].slice(0, 3)) {
      const page = await openSearch('/search/');
      await openFilters(page);
      await page.check(`#facet-formerProvince-${id}`);
      await settled(page);
      expect(await shownCount(page), id).toBe(products.length);
      const urls = await resultUrls(page);
      expect(new Set(urls), id).toEqual(new Set(products.slice(0, SEARCH_PAGE_SIZE).map((p) => p.urls.vi)));
      // Every product found is filed under today's unit.
      expect(new Set(products.map((p) => p.province.id)).size).toBe(1);
      await page.context().close();
    }
  });

  it('open and tick with the keyboard', async () => {
    const page = await openSearch('/search/');
    await page.focus('[data-search-filters] summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('fieldset[data-facet="stars"]');
    await page.keyboard.press('Tab');
    const first = page.locator('fieldset[data-facet="stars"] input').first();
    expect(await first.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await settled(page);
    const value = await first.inputValue();
    expect(await first.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('stars')).toEqual([value]);
    expect(await shownCount(page)).toBe(data.products.filter((p) => (p.stars ?? 'none') === value).length);
  });
});

describe('address', () => {
  // The province and star level with the most products, so the test has a real set on any catalogue.
  const pairs = new Map<string, ProductRow[]>();
  for (const p of data.products) {
    const key = `${p.province.id} ${p.stars ?? 'none'}`;
    pairs.set(key, [...(pairs.get(key) ?? []), p]);
  }
  const [pairKey = '', pairProducts = []] = [...pairs].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const [province = '', stars = ''] = pairKey.split(' ');

  it('restores query, filters and sort from a shared link, and the back button undoes a filter', async () => {
    const hue = pairProducts;
    expect(hue.length).toBeGreaterThan(1);
    const page = await openSearch(`/search/?province=${province}&stars=${stars}&sort=name`);
    await openFilters(page);
    expect(await page.isChecked(`#facet-province-${province}`)).toBe(true);
    expect(await page.isChecked(`#facet-stars-${stars}`)).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('name');
    expect(await shownCount(page)).toBe(hue.length);

    // Shown in name order, as products.json lists them.
    expect(await resultUrls(page)).toEqual(hue.slice(0, SEARCH_PAGE_SIZE).map((p) => p.urls.vi));
    const group = hue[0]?.group ?? 'food';
    await page.check(`#facet-group-${group}`);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('group')).toBe(group);
    expect(await shownCount(page)).toBe(hue.filter((p) => p.group === group).length);

    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('group')).toBeNull();
    expect(await page.isChecked(`#facet-group-${group}`)).toBe(false);
    expect(await shownCount(page)).toBe(hue.length);
  });

  it("a browse page's sort link shows the same products, sorted by stars", async () => {
    const hue = data.products.filter((p) => p.province.id === province);
    const page = await openSearch(`/search/?province=${province}&sort=stars`);
    expect(await page.inputValue('#search-sort')).toBe('stars');
    expect(await shownCount(page)).toBe(hue.length);
    const rank = (stars: string | null) => (stars === 'potential-5' ? 4.5 : Number(stars ?? 0));
    const firstUrl = (await resultUrls(page))[0];
    const first = hue.find((p) => p.urls.vi === firstUrl);
    expect(first).toBeDefined();
    expect(rank(first?.stars ?? null)).toBe(Math.max(...hue.map((p) => rank(p.stars))));
  });

  const twoWords = foldVietnamese(data.products[0]?.name.vi ?? '')
    .split(' ')
    .slice(0, 2)
    .join(' ');

  it('keeps what was typed in the address, and a reload shows the same results', async () => {
    const page = await openSearch('/search/');
    const urls = await search(page, twoWords);
    expect(urls.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(twoWords);
    await page.reload();
    await settled(page, twoWords);
    expect(await page.inputValue('#search-page-q')).toBe(twoWords);
    expect(await resultUrls(page)).toEqual(urls);
  });

  it('keeps query, filters and sort across the language switch: the state is all in the address', async () => {
    const query = `?q=${encodeURIComponent(twoWords)}&stars=${stars}&sort=name`;
    const vi = await openSearch(`/search/${query}`);
    await settled(vi, twoWords);
    const viCount = await shownCount(vi);
    const en = await openSearch(`/en/search/${query}`);
    await settled(en, twoWords);
    expect(await en.inputValue('#search-page-q')).toBe(twoWords);
    expect(await en.inputValue('#search-sort')).toBe('name');
    await openFilters(en);
    expect(await en.isChecked(`#facet-stars-${stars}`)).toBe(true);
    // The English index holds the same products (English text, Vietnamese names among it).
    expect(viCount).toBeGreaterThan(0);
    expect(await shownCount(en)).toBeGreaterThan(0);
  });

  it('the header search box sends the query to the search page without script', async () => {
    const { page } = await newPage(browser(), { javaScript: false });
    await page.goto(`${base}/products/`);
    await page.fill('#site-search', 'me xung');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=me\+xung/);
    expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('English index', () => {
  it('answers English queries from the English pages', async () => {
    const page = await openSearch('/en/search/');
    const english = [
      ...new Set(
        data.products.flatMap((p) => {
          const words = (p.name.en ?? '').toLowerCase().split(/\s+/);
          return words.length >= 2 && words.every((w) => /^[a-z]+$/.test(w)) ? [words.slice(-2).join(' ')] : [];
        }),
      ),
    ];
    const queries = ['fish sauce', 'cajeput oil'].filter((q) => english.includes(q));
    queries.push(...english.slice(0, 2 - Math.min(queries.length, 2)));
    for (const query of queries) {
      const words = query.split(' ');
      const expected = data.products.filter((p) => words.every((w) => p.name.en?.toLowerCase().includes(w)));
      expect(expected.length, query).toBeGreaterThan(0);
      const urls = await search(page, query);
      expect(
        urls.every((u) => u.startsWith('/en/')),
        query,
      ).toBe(true);
      expect(urls.slice(0, expected.length), query).toEqual(expect.arrayContaining(expected.map((p) => p.urls.en)));
    }
  });
});

describe('results at a glance', () => {
  it('show name, stars, certificate state as of today, province, producer and a thumbnail sized for its box', async () => {
    const product = withMarks[0] ?? data.products[0];
    const page = await openSearch('/search/');
    await search(page, product?.name.vi ?? '');
    const row = page.locator('[data-search-results] li').first();
    expect(await row.locator('h3 a').getAttribute('href')).toBe(product?.urls.vi);
    const cert = row.locator('[data-cert]');
    if (product?.certificate.signed) {
      expect(await cert.getAttribute('data-signed')).toBe(product.certificate.signed);
      expect(await cert.getAttribute('data-valid-until')).toBe(product.certificate.validUntil);
      // The state is worked out on the visitor's day with the same rule as every page's re-check.
      const state = await cert.getAttribute('data-state');
      expect(['valid', 'expiring', 'expired', 'revoked', 'pending']).toContain(state);
      expect((await cert.locator('[data-cert-label]').textContent())?.trim()).not.toBe('');
    }
    expect(await row.locator('[data-result-province]').textContent()).toBe(product?.province.name.vi);
    expect(await row.locator('[data-result-producer]').count()).toBe(1);
    const image = row.locator('img');
    if ((await image.count()) > 0) {
      await image.scrollIntoViewIfNeeded();
      await page.waitForFunction((img) => (img as HTMLImageElement).complete, await image.elementHandle());
      const natural = await image.evaluate((img) => (img as HTMLImageElement).naturalWidth);
      expect(natural).toBeGreaterThan(0);
      expect(natural).toBeLessThanOrEqual(192);
    }
  });

  it('excerpts never run two fields together', async () => {
    const page = await openSearch('/search/');
    for (const product of withMarks.slice(0, 3)) {
      await search(page, foldVietnamese(product.name.vi));
      const excerpts = await page.locator('[data-result-excerpt]').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, excerpt).not.toMatch(/\p{Ll}\p{Lu}/u);
    }
  });

  it('results arriving do not shift the layout (CLS < 0.05)', async () => {
    const { page } = await newPage(browser());
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent(twoWordsOf(data.products[1]))}`);
    await settled(page, twoWordsOf(data.products[1]));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.05);
    await page.context().close();
  });
});

describe('page weight (issue 21)', () => {
  // What the browser is sent to show the search page, as the host compresses it: HTML, styles, the island's
  // scripts and runtime, the web fonts, thumbnails (as npm run bench counts it: Pagefind's files are the answer's). With React DOM and six
  // font files it was about 220 KB on the sample.
  for (const path of ['/search/', '/en/search/']) {
    it(`${path} loads in at most 120 KB, with one web font file per weight`, async () => {
      const { page } = await newPage(browser());
      const sizes: Promise<{ path: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(
          request.sizes().then((s) => ({
            path: new URL(request.url()).pathname,
            bytes: s.responseBodySize + s.responseHeadersSize,
          })),
        );
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.waitForSelector('[data-search-ready]');
      await page.evaluate(() => document.fonts.ready);
      const loaded = await Promise.all(sizes);
      const fonts = loaded.filter((r) => r.path.endsWith('.woff2'));
      expect(fonts.map((r) => r.path.replace(/\.[\w-]+\.woff2$/, ''))).toEqual(
        expect.arrayContaining(['/_astro/be-vietnam-pro-400', '/_astro/be-vietnam-pro-700']),
      );
      expect(fonts).toHaveLength(2);
      const pageFiles = loaded.filter((r) => !r.path.startsWith('/pagefind/'));
      const total = pageFiles.reduce((sum, r) => sum + r.bytes, 0);
      expect(total, pageFiles.map((r) => `${r.path} ${r.bytes}`).join('\n')).toBeLessThanOrEqual(120 * 1024);
      await page.context().close();
    });
  }
});

function twoWordsOf(product: ProductRow | undefined): string {
  return foldVietnamese(product?.name.vi ?? '')
    .split(' ')
    .slice(0, 2)
    .join(' ');
}

describe('accessibility of the working search page (axe, WCAG 2.2 AA)', () => {
  const word = twoWordsOf(data.products[0]).split(' ')[0] ?? '';
  for (const path of [`/search/?q=${word}&stars=4`, `/en/search/?q=${word}&stars=4`]) {
    it(path, async () => {
      const page = await openSearch(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }
});

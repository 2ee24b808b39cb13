import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/core/foldVietnamese.ts';
import type { ProductRow } from '../../src/lib/openData/productsExport.ts';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { builtProducts } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const data = builtProducts();

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

function resultUrls(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] li h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function shownCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-search-count]').getAttribute('data-search-count'));
}

const withMarks = data.products.filter((p) => foldVietnamese(p.name.vi) !== p.name.vi.toLowerCase()).slice(0, 6);
const withD = data.products.filter((p) => /[đĐ]/.test(p.name.vi));

describe('Vietnamese folding', () => {
  it('finds products typed without any mark (full names and "me xung", "dau tram")', async () => {
    const page = await openSearch('/search/');
    const meXung = data.products.find((p) => foldVietnamese(p.name.vi).startsWith('me xung'));
    const dauTram = data.products.find((p) => foldVietnamese(p.name.vi).includes('dau tram'));
    const cases: [string, ProductRow | undefined][] = [
      ['me xung', meXung],
      ['dau tram', dauTram],
      ...withMarks.map((p): [string, ProductRow] => [foldVietnamese(p.name.vi), p]),
    ];
    for (const [query, product] of cases) {
      expect(product, query).toBeDefined();
      expect((await search(page, query)).slice(0, 3), query).toContain(product?.urls.vi);
    }
  });

  it('finds products whose name has đ when it is typed as d, with or without the other marks', async () => {
    expect(withD.length).toBeGreaterThan(0);
    const page = await openSearch('/search/');
    for (const product of withD) {
      for (const query of [product.name.vi.replace(/đ/g, 'd').replace(/Đ/g, 'D'), foldVietnamese(product.name.vi)]) {
        expect((await search(page, query)).slice(0, 3), query).toContain(product.urls.vi);
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
      expect((await search(page, product.name.vi))[0], product.name.vi).toBe(product.urls.vi);
    }
  });
});

describe('facets', () => {
  it('show counts equal to the catalogue data when nothing is typed', async () => {
    const page = await openSearch('/search/');
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
      await page.check(`#facet-formerProvince-${id}`);
      await settled(page);
      expect(await shownCount(page), id).toBe(products.length);
      const urls = await resultUrls(page);
      expect(new Set(urls), id).toEqual(new Set(products.slice(0, 20).map((p) => p.urls.vi)));
      // Every product found is filed under today's unit.
      expect(new Set(products.map((p) => p.province.id)).size).toBe(1);
      await page.context().close();
    }
  });

  it('can be ticked with the keyboard', async () => {
    const page = await openSearch('/search/');
    const first = page.locator('fieldset[data-facet="stars"] input').first();
    await first.focus();
    await page.keyboard.press('Space');
    await settled(page);
    const value = await first.inputValue();
    expect(await first.isChecked()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('stars')).toEqual([value]);
    expect(await shownCount(page)).toBe(data.products.filter((p) => (p.stars ?? 'none') === value).length);
  });
});

describe('address', () => {
  it('restores query, filters and sort from a shared link, and the back button undoes a filter', async () => {
    const hue = data.products.filter((p) => p.province.id === 'hue' && p.stars === '3');
    expect(hue.length).toBeGreaterThan(1);
    const page = await openSearch('/search/?province=hue&stars=3&sort=name');
    expect(await page.isChecked('#facet-province-hue')).toBe(true);
    expect(await page.isChecked('#facet-stars-3')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('name');
    expect(await shownCount(page)).toBe(hue.length);

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
    const hue = data.products.filter((p) => p.province.id === 'hue');
    const page = await openSearch('/search/?province=hue&sort=stars');
    expect(await page.inputValue('#search-sort')).toBe('stars');
    expect(await shownCount(page)).toBe(hue.length);
    const rank = (stars: string | null) => (stars === 'potential-5' ? 4.5 : Number(stars ?? 0));
    const firstUrl = (await resultUrls(page))[0];
    const first = hue.find((p) => p.urls.vi === firstUrl);
    expect(first).toBeDefined();
    expect(rank(first?.stars ?? null)).toBe(Math.max(...hue.map((p) => rank(p.stars))));
  });

  it('keeps what was typed in the address, and a reload shows the same results', async () => {
    const page = await openSearch('/search/');
    const urls = await search(page, 'nuoc mam');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nuoc mam');
    await page.reload();
    await settled(page, 'nuoc mam');
    expect(await page.inputValue('#search-page-q')).toBe('nuoc mam');
    expect(await resultUrls(page)).toEqual(urls);
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
    for (const query of ['fish sauce', 'cajeput oil']) {
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

describe('accessibility of the working search page (axe, WCAG 2.2 AA)', () => {
  for (const path of ['/search/?q=tra&stars=4', '/en/search/?q=tea&stars=4']) {
    it(path, async () => {
      const page = await openSearch(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }
});

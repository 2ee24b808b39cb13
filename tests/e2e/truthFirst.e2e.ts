import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { filterSuppliers } from '../../src/lib/suppliers/filterSuppliers.ts';
import type { SuppliersIndex } from '../../src/lib/suppliers/suppliersIndex.ts';
import { addDays } from '../../src/lib/core/isoDate.ts';
import { newPage } from '../../scripts/lib/browser.ts';
import { builtProducts, dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

/** Issue 20, consumers and buyers: what each finding asked for, checked in the built pages. */
const base = inject('baseUrl');
const { browser, open } = withBrowser();
const { products } = builtProducts();
const index = JSON.parse(readFileSync(`${dist}/data/suppliers-index.json`, 'utf8')) as SuppliersIndex;

describe('potential 5-star reads as what it is', () => {
  const potential = products.find((p) => p.stars === 'potential-5');

  it.skipIf(!potential).each(['vi', 'en'] as const)(
    '%s: no hollow stars, and the words say it awaits the ministry',
    async (lang) => {
      const page = await open(potential?.urls[lang] ?? '/');
      const badge = page.locator('[data-title-block] .star-badge');
      const text = (await badge.textContent()) ?? '';
      expect(text).not.toContain('☆');
      expect(await badge.locator('.potential-note').textContent()).toMatch(
        lang === 'vi' ? /90 điểm.*Bộ/ : /90 points.*ministry/,
      );
      expect(await badge.locator('.sr-only').textContent()).toMatch(lang === 'vi' ? /chờ Bộ/ : /awaiting the ministry/);
      await page.context().close();
    },
  );
});

describe('printed stamps', () => {
  const stamped = products
    .filter((p) => p.certificate.certified && p.certificate.validUntil)
    .sort((a, b) => (a.certificate.validUntil ?? '').localeCompare(b.certificate.validUntil ?? ''))[0];
  if (!stamped) throw new Error('the sample needs a certified product');
  const validUntil = stamped.certificate.validUntil as string;

  it("carry the last valid day, and the state once the printer's day is past it", async () => {
    const page = await open(`/producers/${stamped.producer}/stamps/`);
    const stamp = page.locator(`[data-stamp="${stamped.traceCode}"]`).first();
    expect(await stamp.locator('[data-stamp-valid-until]').getAttribute('data-stamp-valid-until')).toBe(validUntil);
    expect(await stamp.locator('[data-cert-label]').isVisible()).toBe(false);
    await page.context().close();

    const later = await newPage(browser());
    await later.page.clock.install({ time: new Date(`${addDays(validUntil, 1)}T09:00:00+07:00`) });
    await later.page.goto(`${base}/producers/${stamped.producer}/stamps/`);
    const lapsed = later.page.locator(`[data-stamp="${stamped.traceCode}"]`).first();
    expect(await lapsed.locator('[data-cert-label]').isVisible()).toBe(true);
    expect(await lapsed.locator('[data-cert-label]').textContent()).toBe('Đã hết hạn');
    await later.context.close();
  });
});

describe('a province page', () => {
  it('says why its star counts differ from its list, and the counts add up to the list', async () => {
    const province = [...new Set(products.map((p) => p.province.id))]
      .map((id) => ({ id, all: products.filter((p) => p.province.id === id) }))
      .find(({ all }) => all.some((p) => !p.certificate.certified));
    if (!province) throw new Error('the sample needs a province with a product not in force');
    const page = await open(`/provinces/${province.id}/`);
    const counts = await page.locator('[data-counts="stars"] [data-count]').allTextContents();
    expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(province.all.length);
    const certified = province.all.filter((p) => p.certificate.certified).length;
    expect(await page.locator('[data-counts-note]').textContent()).toContain(
      `${certified} trong ${province.all.length}`,
    );
    await page.context().close();
  });
});

describe('supplier cards and directory', () => {
  const seller = index.producers.find((s) => index.products.filter((p) => p.producer === s.id).length >= 2);
  if (!seller) throw new Error('the sample needs a producer with two products');
  const sells = index.products.filter((p) => p.producer === seller.id);

  it('a card says what the supplier sells, with stars and state, and its minimum order', async () => {
    for (const path of [`/suppliers/province/${seller.province}/`, `/suppliers/?province=${seller.province}`]) {
      const page = await open(path);
      const card = page.locator(`[data-supplier="${seller.id}"]`).last();
      await card.waitFor();
      const names = await card.locator('[data-supplier-products] a').allTextContents();
      expect(names.length, path).toBeGreaterThanOrEqual(Math.min(2, sells.length));
      for (const name of names) expect(sells.map((p) => p.name)).toContain(name);
      expect(await card.locator('[data-supplier-products] [data-cert] [data-cert-label]').count(), path).toBe(
        names.length,
      );
      if (seller.minimumOrder) expect(await card.textContent(), path).toContain(seller.minimumOrder.unit);
      await page.context().close();
    }
  });

  it('finds suppliers by a product name typed without marks, and by subgroup', async () => {
    const page = await open('/suppliers/');
    await page.waitForSelector('[data-result-count]');
    const product = sells[0];
    if (!product) throw new Error('no product');
    const plain = product.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd');
    await page.getByLabel(/Tìm theo tên hoặc sản phẩm/).fill(plain);
    const expected = filterSuppliers(index.producers, { q: plain });
    await expect
      .poll(() => page.locator('[data-result-count]').getAttribute('data-result-count'))
      .toBe(String(expected.length));
    expect(expected.map((s) => s.id)).toContain(seller.id);
    await page.getByRole('button', { name: /Bỏ lọc/ }).click();
    const subgroup = seller.subgroups?.[0] ?? '';
    await page.getByLabel(/^Phân nhóm/).selectOption(subgroup);
    await expect
      .poll(() => page.locator('[data-result-count]').getAttribute('data-result-count'))
      .toBe(String(filterSuppliers(index.producers, { subgroup }).length));
    await page.context().close();
  });

  it('never puts suppliers counted in different units in one capacity band', async () => {
    const page = await open('/suppliers/');
    await page.waitForSelector('[data-result-count]');
    const values = await page
      .locator('select[name="capacity"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const units = new Set(filterSuppliers(index.producers, { capacity: value }).map((s) => s.capacity?.unit));
      expect(units.size, value).toBe(1);
    }
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../src/lib/core/csv.ts';
import { filterSuppliers } from '../../src/lib/suppliers/filterSuppliers.ts';
import { FILE_KIND, OPEN_DATA_FILES } from '../../src/lib/openData/openDataFiles.ts';
import { otherCertificationState } from '../../src/lib/certification/otherCertificationState.ts';
import type { ProducersExport } from '../../src/lib/openData/producersExport.ts';
import type { ProductsExport } from '../../src/lib/openData/productsExport.ts';
import type { SuppliersIndex } from '../../src/lib/suppliers/suppliersIndex.ts';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const read = <T>(path: string): T => JSON.parse(readFileSync(`${dist}${path}`, 'utf8')) as T;
const products = read<ProductsExport>('/data/products.json');
const producers = read<ProducersExport>('/data/producers.json');
const index = read<SuppliersIndex>('/data/suppliers-index.json');

// The richest producer (most published terms) makes the profile and directory checks meaningful on any sample.
const profile = [...producers.producers].sort(
  (a, b) =>
    Number(b.contact.email !== undefined) +
    b.certifications.length +
    b.products.length -
    (Number(a.contact.email !== undefined) + a.certifications.length + a.products.length),
)[0];
const product = products.products.find((p) => p.certificate.certified) ?? products.products[0];
if (!profile || !product) throw new Error('the sample needs at least one producer and one product');

const { browser, open } = withBrowser();

describe('supplier pages are accessible (axe, WCAG 2.2 AA)', () => {
  const templates = [
    ['producer', `/producers/${profile.id}/`],
    ['directory', '/suppliers/'],
    ['directory by province', `/suppliers/province/${profile.province}/`],
    ['directory by group', `/suppliers/group/${product.group}/`],
    ['shortlist', `/shortlist/?items=product:${product.id},producer:${profile.id}`],
    ['data', '/data/'],
    ['stats', '/stats/'],
  ] as const;
  for (const [name, path] of templates) {
    for (const prefix of ['', '/en']) {
      it(`${name} ${prefix || '/'}`, async () => {
        const page = await open(prefix + path);
        if (name === 'directory') await page.waitForSelector('[data-result-count]');
        if (name === 'shortlist') await page.waitForSelector('[data-shortlist-supplier]');
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('directory pages by group and province', () => {
  // At national scale a group has thousands of suppliers (the food group's single page was 25 MB at 20,000
  // products): the listing is split into numbered pages of at most 24 that link to each other.
  const biggestGroup = [...Map.groupBy(products.products, (p) => p.group)]
    .map(([group, items]) => [group, new Set(items.map((p) => p.producer))] as const)
    .sort((a, b) => b[1].size - a[1].size)[0];
  if (!biggestGroup) throw new Error('the sample has products');
  const [group, expected] = biggestGroup;

  it(`lists every supplier of a group once, over pages of at most 24 linked by next links (/suppliers/group/${group}/)`, async () => {
    const page = await open(`/en/suppliers/group/${group}/`);
    const seen: string[] = [];
    let pages = 0;
    for (;;) {
      pages += 1;
      const ids = await page
        .locator('[data-supplier]')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['supplier'] ?? ''));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(24);
      seen.push(...ids);
      const next = page.locator('nav a[rel="next"]');
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForURL(/\/page\/\d+\/$/), next.click()]);
      expect(new URL(page.url()).pathname).toBe(`/en/suppliers/group/${group}/page/${pages + 1}/`);
    }
    expect(seen.toSorted()).toEqual([...expected].toSorted());
    expect(pages).toBe(Math.ceil(expected.size / 24));
    await page.context().close();
  });
});

describe('producer profile', () => {
  it('shows supply terms, other certifications with their state, and contact actions', async () => {
    const page = await open(`/en/producers/${profile.id}/`);
    const terms = page.locator('[data-supplier-terms]');
    if (profile.leadTimeDays !== undefined)
      expect(await terms.locator('[data-term="lead-time"]').textContent()).toContain(String(profile.leadTimeDays));
    const states = await page
      .locator('[data-other-certifications] [data-cert]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['state']));
    expect(states).toEqual(profile.certifications.map((c) => otherCertificationState(c.expires, products.statesAsOf)));
    if (profile.contact.phone)
      expect(await page.locator('[data-action="call"]').getAttribute('href')).toMatch(/^tel:\+?\d+$/);
    if (profile.contact.email) {
      const quote = new URL((await page.locator('[data-action="quote"]').first().getAttribute('href')) ?? '');
      expect(quote.protocol).toBe('mailto:');
      expect(quote.searchParams.get('subject')).toContain(profile.name);
    }
    expect(await page.locator('[data-certified-count]').textContent()).toContain(String(profile.certifiedProducts));
    await page.context().close();
  });

  it('product pages load no script files', async () => {
    const page = await open(product.urls.vi);
    expect(await page.locator('script[src]').count()).toBe(0);
    expect(await page.locator('astro-island').count()).toBe(0);
    await page.context().close();
  });
});

describe('supplier directory', () => {
  const counted = async (page: Page) =>
    Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
  const shownIds = (page: Page) =>
    page
      .locator('[data-results] [data-supplier]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['supplier']));

  it('filters the whole directory at once and keeps the filters in the URL', async () => {
    const page = await open(`/suppliers/?province=${profile.province}`);
    await page.waitForSelector('[data-result-count]');
    const byProvince = filterSuppliers(index.producers, { province: profile.province });
    expect(await counted(page)).toBe(byProvince.length);
    expect(await shownIds(page)).toEqual(byProvince.map((s) => s.id).slice(0, 30));

    await page.getByLabel(/^(Loại hình chủ thể|Type of producer)/).selectOption(profile.type);
    await page.getByRole('checkbox').check();
    const expected = filterSuppliers(index.producers, { province: profile.province, type: profile.type, valid: true });
    await expect.poll(() => counted(page)).toBe(expected.length);
    expect(new URL(page.url()).search).toBe(`?province=${profile.province}&type=${profile.type}&valid=1`);

    // The same URL, opened again, shows the same filtered view.
    await page.reload();
    await page.waitForSelector('[data-result-count]');
    expect(await counted(page)).toBe(expected.length);
    expect(await page.getByRole('checkbox').isChecked()).toBe(true);

    await page.getByRole('button', { name: /Bỏ lọc|Clear filters/ }).click();
    await expect.poll(() => counted(page)).toBe(index.producers.length);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('a stars filter no supplier meets empties the list instead of showing everyone', async () => {
    const page = await open('/suppliers/?stars=5&lead=3&capacity=small');
    await page.waitForSelector('[data-result-count]');
    expect(await counted(page)).toBe(
      filterSuppliers(index.producers, { stars: '5', lead: 3, capacity: 'small' }).length,
    );
    await page.context().close();
  });

  it('without JavaScript, province pages list their suppliers', async () => {
    const page = await open('/suppliers/', { javaScript: false });
    await page.locator('[data-browse="province"] a').first().click();
    const provinceId = new URL(page.url()).pathname.split('/').at(-2) ?? '';
    const listed = await page.locator('main [data-supplier]').count();
    expect(listed).toBe(index.producers.filter((s) => s.province === provinceId).length);
    await page.context().close();
  });
});

describe('shortlist', () => {
  it('adds from a product page and the directory, removes, exports CSV and shares a link', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(base + product.urls.vi);
    const count = page.locator('header [data-shortlist-count]');
    // Where the count sits in the page (not the viewport: clicking the link scrolls to it).
    const place = () =>
      count.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { top: box.top + window.scrollY, height: box.height, width: box.width };
      });
    const before = await place();
    expect(await count.textContent()).toBe('');
    await page.locator('[data-shortlist-add]').click();
    // Added in place: the page stays, the header counts it, the link's note says so, nothing moves.
    expect(new URL(page.url()).pathname).toBe(product.urls.vi);
    expect(await count.textContent()).toBe('1');
    expect(await page.locator('[data-shortlist-added]').textContent()).toContain(product.name.vi);
    expect(await place()).toEqual(before);
    // Without the page script (or storage), the link still adds through the shortlist page.
    await page.goto(`${base}/shortlist/?add=product:${product.id}`);
    await page.waitForSelector(`[data-shortlist-product="${product.id}"]`);
    expect(new URL(page.url()).search).toBe(''); // the ?add= is consumed, a reload does not add twice
    expect(await page.locator('header [data-shortlist-count]').textContent()).toBe('1');

    const other = index.producers.find((s) => s.id !== product.producer) ?? index.producers[0];
    if (!other) throw new Error('no producer');
    await page.goto(`${base}/suppliers/`);
    await page.waitForSelector('[data-result-count]');
    await page.locator(`[data-results] [data-supplier="${other.id}"] button`).click();
    await page.goto(`${base}/shortlist/`);
    await page.waitForSelector(`[data-shortlist-supplier="${other.id}"]`);
    expect(await page.locator('[data-shortlist-supplier]').count()).toBe(other.id === product.producer ? 1 : 2);

    // Export: a UTF-8 CSV with BOM that reads back with the Vietnamese names intact.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Tải về CSV/ }).click(),
    ]);
    const bytes = readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]?.[0]).toBe('Nhà cung cấp');
    // States and stars in the headers' language, prices and product links, phones with nothing added that shows.
    const column = (name: string) => rows[0]?.indexOf(name) ?? -1;
    const productRow = rows.find((r) => r[4] === product.id) ?? [];
    expect(['Còn hiệu lực', 'Sắp hết hạn']).toContain(productRow[column('Trạng thái chứng nhận')]);
    expect(productRow[column('Hạng sao')]).toMatch(/sao$/);
    expect(productRow[column('Trang sản phẩm')]).toBe(`${base}${product.urls.vi}`);
    expect(column('Giá bán lẻ')).toBeGreaterThan(0);
    for (const r of rows.slice(1))
      for (const phone of [r[column('Điện thoại')], r[column('Zalo')]])
        if (phone) expect(phone).toMatch(/^(\(\+\d+\) |0)[\d ]+$/);
    expect(rows.map((r) => r[4])).toContain(product.id);
    expect(rows.map((r) => r[3])).toContain(product.name.vi);
    expect(rows.map((r) => r[1])).toContain(other.id);

    // Share: the link opens the same list in a browser that has never seen it.
    const link = await page.locator('#shortlist-share').inputValue();
    const fresh = await newPage(browser());
    await fresh.page.goto(link);
    await fresh.page.waitForSelector(`[data-shortlist-product="${product.id}"]`);
    expect(await fresh.page.locator(`[data-shortlist-supplier="${other.id}"]`).count()).toBe(1);
    await fresh.page.getByRole('button', { name: /Lưu vào danh sách của tôi/ }).click();
    await fresh.page.goto(`${base}/shortlist/`);
    await fresh.page.waitForSelector(`[data-shortlist-product="${product.id}"]`);
    await fresh.context.close();

    // Remove: gone at once and after a reload.
    await page.locator(`[data-shortlist-product="${product.id}"] button`).click();
    expect(await page.locator(`[data-shortlist-product="${product.id}"]`).count()).toBe(0);
    await page.reload();
    await page.waitForSelector(`[data-shortlist-supplier="${other.id}"]`);
    expect(await page.locator(`[data-shortlist-product="${product.id}"]`).count()).toBe(0);
    await context.close();
  });

  it("prints as one page, with the print date and each certificate's last valid day", async () => {
    const page = await open(`/shortlist/?items=product:${product.id},producer:${profile.id}`);
    await page.waitForSelector('[data-shortlist-supplier]');
    // Contacts are links a phone can call or mail.
    const contacts = await page
      .locator('[data-shortlist-contacts] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(contacts.some((href) => href.startsWith('tel:+'))).toBe(true);
    expect(contacts.some((href) => href.startsWith('mailto:'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Tải về CSV/ }).isVisible()).toBe(false);
    expect(await page.locator('[data-print-date]').isVisible()).toBe(true);
    expect(
      await page.locator(`[data-shortlist-product="${product.id}"] [data-shortlist-valid-until]`).isVisible(),
    ).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBe(1);
    await page.context().close();
  });
});

describe('open data and statistics', () => {
  it('every file on the data page is served, and every JSON file validates against its published schema', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const paths = OPEN_DATA_FILES.flatMap((file) => [
      `/data/${file}`,
      ...index.provinces.map((p) => `/data/provinces/${p.id}/${file}`),
    ]);
    for (const path of paths) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      const file = path.split('/').at(-1) as (typeof OPEN_DATA_FILES)[number];
      if (!file.endsWith('.json')) continue;
      const schemaUrl = `${base}/data/schemas/${FILE_KIND[file]}.schema.json`;
      const schema = (await (await fetch(schemaUrl)).json()) as { $id: string };
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      validate(await response.json());
      expect(validate.errors ?? [], path).toEqual([]);
    }
  });

  it('the statistics tables add up to the certified products in products.json, drawn as static SVG', async () => {
    const page = await open('/en/stats/');
    const certified = products.products.filter((p) => p.certificate.certified).length;
    for (const chart of ['stars', 'group', 'province', 'type', 'year']) {
      const cells = await page.locator(`[data-chart="${chart}"] tbody td`).allInnerTexts();
      expect(
        cells.reduce((sum, cell) => sum + Number(cell.replace(/\D/g, '')), 0),
        chart,
      ).toBe(certified);
      expect(await page.locator(`[data-chart="${chart}"] svg rect`).count()).toBe(cells.length);
    }
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.context().close();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { contentRoot } from '../../src/lib/records/contentLayout.ts';
import { parseRecord } from '../../src/lib/records/parseRecord.ts';
import { readContentTree } from '../../src/lib/records/readContentTree.ts';
import type { ProductsExport } from '../../src/lib/openData/productsExport.ts';
import { decodeQr } from '../support/decodeQr.ts';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const exported = JSON.parse(readFileSync(`${dist}/data/products.json`, 'utf8')) as ProductsExport;

/** The records the site was built from, to pick a complete and a sparse one without hard-coding ids. */
const records = readContentTree(contentRoot())
  .files.filter((file) => file.collection === 'products')
  .flatMap((file) => {
    const parsed = parseRecord(file.file, file.text);
    return 'record' in parsed ? [{ id: file.id, data: parsed.record.data }] : [];
  });
const listLength = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const complete = records.find(
  (r) =>
    r.data['rawMaterial'] !== undefined &&
    listLength(r.data['productionSteps']) > 0 &&
    listLength(r.data['outlets']) > 0 &&
    listLength(r.data['certifications']) > 1,
);
const sparse = records.find(
  (r) =>
    r.data['rawMaterial'] === undefined &&
    listLength(r.data['productionSteps']) === 0 &&
    listLength(r.data['outlets']) === 0 &&
    listLength(r.data['onlineShops']) === 0,
);
const row = (id: string | undefined) => {
  const found = exported.products.find((p) => p.id === id);
  if (!found) throw new Error(`the content has no product "${id}" in products.json`);
  return found;
};

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(base + path);
  expect(response.status, path).toBe(200);
  return response;
}

/** The deployed site's origin as the build wrote it (canonical link), so the test follows OCOP_SITE_URL. */
async function siteOrigin(): Promise<string> {
  const html = await (await fetchOk('/')).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error('home page has no canonical link');
  return new URL(canonical).origin;
}

describe('trace pages and QR codes', () => {
  const { browser } = withBrowser();

  it('has a built trace page for every trace URL in /data/products.json, in both languages', async () => {
    expect(exported.products.length).toBeGreaterThan(0);
    for (const product of exported.products) {
      for (const path of [product.urls.traceVi, product.urls.traceEn]) {
        const html = await (await fetchOk(path)).text();
        expect(html, path).toContain(product.traceCode);
      }
    }
  });

  it('prints on every product a QR code (SVG and PNG) that opens exactly its trace page', async () => {
    const origin = await siteOrigin();
    for (const product of exported.products) {
      const expected = new URL(product.urls.traceVi, origin).href;
      const svg = await (await fetchOk(`/t/${product.traceCode}/qr.svg`)).text();
      expect(await decodeQr(svg), `${product.id} SVG`).toBe(expected);
      const png = Buffer.from(await (await fetchOk(`/t/${product.traceCode}/qr.png`)).arrayBuffer());
      expect(await decodeQr(png), `${product.id} PNG`).toBe(expected);
    }
  });

  it('tells the whole chain for a complete record, certificate state first', async () => {
    const product = row(complete?.id);
    const { context, page } = await newPage(browser());
    await page.goto(base + product.urls.traceVi);
    const steps = await page.locator('[data-chain] > li').evaluateAll((items) => items.map((li) => li.dataset['step']));
    expect(steps).toEqual(['raw', 'producer', 'production', 'certification', 'sale']);
    // The certificate block comes before the chain, and shows the state as of the visitor's day.
    const order = await page.evaluate(() => {
      const cert = document.querySelector('[data-cert]');
      const chain = document.querySelector('[data-chain]');
      return cert && chain ? cert.compareDocumentPosition(chain) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    expect(await page.locator('[data-cert]').first().getAttribute('data-state')).toBe(product.certificate.state);
    expect(await page.locator('[data-event]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-not-published]').count()).toBe(0);
    // Map drawn from the packaged outline, with an OpenStreetMap link per marked point and nothing loaded from it.
    const mapSrc = await page.locator('.position-map image').getAttribute('href');
    expect(mapSrc).toBe('/map/vietnam.svg');
    expect(await page.locator('.position-map a[href^="https://www.openstreetmap.org/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('renders a sparse record without empty sections and says what is not published', async () => {
    const product = row(sparse?.id);
    for (const lang of ['vi', 'en'] as const) {
      const { context, page } = await newPage(browser(), { width: 390 });
      await page.goto(base + (lang === 'vi' ? product.urls.traceVi : product.urls.traceEn));
      const steps = await page
        .locator('[data-chain] > li')
        .evaluateAll((items) => items.map((li) => li.dataset['step']));
      expect(steps).toEqual(['producer', 'certification']);
      const statement = await page.locator('[data-not-published]').textContent();
      expect(statement).toContain(lang === 'vi' ? 'vùng nguyên liệu' : 'raw material');
      // Every heading is followed by something to read.
      const empty = await page
        .locator('main h2, main h3')
        .evaluateAll((headings) =>
          headings
            .filter((h) => !h.nextElementSibling && !h.parentElement?.nextElementSibling)
            .map((h) => h.textContent),
        );
      expect(empty).toEqual([]);
      await context.close();
    }
  });

  it('links product page and trace page to each other', async () => {
    const product = exported.products[0];
    if (!product) throw new Error('no products');
    const productHtml = await (await fetchOk(product.urls.vi)).text();
    expect(productHtml).toContain(`href="${product.urls.traceVi}"`);
    expect(productHtml).toContain(`/t/${product.traceCode}/qr.svg`);
    const traceHtml = await (await fetchOk(product.urls.traceVi)).text();
    expect(traceHtml).toContain(`href="${product.urls.vi}"`);
  });

  it('describes the product and its OCOP decisions in schema.org data', async () => {
    const product = row(complete?.id);
    const html = await (await fetchOk(product.urls.traceEn)).text();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(json ?? '{}') as {
      '@type': string;
      sku: string;
      hasCertification: { certificationIdentification: string; certificationStatus: string }[];
    };
    expect(data['@type']).toBe('Product');
    expect(data.sku).toBe(product.traceCode);
    const active = data.hasCertification.filter((c) => c.certificationStatus.endsWith('CertificationActive'));
    expect(active.map((c) => c.certificationIdentification)).toEqual(
      product.certificate.certified ? [product.certificate.decision] : [],
    );
  });

  it('prints a producer’s stamp sheet as one A4 page per certified product', async () => {
    const counts = new Map<string, number>();
    for (const p of exported.products)
      if (p.certificate.certified) counts.set(p.producer, (counts.get(p.producer) ?? 0) + 1);
    const [producer, certified] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const { context, page } = await newPage(browser());
    await page.goto(`${base}/producers/${producer}/stamps/`);
    expect(await page.locator('[data-sheet]').count()).toBe(certified);
    expect(await page.locator('[data-sheet] [data-stamp]').count()).toBe(certified * 21);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(certified);
    await context.close();
  });

  it('has no axe violations on the trace page and the stamp sheet, in both languages', async () => {
    const product = row(complete?.id);
    const sparseRow = row(sparse?.id);
    const paths = [
      product.urls.traceVi,
      product.urls.traceEn,
      sparseRow.urls.traceEn,
      `/producers/${product.producer}/stamps/`,
      `/en/producers/${product.producer}/stamps/`,
    ];
    for (const width of [390, 1280]) {
      for (const path of paths) {
        const { context, page } = await newPage(browser(), { width });
        await page.goto(base + path);
        const violations = await axeViolations(page);
        expect(violations, `${path} at ${width}px\n${describeViolations(violations)}`).toEqual([]);
        await context.close();
      }
    }
  });
});

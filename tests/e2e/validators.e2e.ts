/**
 * Issue 20, what the validators flagged on the built site (Nu HTML Checker, RSS and iCalendar validators,
 * structured data), checked on dist/ and through nginx: see scripts/lib/siteRules.ts for the rules themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteProblems } from '../../scripts/lib/siteRules.ts';
import { builtProducts, dist } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const buildDay = /<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>/.exec(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'))?.[1];
if (!buildDay) throw new Error('the sitemap carries the build day as lastmod');
const { open } = withBrowser();

describe('the built site against the validator rules', () => {
  it('has no heading skips, no style in <body>, noindex where due, valid feeds and calendars, robots.txt', () => {
    expect(siteProblems(dist, buildDay)).toEqual([]);
  });

  it('serves robots.txt naming the sitemap', async () => {
    const response = await fetch(`${base}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    await expect(response.text()).resolves.toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('describes a trace page and gives its Product JSON-LD an image and offers', async () => {
    const product = builtProducts().products.find((p) => p.id === 'gao-huu-co-an-lo');
    if (!product) throw new Error('the sample has An Lỗ rice');
    const page = await open(`/en/t/${product.traceCode}/`);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toContain(
      product.traceCode,
    );
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((b) => b['@type'] === 'Product');
    expect(data?.['image']).toMatch(/^https?:\/\/.+\.jpg$/);
    expect(data?.['offers']).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'Offer', priceCurrency: 'VND', name: '2 kg' })]),
    );
    await page.context().close();
  });

  it('loads the first card images of the home page eagerly', async () => {
    const page = await open('/');
    const first = page.locator('main article img').first();
    await expect(first.getAttribute('loading')).resolves.toBe('eager');
    await expect(first.getAttribute('fetchpriority')).resolves.toBe('high');
    await page.context().close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, newPage } from '../../scripts/lib/browser.ts';
import { builtProducts } from '../support/builtSite.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const data = builtProducts();
const valid = data.products.find((p) => p.certificate.state === 'valid' && p.province.formerName);
const expired = data.products.find((p) => p.certificate.state === 'expired');
if (!valid || !expired)
  throw new Error('the sample needs a valid product with a former province name and an expired one');

const { browser, open } = withBrowser();

const templates = [
  ['home', '/'],
  ['all products', '/products/'],
  ['province', '/provinces/hue/'],
  ['provinces', '/provinces/'],
  ['group', '/groups/food/'],
  ['groups', '/groups/'],
  ['star listing', '/stars/4/'],
  ['product (valid)', valid.urls.vi],
  ['product (expired)', expired.urls.vi],
  ['producer', valid.urls.producerVi],
  ['search', '/search/'],
] as const;

describe('every page template is accessible (axe, WCAG 2.2 AA)', () => {
  for (const [name, path] of templates) {
    for (const prefix of ['', '/en']) {
      it(`${name} ${prefix || '/'}`, async () => {
        const page = await open(prefix + path);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('home', () => {
  it('shows live counts from the data and links to the English page', async () => {
    const page = await open('/');
    await expect(page.locator('h1').textContent()).resolves.toContain('OCOP');
    const first = await page.locator('[data-home-counts] li').first().locator('span').first().textContent();
    expect(Number(first?.replace(/\D/g, ''))).toBe(data.count);
    await page.getByRole('link', { name: 'Xem trang này bằng tiếng Anh' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.context().close();
  });
});

describe('product pages', () => {
  it('show stars, a valid certificate, and the origin as written and as today', async () => {
    const page = await open(valid.urls.vi);
    await expect(page.locator('h1').textContent()).resolves.toBe(valid.name.vi);
    await expect(page.locator('.star-badge .sr-only').first().textContent()).resolves.toMatch(/OCOP/);
    await expect(page.locator('[data-cert] [data-cert-label]').first().textContent()).resolves.toMatch(
      /Còn hiệu lực|Sắp hết hạn/,
    );
    await expect(page.locator('[data-origin]').textContent()).resolves.toContain(
      `${valid.province.asWritten} (nay là ${valid.province.name.vi})`,
    );
    await page.context().close();
  });

  it('say "now" in English and keep the page when switching language', async () => {
    const page = await open(valid.urls.en);
    await expect(page.locator('[data-origin]').textContent()).resolves.toContain(`(now ${valid.province.name.en})`);
    await page.getByRole('link', { name: 'View this page in Vietnamese' }).click();
    expect(new URL(page.url()).pathname).toBe(valid.urls.vi);
    await page.context().close();
  });

  it('show an expired certificate as expired', async () => {
    const page = await open(expired.urls.en);
    await expect(page.locator('[data-cert] [data-cert-label]').first().textContent()).resolves.toBe('Expired');
    await page.context().close();
  });

  it('flip a valid certificate to expired when the visitor date is past its last day', async () => {
    const { page } = await newPage(browser());
    const lastDay = valid.certificate.validUntil ?? '';
    const dayAfter = new Date(`${lastDay}T12:00:00+07:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    await page.clock.install({ time: dayAfter });
    await page.goto(base + valid.urls.en);
    const state = page.locator('[data-cert]').first();
    await expect(state.getAttribute('data-state')).resolves.toBe('expired');
    await expect(state.locator('[data-cert-label]').textContent()).resolves.toBe('Expired');
    await page.context().close();
  });

  it('load no script files: the only script is the inline certificate check', async () => {
    const { page } = await newPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(base + valid.urls.vi, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    const inline = await page.locator('script:not([type="application/ld+json"])').count();
    expect(inline).toBe(1);
    await page.context().close();
  });

  it('carry Product JSON-LD, canonical and hreflang links', async () => {
    const page = await open(valid.urls.vi);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('Product');
    expect(jsonLd.countryOfOrigin.name).toBe('Vietnam');
    expect(jsonLd.brand.name).toBeTruthy();
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(
      new RegExp(`${valid.urls.vi}$`),
    );
    await expect(page.locator('link[hreflang="en"]').getAttribute('href')).resolves.toMatch(
      new RegExp(`${valid.urls.en}$`),
    );
    await page.context().close();
  });

  it('serve responsive AVIF/WebP images with dimensions and alt text', async () => {
    const page = await open(valid.urls.vi);
    const picture = page.locator('article picture').first();
    await expect(picture.locator('source[type="image/avif"]').count()).resolves.toBe(1);
    await expect(picture.locator('source[type="image/webp"]').count()).resolves.toBe(1);
    const img = picture.locator('img');
    await expect(img.getAttribute('width')).resolves.toMatch(/^\d+$/);
    await expect(img.getAttribute('height')).resolves.toMatch(/^\d+$/);
    await expect(img.getAttribute('alt')).resolves.toBeTruthy();
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await open(valid.urls.en);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toBe('Skip to main content');
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });

  it('every focusable element of a product page shows a focus outline', async () => {
    const page = await open(valid.urls.vi);
    const missing: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          tag: el.tagName,
          text: el.textContent?.trim().slice(0, 30) ?? '',
          width: style.outlineWidth,
          styleName: style.outlineStyle,
        };
      });
      if (outline === null) break;
      if (outline.styleName === 'none' || outline.width === '0px') missing.push(`${outline.tag} ${outline.text}`);
    }
    expect(missing).toEqual([]);
    await page.context().close();
  });
});

describe('browse pages work without JavaScript', () => {
  it('province page lists its former names and counts that match the data', async () => {
    const page = await open('/provinces/hue/', { javaScript: false });
    await expect(page.locator('[data-former-names]').textContent()).resolves.toContain('Thừa Thiên Huế');
    const hue = data.products.filter((p) => p.province.id === 'hue');
    const heading = await page.locator('#listing-heading').textContent();
    expect(heading).toContain(String(hue.length));
    for (const stars of ['3', '4', '5', 'potential-5']) {
      const expected = hue.filter((p) => p.stars === stars && p.certificate.certified).length;
      await expect(page.locator(`[data-counts="stars"] [data-count="${stars}"]`).textContent()).resolves.toBe(
        String(expected),
      );
    }
    await page.context().close();
  });

  it('pagination is static pages in name order; the other orders open the search page with the same set', async () => {
    const page = await open('/products/', { javaScript: false });
    const names = await page.locator('main ul[role="list"] li h3').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    const collator = new Intl.Collator('vi');
    expect([...names].sort(collator.compare)).toEqual(names);
    const next = page.locator('a[rel="next"]');
    await expect(next.getAttribute('href')).resolves.toBe('/products/page/2/');
    // The province listing's "stars" order is the search page filtered to that province and sorted by stars.
    await page.goto(`${base}/provinces/hue/`);
    const stars = await page.getByRole('link', { name: 'Hạng sao' }).first().getAttribute('href');
    expect(stars).toBe('/search/?province=hue&sort=stars');
    // The former static sort addresses still work: without script, a refresh redirect to the same search.
    await page.goto(`${base}/provinces/hue/sort/newest/`);
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).search).toBe('?province=hue&sort=certified');
    await page.context().close();
  });

  it('every link on the main templates resolves', async () => {
    const { page } = await newPage(browser(), { javaScript: false });
    const seen = new Set<string>();
    for (const [, path] of templates) {
      for (const prefix of ['', '/en']) {
        await page.goto(base + prefix + path);
        const hrefs = await page
          .locator('a[href^="/"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        for (const href of hrefs) seen.add(href.split('#')[0] ?? href);
      }
    }
    const broken: string[] = [];
    for (const href of seen) {
      const response = await page.request.get(base + href);
      if (response.status() !== 200) broken.push(`${href} → ${response.status()}`);
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
    await page.context().close();
  });

  it('a missing page gets the 404 page in its language', async () => {
    const { page } = await newPage(browser());
    const response = await page.goto(`${base}/en/products/no-such-product/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.context().close();
  });
});

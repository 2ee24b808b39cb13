import { describe, expect, it } from 'vitest';
import { sitemapFiles, URLS_PER_FILE } from './sitemap.ts';

const SITE = 'https://ocop.example.vn';
const DAY = '2026-12-03';

describe('sitemapFiles', () => {
  it('lists every page once with its other-language alternate', () => {
    const files = sitemapFiles(
      ['', 'en/', 'products/me-xung/', 'en/products/me-xung/', 'shortlist/', 'a&b/'],
      SITE,
      DAY,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    const xml = files.get('sitemap-0.xml') ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(6);
    expect(xml).toContain(
      `<url><loc>${SITE}/products/me-xung/</loc><lastmod>${DAY}</lastmod><xhtml:link rel="alternate" hreflang="vi" href="${SITE}/products/me-xung/"/><xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/products/me-xung/"/></url>`,
    );
    expect(xml).toContain(
      `<url><loc>${SITE}/en/</loc><lastmod>${DAY}</lastmod><xhtml:link rel="alternate" hreflang="vi" href="${SITE}/"/>`,
    );
    // A page in one language only has no alternates; XML special characters are escaped.
    expect(xml).toContain(`<url><loc>${SITE}/shortlist/</loc><lastmod>${DAY}</lastmod></url>`);
    expect(xml).toContain(`<loc>${SITE}/a&amp;b/</loc>`);
    expect(files.get('sitemap-index.xml')).toContain(
      `<sitemap><loc>${SITE}/sitemap-0.xml</loc><lastmod>${DAY}</lastmod></sitemap>`,
    );
  });

  it(`splits into files of at most ${URLS_PER_FILE} URLs, all listed in the index`, () => {
    const pages = Array.from({ length: URLS_PER_FILE * 2 + 10 }, (_, i) => `products/p-${i}/`);
    const files = sitemapFiles(pages, SITE, DAY);
    expect(files.size).toBe(4);
    const counts = [0, 1, 2].map((i) => (files.get(`sitemap-${i}.xml`) ?? '').match(/<url>/g)?.length);
    expect(counts).toEqual([URLS_PER_FILE, URLS_PER_FILE, 10]);
    expect(files.get('sitemap-index.xml')?.match(/<sitemap>/g)).toHaveLength(3);
  });

  it('dates every page and sitemap file with the build day, and refuses anything but a YYYY-MM-DD day', () => {
    const files = sitemapFiles(['', 'en/'], SITE, DAY);
    expect(files.get('sitemap-0.xml')?.match(/<lastmod>2026-12-03<\/lastmod>/g)).toHaveLength(2);
    expect(files.get('sitemap-index.xml')).toContain('<lastmod>2026-12-03</lastmod>');
    expect(() => sitemapFiles([''], SITE, '3/12/2026')).toThrow(/YYYY-MM-DD/);
  });
});

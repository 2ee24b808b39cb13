import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlProblems, icsProblems, pageProblems, rssProblems, siteProblems } from './siteRules.ts';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageProblems', () => {
  it('finds a heading that skips a level, as /suppliers/ did (h1, then the cards’ h3)', () => {
    const before = page('', '<h1>Suppliers</h1><div><h3>HTX An Lỗ</h3></div><h2>Browse</h2>');
    expect(pageProblems('/suppliers/index.html', before)).toEqual([
      '/suppliers/index.html: heading levels skip from h1 to h3 ("HTX An Lỗ")',
    ]);
    const after = page('', '<h1>Suppliers</h1><h2>Find</h2><h3>HTX An Lỗ</h3><h2>Browse</h2><h3>By province</h3>');
    expect(pageProblems('/suppliers/index.html', after)).toEqual([]);
  });

  it('finds Astro’s island style inside the body', () => {
    const html = page('', '<div><style>astro-island{display:contents}</style></div>');
    expect(pageProblems('/search/index.html', html)[0]).toMatch(/<style> element inside <body>/);
  });

  it('says where to list a page whose island style was left in the body (an island outside ISLAND_PAGES)', () => {
    const html = page('', '<div><style>astro-island,astro-slot,astro-static-slot{display:contents}</style></div>');
    expect(pageProblems('/events/index.html', html)).toEqual([
      "/events/index.html: Astro's island style inside <body> (allowed only in <head>): add the page to ISLAND_PAGES in src/lib/site/islandStyles.ts",
    ]);
  });

  it('wants noindex on the offline and not-found pages, and a description on trace pages', () => {
    expect(pageProblems('/offline/index.html', page('', ''))[0]).toMatch(/noindex/);
    expect(pageProblems('/en/404.html', page('', ''))[0]).toMatch(/noindex/);
    expect(pageProblems('/404.html', page('<meta name="robots" content="noindex">', ''))).toEqual([]);
    expect(pageProblems('/t/JYJ3MP5A/index.html', page('', ''))).toEqual([
      '/t/JYJ3MP5A/index.html: no meta description',
    ]);
    expect(pageProblems('/en/t/JYJ3MP5A/index.html', page('<meta name="description" content="Origin">', ''))).toEqual(
      [],
    );
  });

  it('finds a lazy first image on the home page', () => {
    const lazy = page('', '<main><h1>x</h1><img src="a.jpg" loading="lazy"></main>');
    expect(pageProblems('/index.html', lazy)[0]).toMatch(/lazy-loaded/);
    const eager = page('', '<main><h1>x</h1><img src="a.jpg" loading="eager" fetchpriority="high"></main>');
    expect(pageProblems('/en/index.html', eager)).toEqual([]);
  });
});

describe('rssProblems', () => {
  const item = (date: string) => `<item><title>x</title><pubDate>${date}</pubDate></item>`;
  it('wants atom:link rel="self" and lastBuildDate, and no item after the build day', () => {
    const before = `<rss version="2.0"><channel><title>x</title>${item('Thu, 10 Jun 2027 00:00:00 GMT')}</channel></rss>`;
    expect(rssProblems('/feeds/events.xml', before, '2026-12-03')).toEqual([
      '/feeds/events.xml: no <atom:link rel="self">',
      '/feeds/events.xml: no <lastBuildDate>',
      '/feeds/events.xml: an item dated Thu, 10 Jun 2027 00:00:00 GMT, after the build day',
    ]);
    const after = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="https://x/feeds/events.xml" rel="self" type="application/rss+xml"/><lastBuildDate>Wed, 02 Dec 2026 17:00:00 GMT</lastBuildDate>${item('Wed, 02 Dec 2026 17:00:00 GMT')}</channel></rss>`;
    expect(rssProblems('/feeds/events.xml', after, '2026-12-03')).toEqual([]);
  });
});

describe('icsProblems', () => {
  it('wants CRLF after every line, the last one too', () => {
    expect(icsProblems('/events/a.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toHaveLength(1);
    expect(icsProblems('/events/a.ics', 'BEGIN:VCALENDAR\nEND:VCALENDAR\r\n')).toHaveLength(1);
    expect(icsProblems('/events/a.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toEqual([]);
  });
});

describe('crawlProblems', () => {
  it('wants a robots.txt naming the sitemap and a lastmod on every sitemap entry', () => {
    const sitemap = new Map([['sitemap-0.xml', '<urlset><url><loc>https://x/</loc></url></urlset>']]);
    expect(crawlProblems(undefined, sitemap)).toEqual([
      '/robots.txt: missing',
      '/sitemap-0.xml: 1 entries without <lastmod>',
    ]);
    const dated = new Map([
      ['sitemap-0.xml', '<urlset><url><loc>https://x/</loc><lastmod>2026-12-03</lastmod></url></urlset>'],
    ]);
    expect(crawlProblems('User-agent: *\nAllow: /\n\nSitemap: https://x/sitemap-index.xml\n', dated)).toEqual([]);
  });
});

describe('siteProblems', () => {
  it('checks every feed, calendar and sitemap of a site, or with `only` the files listed', () => {
    const dist = mkdtempSync(join(tmpdir(), 'site-rules-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), text);
    };
    write('events/a.ics', 'BEGIN:VCALENDAR\nEND:VCALENDAR\r\n');
    write('renewals/hue/certificates.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR');
    write('sitemap-0.xml', '<urlset><url><loc>https://x/</loc></url></urlset>');
    expect(siteProblems(dist, '2026-12-03', { pages: false })).toEqual([
      '/events/a.ics: a line ends with a bare LF',
      '/renewals/hue/certificates.ics: the last line does not end with CRLF (RFC 5545 §3.1)',
      '/robots.txt: missing',
      '/sitemap-0.xml: 1 entries without <lastmod>',
    ]);
    // A rebuild lists what it wrote again (a file listed that is gone is passed over); robots.txt and the sitemaps
    // are checked when one of them is listed.
    expect(siteProblems(dist, '2026-12-03', { pages: false, only: ['events/a.ics', 'events/gone.ics'] })).toEqual([
      '/events/a.ics: a line ends with a bare LF',
    ]);
    expect(siteProblems(dist, '2026-12-03', { pages: false, only: ['sitemap-0.xml'] })).toEqual([
      '/robots.txt: missing',
      '/sitemap-0.xml: 1 entries without <lastmod>',
    ]);
    rmSync(dist, { recursive: true });
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { headersFromFile, parseHeadersFile } from '../../scripts/lib/host/headersFile.ts';
import { contentTypeOf, headersFor, PRECOMPRESS_MIN_BYTES, REVALIDATE } from '../../scripts/lib/host/hostRules.ts';
import { siteHost } from '../../scripts/lib/host/siteHost.ts';
import {
  eventIcsUrl,
  eventsRssUrl,
  guideUrl,
  homeUrl,
  manifestUrl,
  openDataFileUrl,
  productCertificateIcsUrl,
  searchUrl,
  traceQrUrl,
  vietnamMapUrl,
} from '../../src/lib/site/urls.ts';
import { newPage } from '../../scripts/lib/browser.ts';
import { builtProducts, dist } from '../support/builtSite.ts';
import { expectSearchResult } from '../support/searchResults.ts';
import { withBrowser } from '../support/withBrowser.ts';

const base = inject('baseUrl');
const data = builtProducts();
const events = JSON.parse(readFileSync(`${dist}/data/events.json`, 'utf8')) as { events: { id: string }[] };
const product = data.products.find((p) => p.certificate.state === 'valid') ?? data.products[0];
const event = events.events[0];
if (!product || !event) throw new Error('the catalogue needs a product and an event');
const host = siteHost(dist);
const headersFile = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const guide = readdirSync(join(dist, 'guide'))[0];
const astro = readdirSync(join(dist, '_astro'));
const pagefind = readdirSync(join(dist, 'pagefind'));
const first = (names: string[], pattern: RegExp) => {
  const name = names.find((n) => pattern.test(n));
  if (!name) throw new Error(`no file matches ${pattern}`);
  return name;
};
const fragment = first(readdirSync(join(dist, 'pagefind', 'fragment')), /\.pf_fragment$/);

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET as a browser would send it, without decoding the body: what goes over the wire. */
function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(base + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)])),
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** The file nginx serves for a path (a folder's index.html). */
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** One address of each kind the site serves. */
const kinds: [string, string][] = [
  ['home', homeUrl('vi')],
  ['English home', homeUrl('en')],
  ['product', product.urls.vi],
  ['English product', product.urls.en],
  ['trace', product.urls.traceVi],
  ['search', searchUrl('vi')],
  ['guide', guideUrl(guide ?? 'hue', 'en')],
  ['data export', openDataFileUrl('products.json')],
  ['CSV export', openDataFileUrl('products.csv')],
  ['feed', eventsRssUrl('vi')],
  ['calendar file', eventIcsUrl(event.id, 'vi')],
  // Under 4 KiB, with no copies (PRECOMPRESS_MIN_BYTES): nginx compresses it as it sends it, like the QR stamp.
  ['certificate calendar', productCertificateIcsUrl(product.id, 'vi')],
  ['sitemap', '/sitemap-index.xml'],
  ['manifest', manifestUrl('en')],
  ['service worker', '/sw.js'],
  ['QR code', traceQrUrl(product.traceCode, 'svg')],
  ['map', vietnamMapUrl()],
  ['icon', '/icons/192.png'],
  ['bundled style', `/_astro/${first(astro, /\.css$/)}`],
  ['bundled script', `/_astro/${first(astro, /\.js$/)}`],
  ['bundled image', `/_astro/${first(astro, /\.avif$/)}`],
  ['Pagefind script', '/pagefind/pagefind.js'],
  ['Pagefind entry', '/pagefind/pagefind-entry.json'],
  ['Pagefind WebAssembly', `/pagefind/${first(pagefind, /^wasm\..*\.pagefind$/)}`],
  ['Pagefind metadata', `/pagefind/${first(pagefind, /\.pf_meta$/)}`],
  ['Pagefind fragment', `/pagefind/fragment/${fragment}`],
];

describe('nginx sends the headers of scripts/lib/host/hostRules.ts', () => {
  for (const [kind, path] of kinds)
    it(`${kind} (${path})`, async () => {
      const reply = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(reply.status).toBe(200);
      const expected = headersFor(path, host.rules, host.options);
      for (const [name, value] of Object.entries(expected))
        expect(reply.headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
      expect(reply.headers['content-type']).toBe(contentTypeOf(fileOf(path)));
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      // What Netlify and Cloudflare Pages would send from dist/_headers (their default Cache-Control added).
      const fromFile = { 'Cache-Control': REVALIDATE, ...headersFromFile(headersFile, path) };
      for (const [name, value] of Object.entries(fromFile))
        expect(reply.headers[name.toLowerCase()], `_headers ${name} of ${path}`).toBe(value);
    });

  it('hashed files are kept a year, pages and the service worker are checked each time', async () => {
    const cache = async (path: string) => (await get(path)).headers['cache-control'];
    expect(await cache(`/_astro/${first(astro, /\.js$/)}`)).toMatch(/max-age=31536000, immutable/);
    expect(await cache(`/pagefind/fragment/${fragment}`)).toMatch(/immutable/);
    expect(await cache(product.urls.vi)).toBe('public, max-age=0, must-revalidate');
    expect(await cache(openDataFileUrl('products.json'))).toBe('public, max-age=0, must-revalidate');
    expect(await cache('/sw.js')).toBe('no-cache');
    expect(await cache('/pagefind/pagefind-entry.json')).toBe('no-cache');
  });

  it('answers a repeated request with 304 when the page has not changed', async () => {
    const first = await get(product.urls.vi);
    const again = await get(product.urls.vi, { 'If-None-Match': first.headers['etag'] ?? '' });
    expect(again.status).toBe(304);
  });
});

describe('compressed transfer', () => {
  const text: [string, string][] = kinds.filter(([, path]) =>
    /(\/|\.(html|css|js|json|xml|svg|ics|csv|webmanifest))$/.test(path),
  );

  for (const [kind, path] of text)
    it(`${kind} (${path}) is sent as Brotli, gzip or plain, whichever the browser accepts`, async () => {
      const original = readFileSync(fileOf(path));
      const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      const gz = await get(path, { 'Accept-Encoding': 'gzip' });
      const plain = await get(path);
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      for (const reply of [br, gz, plain]) expect(reply.headers['vary']).toBe('Accept-Encoding');
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
      expect(gunzipSync(gz.body).equals(original)).toBe(true);
      expect(plain.body.equals(original)).toBe(true);
      expect(br.body.length).toBeLessThan(original.length);
      expect(br.body.length).toBeLessThanOrEqual(gz.body.length);
    });

  it('files under 4 KiB have no copies: the server compresses them, as it does the pages', () => {
    for (const path of [productCertificateIcsUrl(product.id, 'vi'), traceQrUrl(product.traceCode, 'svg')]) {
      expect(statSync(fileOf(path)).size).toBeLessThan(PRECOMPRESS_MIN_BYTES);
      expect(existsSync(`${fileOf(path)}.br`) || existsSync(`${fileOf(path)}.gz`)).toBe(false);
    }
  });

  it('a product page travels in less than a third of its size, compressed by nginx as it is sent', async () => {
    // The build writes no copies of pages (COMPRESSIBLE in scripts/lib/host/hostRules.ts): nginx's filters compress.
    expect(existsSync(`${fileOf(product.urls.vi)}.br`) || existsSync(`${fileOf(product.urls.vi)}.gz`)).toBe(false);
    const original = statSync(fileOf(product.urls.vi)).size;
    const br = await get(product.urls.vi, { 'Accept-Encoding': 'br' });
    const gz = await get(product.urls.vi, { 'Accept-Encoding': 'gzip' });
    expect(br.body.length).toBeLessThan(original / 3);
    expect(gz.body.length).toBeLessThan(original / 3);
  });

  it("Pagefind's chunks go as they are: already gzip data, never compressed twice", async () => {
    const path = `/pagefind/fragment/${fragment}`;
    const reply = await get(path, { 'Accept-Encoding': 'br, gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.subarray(0, 2).toString('hex')).toBe('1f8b');
    expect(reply.body.equals(readFileSync(fileOf(path)))).toBe(true);
    expect(existsSync(`${fileOf(path)}.br`) || existsSync(`${fileOf(path)}.gz`)).toBe(false);
  });
});

describe('not found', () => {
  for (const [lang, path] of [
    ['vi', '/khong-co-trang-nay/'],
    ['vi', '/products/khong-co/'],
    ['en', '/en/no-such-page/'],
    ['en', '/en/products/no-such-product/'],
  ] as const)
    it(`${path} gets the ${lang === 'vi' ? 'Vietnamese' : 'English'} not-found page with status 404 and the site's headers`, async () => {
      const reply = await get(path, { 'Accept-Encoding': 'br' });
      expect(reply.status).toBe(404);
      const html = brotliDecompressSync(reply.body).toString('utf8');
      expect(html).toContain(`<html lang="${lang}"`);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });

  it('a folder asked without its slash is redirected to it, on this server', async () => {
    const reply = await get(product.urls.vi.replace(/\/$/, ''));
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe(product.urls.vi);
  });

  it("the hosts' own instruction files are not served", async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });
});

describe('in the browser, through nginx', () => {
  const { browser, open } = withBrowser();

  it('search finds a product, every Pagefind file it loads answered 200', async () => {
    const statuses: [string, number][] = [];
    // A fresh page listening from its first request: a reload could take Pagefind's files from the cache or the
    // service worker the first load installed, and the results could show before their responses are counted.
    const { page } = await newPage(browser());
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) statuses.push([response.url(), response.status()]);
    });
    await page.goto(`${base}${searchUrl('en')}?q=${encodeURIComponent(product.name.en ?? product.name.vi)}`);
    await expectSearchResult(page, product.urls.en);
    await expect.poll(() => statuses.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(statuses.filter(([, status]) => status !== 200 && status !== 304)).toEqual([]);
  });

  it('the service worker installs and controls the page', async () => {
    const page = await open(homeUrl('en'));
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
    expect(scope).toBe(`${base}/`);
  });

  it('another site cannot show the pages in a frame', async () => {
    const { page } = await newPage(browser());
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    // A page of no origin of ours, without a policy of its own, framing the home page.
    await page.setContent(`<iframe src="${base}${homeUrl('vi')}"></iframe>`, { waitUntil: 'load' });
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(await framed?.evaluate(() => document.title).catch(() => 'blocked')).not.toMatch(/OCOP/);
    expect(console.join('\n')).toMatch(/frame-ancestors/);
  });
});

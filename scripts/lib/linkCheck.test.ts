import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cssUrls, feedLinks, internalTarget, scanPage, servedFile, srcsetUrls } from './linkCheck.ts';

const SITE = 'https://ocop.example.vn';

describe('scanPage', () => {
  it('collects every URL a page loads or links to, its ids, and unsafe external links', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="${SITE}/x/">
      <meta property="og:image" content="${SITE}/_astro/og.jpg"></head><body id="top">
      <a href="/products/">all</a><a href="#main">skip</a><main id="main"></main>
      <picture><source srcset="/_astro/p.avif 400w, /_astro/q.avif 800w"><img src="/_astro/p.jpg" srcset="/_astro/p4.jpg 400w"></picture>
      <a href="https://example.com/" rel="noopener noreferrer">ok</a><a href="https://example.com/bad">bad</a>
      <a href="${SITE}/own/">own site</a><script src="/_astro/s.js"></script></body></html>`;
    const scan = scanPage(html, SITE);
    expect(scan.refs).toEqual([
      '/_astro/a.css',
      `${SITE}/x/`,
      `${SITE}/_astro/og.jpg`,
      '/products/',
      '#main',
      '/_astro/p.avif',
      '/_astro/q.avif',
      '/_astro/p.jpg',
      '/_astro/p4.jpg',
      'https://example.com/',
      'https://example.com/bad',
      `${SITE}/own/`,
      '/_astro/s.js',
    ]);
    expect([...scan.ids]).toEqual(['top', 'main']);
    expect(scan.unsafeExternal).toEqual(['https://example.com/bad']);
  });

  it('reads the links of an RSS feed', () => {
    expect(
      feedLinks(
        `<rss><channel><link>${SITE}/</link><item><link>${SITE}/products/a/#decision-2024-01-02</link></item></channel></rss>`,
      ),
    ).toEqual([`${SITE}/`, `${SITE}/products/a/#decision-2024-01-02`]);
  });

  it('reads srcset and url() lists', () => {
    expect(srcsetUrls('a.webp 400w,  b.webp 800w')).toEqual(['a.webp', 'b.webp']);
    expect(cssUrls('@font-face{src:url(./f.woff2) format("woff2"),url("g.woff")} a{background:url(data:x)}')).toEqual([
      './f.woff2',
      'g.woff',
    ]);
  });
});

describe('internalTarget and servedFile', () => {
  it('resolves relative, absolute and own-site links; leaves other sites and schemes alone', () => {
    expect(internalTarget('../b/#x', '/a/c/', SITE)).toEqual({ path: '/a/b/', fragment: 'x' });
    expect(internalTarget(`${SITE}/t/ABC/?q=1`, '/', SITE)).toEqual({ path: '/t/ABC/', fragment: '' });
    expect(internalTarget('/s%E1%BA%A3n/', '/', SITE)).toEqual({ path: '/sản/', fragment: '' });
    for (const other of ['https://example.com/', 'mailto:a@example.vn', 'tel:+84', 'data:image/png;base64,x'])
      expect(internalTarget(other, '/', SITE)).toBeUndefined();
  });

  it('serves what a static host serves: files, folder index pages and the 404 page', () => {
    const files = new Set(['index.html', 'a/index.html', 'a/qr.svg', '404.html']);
    const has = (file: string) => files.has(file);
    expect(servedFile('/', has)).toBe('index.html');
    expect(servedFile('/a/', has)).toBe('a/index.html');
    expect(servedFile('/a', has)).toBe('a/index.html');
    expect(servedFile('/a/qr.svg', has)).toBe('a/qr.svg');
    expect(servedFile('/404/', has)).toBe('404.html');
    expect(servedFile('/b/', has)).toBeUndefined();
  });
});

describe('scripts/check-links.ts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ocop-links-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (file: string, body: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(
      join(dist, file),
      `<html><head><link rel="canonical" href="${SITE}/"></head><body>${body}</body></html>`,
    );
  };
  const run = (...options: string[]) => {
    try {
      return {
        code: 0,
        output: execFileSync(process.execPath, ['scripts/check-links.ts', dist, ...options], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const failed = error as { status: number; stderr: string };
      return { code: failed.status, output: failed.stderr };
    }
  };

  it('passes a site whose links all resolve', () => {
    page('index.html', '<a href="/a/#here">a</a><a href="https://example.com/" rel="noopener noreferrer">x</a>');
    page('a/index.html', '<p id="here"></p><img src="../img.png" alt="">');
    writeFileSync(join(dist, 'img.png'), '');
    writeFileSync(join(dist, 'site.css'), 'a{background:url(/img.png)}');
    const { code, output } = run();
    expect(output).toContain('resolve on 2 pages');
    expect(code).toBe(0);
  });

  it('lists every broken link, missing fragment, missing CSS target and unsafe external link, then fails', () => {
    page('b/index.html', '<a href="/missing/">m</a><a href="/a/#nowhere">f</a><a href="https://example.com/x">e</a>');
    mkdirSync(join(dist, 'feeds'), { recursive: true });
    writeFileSync(
      join(dist, 'feeds', 'f.xml'),
      `<rss><channel><item><link>${SITE}/a/#decision-2020-01-01</link></item></channel></rss>`,
    );
    writeFileSync(join(dist, 'site.css'), 'a{background:url(/gone.png)}');
    const { code, output } = run();
    expect(code).toBe(1);
    expect(output).toContain('broken link /missing/ (not in the build) on /b/');
    expect(output).toContain('broken link /a/#nowhere (no element with that id) on /b/');
    expect(output).toContain('broken link /gone.png (not in the build) on /site.css');
    expect(output).toContain('external link without rel="noopener noreferrer" on /b/: https://example.com/x');
    expect(output).toContain('broken link /a/#decision-2020-01-01 (no element with that id) on /feeds/f.xml');
    expect(output).toContain('5 link problems');
  });

  it("writes the pages' policies, as host-config.ts --read-policies does, from the same read of each page", () => {
    rmSync(dist, { recursive: true, force: true });
    const policyPage = (file: string, policy: string | undefined) => {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      const meta = policy ? `<meta http-equiv="content-security-policy" content="${policy}">` : '';
      writeFileSync(
        join(dist, file),
        `<html><head>${meta}<link rel="canonical" href="${SITE}/"></head><body></body></html>`,
      );
    };
    policyPage('index.html', "script-src 'self' &#39;sha256-b=&#39;");
    policyPage('a/index.html', "script-src 'self' 'sha256-a='");
    policyPage('b/index.html', "script-src 'self' 'sha256-a='");
    policyPage('c/index.html', undefined);
    const fromLinkCheck = join(dist, '..', `${basename(dist)}-links.json`);
    const fromHostConfig = join(dist, '..', `${basename(dist)}-host.json`);
    expect(run('--policies', fromLinkCheck).code).toBe(0);
    execFileSync(process.execPath, ['scripts/host-config.ts', dist, '--read-policies', fromHostConfig]);
    const written = JSON.parse(readFileSync(fromLinkCheck, 'utf8'));
    expect(written).toEqual({
      policies: ["script-src 'self' 'sha256-a='", "script-src 'self' 'sha256-b='"],
      withPolicy: 3,
      total: 4,
    });
    expect(readFileSync(fromLinkCheck, 'utf8')).toBe(readFileSync(fromHostConfig, 'utf8'));
    rmSync(fromLinkCheck);
    rmSync(fromHostConfig);
    // A check of some pages only cannot know every page's policy: it refuses rather than write part of them.
    const only = join(dist, '..', `${basename(dist)}-only.txt`);
    writeFileSync(only, 'index.html');
    const partial = run('--only', only, '--policies', fromLinkCheck);
    expect(partial.code).toBe(2);
    expect(partial.output).toContain('--policies needs every page');

    // With the state of a full check, a check of some pages writes every page's policies: it keeps those of the
    // pages not listed, reads the listed pages (written again or new) and drops the listed pages that are gone.
    const state = join(dist, '..', `${basename(dist)}-state.json`);
    expect(run('--policies', fromLinkCheck, '--policy-state', state).code).toBe(0);
    policyPage('a/index.html', "script-src 'self' 'sha256-c='");
    policyPage('b/index.html', "script-src 'self' 'sha256-c='");
    policyPage('d/index.html', undefined);
    rmSync(join(dist, 'index.html'));
    policyPage('index.html', undefined);
    rmSync(join(dist, 'c'), { recursive: true });
    writeFileSync(only, 'a/index.html\nb/index.html\nindex.html\nd/index.html\nc/index.html');
    expect(run('--only', only, '--policies', fromLinkCheck, '--policy-state', state).code).toBe(0);
    execFileSync(process.execPath, ['scripts/host-config.ts', dist, '--read-policies', fromHostConfig]);
    expect(JSON.parse(readFileSync(fromLinkCheck, 'utf8'))).toEqual({
      policies: ["script-src 'self' 'sha256-c='"],
      withPolicy: 2,
      total: 4,
    });
    expect(readFileSync(fromLinkCheck, 'utf8')).toBe(readFileSync(fromHostConfig, 'utf8'));
    for (const file of [only, state, fromLinkCheck, fromHostConfig]) rmSync(file);
  }, 60_000);

  it("keeps which of Astro's images each page shows, and lists those no page shows after a partial check", () => {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(join(dist, '_astro'), { recursive: true });
    const images = ['tra.11111111.jpg', 'tra.11111111_a1.avif', 'tra.22222222_b2.avif', 'gom.33333333_c3.webp'];
    for (const name of images) writeFileSync(join(dist, '_astro', name), '');
    page('index.html', '<img src="/_astro/gom.33333333_c3.webp" alt="">');
    page(
      'tra/index.html',
      '<picture><source srcset="/_astro/tra.11111111_a1.avif 400w"><img src="/_astro/tra.11111111.jpg" alt=""></picture>',
    );
    const state = join(dist, '..', `${basename(dist)}-images.json`);
    const only = join(dist, '..', `${basename(dist)}-only-images.txt`);
    const leftovers = join(dist, '..', `${basename(dist)}-leftovers.txt`);
    expect(run('--image-state', state).code).toBe(0);
    // The tea's photo replaced under the same file name: its page now shows the new image's files.
    page('tra/index.html', '<img src="/_astro/tra.22222222_b2.avif" alt="">');
    writeFileSync(only, 'tra/index.html');
    expect(run('--only', only, '--image-state', state, '--unreferenced', leftovers).code).toBe(0);
    expect(readFileSync(leftovers, 'utf8').split('\n')).toEqual([
      '_astro/tra.11111111.jpg',
      '_astro/tra.11111111_a1.avif',
    ]);
    // The home page (not read again) still shows the pottery: the state kept it.
    expect(JSON.parse(readFileSync(state, 'utf8')).bases).toEqual(['gom.33333333', 'tra.22222222']);
    for (const file of [state, only, leftovers]) rmSync(file);
  });

  it('holds every page it reads to the page rules of siteRules.ts, and lists what breaks them', () => {
    rmSync(dist, { recursive: true, force: true });
    page('index.html', '<h1>Home</h1><a href="/c/">c</a>');
    page('c/index.html', '<h1>C</h1><h3>Bỏ qua một cấp</h3><style>p{}</style>');
    const { code, output } = run();
    expect(code).toBe(1);
    expect(output).toContain('page check: /c/index.html: a <style> element inside <body>');
    // The heading quoted as written (the pages are read as Latin-1, the messages made from their UTF-8 text).
    expect(output).toContain('page check: /c/index.html: heading levels skip from h1 to h3 ("Bỏ qua một cấp")');
    expect(output).toContain('2 page problems');
    expect(output).not.toContain('link problem');
  });
});

/**
 * npm run lighthouse: Lighthouse (mobile: its default emulated phone and throttling) on the home, a product, a trace,
 * the search and the Huế guide page, served by nginx with the production configuration, in Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium; nothing is downloaded). Prints the four category scores per page and
 * every audit that did not pass, and writes the full reports to .lighthouse/<page>.json.
 *
 * Exits 1 when an audit about what the host controls fails: compression, cache lifetimes, security headers.
 *
 *   npm run lighthouse                                   (starts nginx on dist/)
 *   npm run lighthouse -- --base https://ocop.example.vn   (a server already running, e.g. the published site)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, distDir } from '../src/config.ts';
import type { ProductsExport } from '../src/lib/openData/productsExport.ts';
import { startNginx } from './lib/host/nginxServer.ts';

/** Audits whose outcome the host decides (the server's headers, compression and caching). */
export const HOST_AUDITS = [
  'uses-text-compression',
  'uses-long-cache-ttl',
  'cache-insight',
  'document-latency-insight',
  'csp-xss',
  'has-hsts',
  'origin-isolation',
  'clickjacking-mitigation',
  'redirects',
];

const dist = distDir();
const data = JSON.parse(readFileSync(join(dist, 'data', 'products.json'), 'utf8')) as ProductsExport;
const product = data.products.find((p) => p.certificate.state === 'valid') ?? data.products[0];
if (!product) throw new Error(`${dist}/data/products.json lists no product`);
const pages: [string, string][] = [
  ['home', '/'],
  ['product', product.urls.vi],
  ['trace', product.urls.traceVi],
  ['search', '/search/'],
  ['guide', '/en/guide/hue/'],
];

mkdirSync('.lighthouse', { recursive: true });
const baseAt = process.argv.indexOf('--base');
const given = baseAt >= 0 ? process.argv[baseAt + 1]?.replace(/\/$/, '') : undefined;
const nginx = given ? undefined : await startNginx(dist);
const base = given ?? nginx?.url ?? '';
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
let hostFailures = 0;
try {
  const rows: string[] = [];
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    writeFileSync(join('.lighthouse', `${name}.json`), JSON.stringify(lhr));
    if (lhr.runtimeError) {
      // e.g. NO_NAVSTART when the machine is too busy to record the trace: no scores, so no verdict either.
      rows.push(`${name.padEnd(8)} ${path.padEnd(34)} not measured: ${lhr.runtimeError.code} (run it again)`);
      process.exitCode = 1;
      continue;
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    rows.push(
      `${name.padEnd(8)} ${path.padEnd(34)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`,
    );
    const failed = Object.values(lhr.audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    );
    for (const audit of failed) {
      const host = HOST_AUDITS.includes(audit.id);
      if (host) hostFailures++;
      rows.push(
        `           ${host ? 'HOST ' : ''}not passed: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`,
      );
    }
    // The security-header audits are "informative": they keep a score of 1 and list what is missing as findings.
    for (const id of HOST_AUDITS) {
      const audit = lhr.audits[id];
      const listed = audit?.details && 'items' in audit.details ? audit.details.items : [];
      const items = (Array.isArray(listed) ? listed : []) as {
        severity?: string;
        description?: string;
      }[];
      for (const item of items.filter((item) => item.severity)) {
        const high = item.severity === 'High';
        if (high) hostFailures++;
        rows.push(`           ${high ? 'HOST ' : ''}${id}: ${item.severity}: ${item.description}`);
      }
    }
    // Needs the site's own scripts (React, Pagefind) to write to the page through Trusted Types: not a host setting.
    for (const item of (lhr.audits['trusted-types-xss']?.details as { items?: { description?: string }[] })?.items ??
      [])
      rows.push(`           trusted-types-xss (not a host setting): ${item.description}`);
  }
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, ${nginx ? 'through nginx at ' : ''}${base}:\n${rows.join('\n')}`,
  );
  if (hostFailures > 0) process.exitCode = 1;
} finally {
  chrome.kill();
  await nginx?.stop();
}

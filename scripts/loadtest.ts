/**
 * npm run loadtest: a short, bounded load test of nginx serving the built site, on 127.0.0.1 only. A benchmark to
 * read, not a test that passes or fails: it prints requests per second, latency percentiles and errors.
 *
 * The mix, cycled by every connection, is what a visitor's browser asks for: the home page, a product page, a trace
 * page and the search page (each as Brotli, as browsers accept it), and Pagefind's entry file, script,
 * WebAssembly, metadata, an index chunk and a fragment. nginx runs with one worker per core and no access log.
 *
 *   npm run loadtest [-- --duration 20 --connections 50]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { distDir } from '../src/config.ts';
import type { ProductsExport } from '../src/lib/openData/productsExport.ts';
import { startNginx } from './lib/host/nginxServer.ts';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const duration = Math.min(option('duration', 20), 120);
const connections = option('connections', 50);
const dist = distDir();

const data = JSON.parse(readFileSync(join(dist, 'data', 'products.json'), 'utf8')) as ProductsExport;
const product = data.products[Math.floor(data.products.length / 2)];
if (!product) throw new Error(`${dist}/data/products.json lists no product`);
const pagefind = readdirSync(join(dist, 'pagefind'));
const pick = (folder: string, pattern: RegExp) => {
  const name = readdirSync(join(dist, folder)).find((n) => pattern.test(n));
  if (!name) throw new Error(`${dist}/${folder}: nothing matches ${pattern}`);
  return `/${folder}/${name}`;
};
const paths = [
  '/',
  product.urls.vi,
  product.urls.traceEn,
  '/search/',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind.js',
  `/pagefind/${pagefind.find((n) => /^wasm\..*\.pagefind$/.test(n))}`,
  `/pagefind/${pagefind.find((n) => n.endsWith('.pf_meta'))}`,
  pick('pagefind/index', /\.pf_index$/),
  pick('pagefind/fragment', /\.pf_fragment$/),
];

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
const nginx = await startNginx(dist, { workers: 'auto' });
try {
  const result = await autocannon({
    url: nginx.url,
    connections,
    duration,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  console.log(
    `Load test: nginx on ${nginx.url}, ${connections} connections for ${duration} s over ${paths.length} addresses:`,
  );
  for (const path of paths) console.log(`  ${path}`);
  console.log(
    [
      `requests/s: mean ${result.requests.average.toFixed(0)}, lowest second ${result.requests.min}`,
      `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `requests: ${result.requests.total} (${(result.throughput.total / 1e6).toFixed(0)} MB); errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      `load average (1, 5, 15 min): ${loadBefore} before, ${load()} after (2 cores shared with the load generator)`,
    ].join('\n'),
  );
  if (result.errors > 0 || result.non2xx > 0) process.exitCode = 1;
} finally {
  await nginx.stop();
}

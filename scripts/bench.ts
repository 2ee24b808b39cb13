/**
 * npm run bench -- [--sizes 1000,5000,20000] [--seed 2025] [--today 2026-06-01] [--no-minimal] [--no-search] [--no-timing]
 *   [--report] [--search-only <dist>]
 *
 * For each size: generates the synthetic national catalogue (scripts/generate-fixtures.ts), then times npm run build
 * (scripts/build.ts, with the time of each of its steps), measures peak RSS of all its processes together, dist size,
 * product page weight, scripts per page type and Pagefind downloads in Chromium, then corrects one product record and
 * times npm run build -- --changed, and builds the same records with a bare template (bench/minimal) to report the
 * site's overhead as a ratio. Prints a Markdown table and
 * writes it to bench/RESULTS.md; raw results go to bench/out/ (gitignored). Never run two benches at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, resultsTable, type BenchResult, BUDGETS } from './lib/benchReport.ts';
import { generateFixtures } from './generate-fixtures.ts';

const argv = process.argv.slice(2);
function flag(name: string, fallback: string): string {
  const index = argv.indexOf(`--${name}`);
  return (index >= 0 ? argv[index + 1] : undefined) ?? fallback;
}
const sizes = flag('sizes', '1000,5000,20000').split(',').map(Number);
const seed = Number(flag('seed', '2025'));
// A fixed day keeps every run building the same site (certificate states are computed against it).
const today = flag('today', '2026-06-01');
const withMinimal = !argv.includes('--no-minimal');
const withSearch = !argv.includes('--no-search');
const OUT = 'bench/out';
const NODE = process.execPath;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  seconds: number;
  /** User + system CPU seconds of the process tree (GNU time only): steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
  peakRssBytes: number;
  output: string;
}

/**
 * Runs a command as a person runs it (at the usual priority: the build gives its own side work the lowest, and that
 * order only holds above it; the bench is run alone), tees its output to a log, and measures wall time and peak RSS of
 * the process tree.
 */
function run(command: string[], env: Record<string, string>, log: string): Promise<Run> {
  const wrapped = GNU_TIME ? [GNU_TIME, '-v', ...command] : command;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const [program = NODE, ...args] = wrapped;
    const child = spawn(program, args, { env: { ...process.env, ...env } });
    let output = '';
    let sampledPeak = 0;
    // The resident size of the child and all its descendants together, sampled: the build runs several processes at
    // once, and GNU time reports only the largest one.
    const timer = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, treeRss(child.pid ?? 0));
    }, 250);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      writeFileSync(log, output);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command.join(' ')} exited with ${code}; see ${log}`));
        return;
      }
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const user = /User time \(seconds\): ([\d.]+)/.exec(output);
      const system = /System time \(seconds\): ([\d.]+)/.exec(output);
      const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
      resolve({ seconds, cpuSeconds, peakRssBytes: Math.max(kb ? Number(kb[1]) * 1024 : 0, sampledPeak), output });
    });
  });
}

/** The first product record of a content tree, in file-name order. */
function firstProductFile(content: string): string {
  const files = readdirSync(join(content, 'products'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (!files[0]) throw new Error(`${content}/products has no records`);
  return files[0];
}

function treeRss(pid: number): number {
  if (!pid) return 0;
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const child of children) total += treeRss(Number(child));
  } catch {
    // the process ended between two samples
  }
  return total;
}

function walk(dir: string, visit: (path: string, size: number) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, statSync(path).size);
  }
}

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

/**
 * The script files one built page loads and their gzip bytes (as a host sends them), plus its inline script bytes.
 * Islands load through astro-island attributes (component-url, renderer-url), and each module its own imports:
 * the whole static import graph is counted, each file once.
 */
function scriptsOf(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ].filter((src) => src.startsWith('/'));
  const files = new Set<string>();
  const visit = (src: string) => {
    if (files.has(src) || !existsSync(join(dist, src))) return;
    files.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(new URL(m[1] ?? '', `https://x${src}`).pathname);
    }
  };
  for (const entry of entries) visit(entry);
  const bytes = [...files].reduce((sum, src) => sum + gzipBytes(readFileSync(join(dist, src))), 0);
  const inlineBytes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/ld\+json"/.test(m[0]))
    .reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0);
  return { files: files.size, bytes, inlineBytes };
}

function productPageWeight(dist: string, page: string): number {
  const html = readFileSync(join(dist, page));
  const css = [...html.toString().matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  return gzipBytes(html) + css.reduce((sum, href) => sum + gzipBytes(readFileSync(join(dist, href))), 0);
}

/** Lighthouse's mobile profile, as Chromium's DevTools set it: 4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms. */
const PHONE = {
  cpu: 4,
  latencyMs: 150,
  downBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  upBytesPerSecond: (750 * 1024) / 8,
};

/**
 * Two queries of four words per language, as a visitor types them (without marks): names of products in
 * the built catalogue, the first and the middle one with four words, so every size asks for a real product.
 */
function benchQueries(dist: string): Record<'vi' | 'en', [string, string]> {
  const { products } = JSON.parse(readFileSync(join(dist, 'data', 'products.json'), 'utf8')) as {
    products: { name: { vi: string; en: string | null } }[];
  };
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
  const pick = (names: string[]): [string, string] => {
    const four = names.filter((n) => n.trim().split(/\s+/).length === 4);
    const list = four.length > 0 ? four : names;
    return [list[0] ?? 'gao', list[Math.floor(list.length / 2)] ?? 'nuoc mam'];
  };
  return {
    vi: pick(products.map((p) => fold(p.name.vi))),
    en: pick(products.flatMap((p) => (p.name.en ? [fold(p.name.en)] : []))),
  };
}

export interface SearchMeasure {
  /** Everything the search page loads outside /pagefind/ until it is loaded and idle (HTML, CSS, scripts, images, fonts). */
  pageBytes: number;
  /** The web fonts among pageBytes (the site's, shared by every page). */
  fontBytes: number;
  queries: [string, string];
  /** /pagefind/ bytes from the page's load until the first query's results are shown. */
  firstBytes: number;
  secondBytes: number;
  /** On the phone profile: from typing the first query to its results shown, the page loaded before. */
  firstAnswerMs: number | null;
}

/**
 * What a visitor downloads on the search page, as transferred (compressed) bytes, per language: the page itself, then
 * (after it has loaded) a first four-word query until its results are shown, then a second one. Then the same first
 * query timed on a throttled phone profile in a fresh browser (empty cache).
 */
async function searchBytes(dist: string, timed: boolean): Promise<Record<'vi' | 'en', SearchMeasure> | null> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) return null;
  const { serveStatic } = await import('./lib/staticServer.ts');
  const { launchBrowser, newPage } = await import('./lib/browser.ts');
  const { server, url } = await serveStatic(dist);
  const queries = benchQueries(dist);
  const settled = async (page: import('playwright-core').Page, query: string) =>
    page.waitForFunction(
      (q) =>
        document.querySelector('[data-search-count]')?.textContent?.includes(q) === true &&
        document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false',
      query,
      { timeout: 180_000, polling: 50 },
    );
  const out: Partial<Record<'vi' | 'en', SearchMeasure>> = {};
  try {
    for (const lang of ['vi', 'en'] as const) {
      const [first, second] = queries[lang];
      const browser = await launchBrowser();
      try {
        const { page } = await newPage(browser);
        let pageBytes = 0;
        let fontBytes = 0;
        let searchBytes = 0;
        const pending: Promise<void>[] = [];
        page.on('requestfinished', (request) => {
          const path = new URL(request.url()).pathname;
          const isSearch = path.startsWith('/pagefind/');
          pending.push(
            request.sizes().then(
              (sizes) => {
                // Chromium reports no body size for the worker's own script: count what the server sent for it.
                const file = join(dist, path);
                const body =
                  sizes.responseBodySize > 0 || !existsSync(file) || statSync(file).isDirectory()
                    ? sizes.responseBodySize
                    : /\.(js|json)$/.test(path)
                      ? gzipBytes(readFileSync(file))
                      : statSync(file).size;
                if (isSearch) searchBytes += body + sizes.responseHeadersSize;
                else pageBytes += body + sizes.responseHeadersSize;
                if (/\.woff2?$/.test(path)) fontBytes += body + sizes.responseHeadersSize;
              },
              () => undefined,
            ),
          );
        });
        const quiet = async () => {
          await page.waitForTimeout(500);
          await Promise.all(pending);
        };
        await page.goto(`${url}${lang === 'en' ? '/en' : ''}/search/`, { waitUntil: 'networkidle' });
        await quiet();
        const loaded = searchBytes;
        await page.fill('#search-page-q', first);
        await settled(page, first);
        await quiet();
        const firstBytes = searchBytes - loaded;
        await page.fill('#search-page-q', second);
        await settled(page, second);
        await quiet();
        out[lang] = {
          pageBytes,
          fontBytes,
          queries: [first, second],
          firstBytes: firstBytes + loaded,
          secondBytes: searchBytes - firstBytes - loaded,
          firstAnswerMs: null,
        };
      } finally {
        await browser.close();
      }
      if (!timed) continue;
      const phone = await launchBrowser();
      try {
        const { page } = await newPage(phone);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: PHONE.latencyMs,
          downloadThroughput: PHONE.downBytesPerSecond,
          uploadThroughput: PHONE.upBytesPerSecond,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
        await page.goto(`${url}${lang === 'en' ? '/en' : ''}/search/`, { waitUntil: 'networkidle', timeout: 180_000 });
        const started = performance.now();
        await page.fill('#search-page-q', first);
        await settled(page, first);
        (out[lang] as SearchMeasure).firstAnswerMs = performance.now() - started;
      } finally {
        await phone.close();
      }
    }
    return out as Record<'vi' | 'en', SearchMeasure>;
  } finally {
    server.close();
  }
}

async function benchSize(products: number): Promise<BenchResult> {
  const content = `.fixtures/bench-${products}`;
  const dist = join(OUT, `dist-${products}`);
  const minimalDist = join(OUT, `minimal-${products}`);
  const logs = join(OUT, `logs-${products}`);
  mkdirSync(logs, { recursive: true });

  let generateSeconds = 0;
  const metaPath = join(content, '.synthetic.json');
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined;
  if (meta?.products !== products || meta?.seed !== seed || meta?.today !== today) {
    const started = performance.now();
    await generateFixtures({ products, seed, today, out: content });
    generateSeconds = (performance.now() - started) / 1000;
  }
  const producers = JSON.parse(readFileSync(metaPath, 'utf8')).counts.producers as number;
  // Removing an earlier output is not part of a build (a fresh clone has none), so it happens before the clock starts.
  rmSync(dist, { recursive: true, force: true });
  rmSync(minimalDist, { recursive: true, force: true });

  const env = { OCOP_CONTENT_DIR: content, OCOP_TODAY: today, OCOP_BENCH: '1', OCOP_DIST: dist };
  const loadAverageBefore = loadavg()[0] ?? 0;
  // npm run build as a fresh clone runs it (scripts/build.ts: validation, render processes, index, checks,
  // compressed copies), timed as one; its own --timings file gives each step.
  console.log(`\n── ${products} products: npm run build (scripts/build.ts)`);
  const timingsFile = join(logs, 'timings.json');
  const build = await run([NODE, 'scripts/build.ts', '--timings', timingsFile], env, join(logs, 'build.log'));
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as {
    processes: number;
    timings: Record<string, number>;
  };
  const steps = timings.timings;
  const pages = Number(/build: (\d+) pages, /.exec(build.output)?.[1] ?? 0);
  const catalogueLoads = build.output.match(/ocop-bench: catalogue loaded/g)?.length ?? 0;

  let distBytes = 0;
  let distFiles = 0;
  walk(dist, (_, size) => {
    distBytes += size;
    distFiles += 1;
  });

  const productIds = readdirSync(join(dist, 'products')).filter(
    (name) => !['page', 'sort'].includes(name) && existsSync(join(dist, 'products', name, 'index.html')),
  );
  const sample = productIds.filter((_, i) => i % Math.max(1, Math.floor(productIds.length / 200)) === 0);
  const productPage = (id: string) => join('products', id, 'index.html');
  const productPageGzipMedian = median(sample.map((id) => productPageWeight(dist, productPage(id))));
  const productPageScriptFiles = Math.max(...sample.map((id) => scriptsOf(dist, productPage(id)).files));
  const firstDir = (section: string) => readdirSync(join(dist, section)).find((n) => !['page', 'sort'].includes(n));
  const pageTypes: Record<string, string | undefined> = {
    home: 'index.html',
    listing: 'products/index.html',
    product: sample[0] === undefined ? undefined : productPage(sample[0]),
    trace: `t/${firstDir('t')}/index.html`,
    producer: `producers/${firstDir('producers')}/index.html`,
    province: `provinces/${firstDir('provinces')}/index.html`,
    event: `events/${firstDir('events')}/index.html`,
    search: 'search/index.html',
  };
  const scriptBytes = Object.fromEntries(
    Object.entries(pageTypes).flatMap(([type, page]) =>
      page !== undefined && existsSync(join(dist, page)) ? [[type, scriptsOf(dist, page)]] : [],
    ),
  );

  const search = withSearch ? await searchBytes(dist, !argv.includes('--no-timing')) : null;

  // One product record corrected, as an office would: its summary reworded. Then npm run build -- --changed, and the
  // record put back (the fixture tree is reused by the next run).
  // First the full build's gigabytes reach the disk and the machine settles, as they would have long before an office
  // corrects a record: measured right after the full build and the browser, the 20,000 rebuild took 2 min 6 s and
  // 3 min 20 s of CPU, against 1 min 18 s – 1 min 27 s and about 2 min 10 s on a settled machine.
  spawnSync('sync');
  await new Promise((settled) => setTimeout(settled, 20_000));
  const corrected = firstProductFile(content);
  const original = readFileSync(corrected, 'utf8');
  writeFileSync(corrected, original.replace(/^( {2}vi: )(.*)$/m, '$1$2 (đã sửa)'));
  console.log(`── ${products} products: one record corrected, npm run build -- --changed`);
  const rebuild = await run([NODE, 'scripts/build.ts', '--changed'], env, join(logs, 'rebuild.log')).finally(() =>
    writeFileSync(corrected, original),
  );
  const rebuildWritten = Number(/build: (\d+) of \d+ pages and files written again/.exec(rebuild.output)?.[1] ?? NaN);

  let minimal: Run | undefined;
  if (withMinimal) {
    console.log(`── ${products} products: minimal template build`);
    minimal = await run(
      [
        NODE,
        'node_modules/astro/bin/astro.mjs',
        'build',
        '--config',
        'bench/minimal/astro.config.mjs',
        '--outDir',
        minimalDist,
      ],
      env,
      join(logs, 'minimal.log'),
    );
  }

  return {
    products,
    producers,
    date: new Date().toISOString().slice(0, 10),
    generateSeconds,
    validateSeconds: steps['validate'] ?? 0,
    buildSeconds: build.seconds,
    buildCpuSeconds: build.cpuSeconds,
    loadAverage: loadavg()[0] ?? 0,
    loadAverageBefore,
    checkSeconds: steps['build check'] ?? 0,
    linkCheckSeconds: steps['link check'] ?? null,
    pagefindSeconds: steps['pagefind'] ?? null,
    pages,
    peakRssBytes: build.peakRssBytes,
    buildProcesses: timings.processes,
    stepSeconds: steps,
    rebuildSeconds: rebuild.seconds,
    rebuildCpuSeconds: rebuild.cpuSeconds,
    rebuildWritten: Number.isFinite(rebuildWritten) ? rebuildWritten : null,
    rebuildPeakRssBytes: rebuild.peakRssBytes,
    distBytes,
    distFiles,
    catalogueLoads,
    productPageGzipMedian,
    productPageScriptFiles,
    scriptBytes,
    searchFirstBytes: search ? Math.max(search.vi.firstBytes, search.en.firstBytes) : null,
    searchSecondBytes: search ? Math.max(search.vi.secondBytes, search.en.secondBytes) : null,
    search,
    minimalBuildSeconds: minimal ? minimal.seconds : null,
    minimalBuildCpuSeconds: minimal ? minimal.cpuSeconds : null,
    minimalPages: minimal ? Number(/(\d+) page\(s\) built/.exec(minimal.output)?.[1] ?? 0) : null,
  };
}

mkdirSync(OUT, { recursive: true });
// --search-only <dist> measures the search page of a build already made, prints it and stops.
if (argv.includes('--search-only')) {
  const measured = await searchBytes(flag('search-only', 'dist'), !argv.includes('--no-timing'));
  console.log(JSON.stringify(measured, null, 2));
  process.exit(0);
}
// --report rewrites the table from the results already in bench/out without building anything.
for (const size of argv.includes('--report') ? [] : sizes) {
  const result = await benchSize(size);
  writeFileSync(join(OUT, `result-${size}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

// The table holds the latest result of every size measured so far, so sizes can be run one at a time.
const results: BenchResult[] = readdirSync(OUT)
  .filter((name) => /^result-\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(OUT, name), 'utf8')) as BenchResult);
const table = resultsTable(results);
console.log(`\n${table}\n`);
const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '';
const notes = /<!-- notes -->[\s\S]*$/.exec(previous)?.[0] ?? '<!-- notes -->\n';
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nWritten by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}: synthetic national catalogue (seed ${seed}, certificate states as of ${today}), ${GNU_TIME ? 'peak RSS from GNU time' : 'peak RSS sampled from /proc'}, every command at the priority \`npm run build\` has when a person runs it, on a 2-core machine where nothing else should run beside it: wall times still depend on how busy it was (see the load average row; CPU time is steadier). Each size is one run, so there is no median to take across runs; the product page weight is the median over up to 200 product pages. Budgets: ${BUDGETS.map((b) => b.label).join('; ')}.\n\n${table}\n\n${notes}`,
);
console.log('Wrote bench/RESULTS.md');

/**
 * Run by npm run build last: writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the built site
 * that is not a page (scripts, styles, data, feeds, calendars, images in SVG) and not under 4 KiB, which nginx
 * (brotli_static, gzip_static) sends to browsers that accept them. A copy that would not be smaller than the file is
 * not written. Pages and the small files (a calendar or QR stamp per record: PRECOMPRESS_MIN_BYTES) the server
 * compresses as it sends them; a copy left from an earlier build beside a file now under 4 KiB is removed.
 * Pagefind's .pf_* and .pagefind files are gzip data already (its script unpacks them) and are left alone. Pages are
 * compressed by the server as it sends them (see COMPRESSIBLE in scripts/lib/host/hostRules.ts).
 *
 * Brotli at quality 11 for scripts, styles and SVG images (few files, each downloaded by many pages); data, feeds and
 * calendars at 10, and at 9 over 1 MiB (the open-data exports, the sitemaps: 120 MB at 20,000 products): quality 11
 * spent 28.7 s of CPU on the 20 MB products.json for 1.05 MB, quality 9 0.6 s for 1.26 MB (20% more bytes, on files
 * a person downloads once, at 48 times less time). See brotliQuality in scripts/lib/host/hostRules.ts. gzip level 9.
 * One worker thread per core.
 *
 * A copy newer than its file is kept: a second run (a rebuild after a change, or scripts/build.ts compressing the
 * search index after the pages) only compresses what was written since.
 *
 * --files <file>: only the files listed in it (paths in dist/, one a line; those gone are passed over), not every
 * file of the site: a rebuild (scripts/build.ts) lists the files it wrote again, and walking the 247,000 files of the
 * 20,000-product site to find them took 8 s.
 *
 *   node scripts/compress.ts [dist] [--only <folder>] [--except <folder>] [--files <file>]
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { distDir } from '../src/config.ts';
import { brotliQuality, COMPRESSIBLE, extensionOf, PRECOMPRESS_MIN_BYTES } from './lib/host/hostRules.ts';
import { isFileIn, listedFiles, listFiles } from './lib/host/siteHost.ts';

interface Job {
  dist: string;
  files: string[];
}
interface Totals {
  files: number;
  raw: number;
  br: number;
  gz: number;
  written: number;
}

function compress(job: Job): Totals {
  const totals: Totals = { files: 0, raw: 0, br: 0, gz: 0, written: 0 };
  for (const file of job.files) {
    const path = join(job.dist, file);
    if (upToDate(path)) continue;
    const data = readFileSync(path);
    const quality = brotliQuality(file, data.length);
    const { br, gz } = cached(data, quality, () => compressed(data, quality));
    totals.files++;
    totals.raw += data.length;
    totals.br += Math.min(br.length, data.length);
    totals.gz += Math.min(gz.length, data.length);
    for (const [suffix, copy] of [
      ['.br', br],
      ['.gz', gz],
    ] as const)
      if (copy.length < data.length) {
        writeFileSync(path + suffix, copy);
        totals.written++;
      }
  }
  return totals;
}

function compressed(data: Buffer, quality: number): { br: Buffer; gz: Buffer } {
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  return { br, gz: gzipSync(data, { level: 9 }) };
}

/**
 * Scripts, styles and data at quality 11 cost a second a megabyte, and most are the same from one build to the next
 * (the web editor's 5 MB bundle): their copies are kept in node_modules/.cache/ocop-compress/ under the hash of
 * their content and quality.
 */
const CACHE = 'node_modules/.cache/ocop-compress';
/**
 * A copy no build has used for a week is removed at the end of a run: each rebuild after a correction adds the copies
 * of the exports that changed (about 3 MB at 20,000 products), and nothing else would ever remove them. The folder
 * is looked through at most once a day (PRUNED marks when): it holds a copy of every file of every catalogue built
 * (135,000 files here), and reading their dates took a second of each run, twice a rebuild.
 */
const CACHE_KEPT_MS = 7 * 24 * 3600 * 1000;
const PRUNED = join(CACHE, '.pruned');
const PRUNE_EVERY_MS = 24 * 3600 * 1000;
function cached(data: Buffer, quality: number, make: () => { br: Buffer; gz: Buffer }): { br: Buffer; gz: Buffer } {
  const key = join(CACHE, `${createHash('sha256').update(data).digest('hex')}-${quality}`);
  if (existsSync(`${key}.br`) && existsSync(`${key}.gz`)) {
    const now = new Date();
    for (const suffix of ['.br', '.gz']) utimesSync(`${key}${suffix}`, now, now);
    return { br: readFileSync(`${key}.br`), gz: readFileSync(`${key}.gz`) };
  }
  const made = make();
  mkdirSync(CACHE, { recursive: true });
  // Written under a temporary name and renamed: two threads never read a half-written copy.
  for (const [suffix, bytes] of [
    ['.br', made.br],
    ['.gz', made.gz],
  ] as const) {
    writeFileSync(`${key}${suffix}.${threadId}`, bytes);
    renameSync(`${key}${suffix}.${threadId}`, `${key}${suffix}`);
  }
  return made;
}

/** Both copies exist and are newer than the file (a copy that would not be smaller was never written). */
function upToDate(path: string): boolean {
  const written = statSync(path).mtimeMs;
  return ['.br', '.gz'].every((suffix) => existsSync(path + suffix) && statSync(path + suffix).mtimeMs >= written);
}

if (!isMainThread) {
  parentPort?.postMessage(compress(workerData as Job));
} else {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const dist = args[0] !== undefined && !args[0].startsWith('--') ? args[0] : distDir();
  const only = option('only');
  const except = option('except');
  const started = performance.now();
  const listed = option('files');
  const all = listed
    ? listedFiles(listed).filter((file) => isFileIn(dist, file))
    : only !== undefined
      ? // One folder: the rest of the site is not walked.
        (existsSync(join(dist, only)) ? listFiles(join(dist, only)) : []).map((file) => `${only}/${file}`)
      : listFiles(dist);
  const present = listed ? { has: (file: string) => existsSync(join(dist, file)) } : new Set(all);
  const sized: { file: string; bytes: number }[] = [];
  for (const file of all) {
    if (
      !COMPRESSIBLE.includes(extensionOf(file)) ||
      (only !== undefined && !file.startsWith(`${only}/`)) ||
      (except !== undefined && file.startsWith(`${except}/`))
    )
      continue;
    const bytes = statSync(join(dist, file)).size;
    if (bytes >= PRECOMPRESS_MIN_BYTES) {
      sized.push({ file, bytes });
      continue;
    }
    // The server compresses it: a copy from a build where it was larger would be sent instead of the file.
    for (const suffix of ['.br', '.gz'])
      if (present.has(file + suffix)) rmSync(join(dist, file + suffix), { force: true });
  }
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(sized.length / 200)));
  // Largest first, each to the thread with the fewest bytes so far: a 25 MB page or export dealt out by index
  // could leave one thread working long after the other.
  const shares: string[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  for (const { file, bytes } of sized.sort((a, b) => b.bytes - a.bytes)) {
    const least = load.indexOf(Math.min(...load));
    shares[least]?.push(file);
    load[least] = (load[least] ?? 0) + bytes;
  }
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      (_, index) =>
        new Promise<Totals>((resolve, reject) => {
          const job: Job = { dist, files: shares[index] ?? [] };
          const worker = new Worker(new URL(import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const sum = parts.reduce((a, b) => ({
    files: a.files + b.files,
    raw: a.raw + b.raw,
    br: a.br + b.br,
    gz: a.gz + b.gz,
    written: a.written + b.written,
  }));
  if (existsSync(CACHE) && (!existsSync(PRUNED) || statSync(PRUNED).mtimeMs < Date.now() - PRUNE_EVERY_MS)) {
    const unusedSince = Date.now() - CACHE_KEPT_MS;
    for (const name of readdirSync(CACHE))
      if (name !== '.pruned' && statSync(join(CACHE, name)).mtimeMs < unusedSince)
        rmSync(join(CACHE, name), { force: true });
    writeFileSync(PRUNED, '');
  }
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `compress: ${sum.files} text files, ${mb(sum.raw)} → ${mb(sum.br)} Brotli, ${mb(sum.gz)} gzip; ${sum.written} copies written with ${threads} thread${threads === 1 ? '' : 's'} (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
}

/**
 * Run by npm run build last: writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the built site,
 * which nginx (brotli_static, gzip_static) sends to browsers that accept them, so nothing is compressed per request.
 * A copy that would not be smaller than the file is not written. Pagefind's .pf_* and .pagefind files are gzip data
 * already (its script unpacks them) and are left alone.
 *
 * Brotli at quality 11 for scripts, styles, data and feeds (few files, each downloaded by many pages); pages at
 * quality 10 (OCOP_BROTLI_HTML_QUALITY), measured on the sample's 1,003 pages: 10 is 8% smaller than 5 at a fifth
 * of the time of 11, which is 2% smaller again (and 9 is both slower than 10 and no smaller than 8). gzip level 9.
 * One worker thread per core.
 *
 *   node scripts/compress.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { brotliHtmlQuality, distDir } from '../src/config.ts';
import { COMPRESSIBLE, extensionOf } from './lib/host/hostRules.ts';
import { listFiles } from './lib/host/siteHost.ts';

interface Job {
  dist: string;
  files: string[];
  htmlQuality: number;
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
    const data = readFileSync(path);
    const quality = file.endsWith('.html') ? job.htmlQuality : constants.BROTLI_MAX_QUALITY;
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = gzipSync(data, { level: 9 });
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

if (!isMainThread) {
  parentPort?.postMessage(compress(workerData as Job));
} else {
  const dist = process.argv[2] ?? distDir();
  const started = performance.now();
  const htmlQuality = brotliHtmlQuality();
  const files = listFiles(dist).filter((file) => COMPRESSIBLE.includes(extensionOf(file)));
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      (_, index) =>
        new Promise<Totals>((resolve, reject) => {
          const job: Job = { dist, files: files.filter((_, i) => i % threads === index), htmlQuality };
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
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `compress: ${sum.files} text files, ${mb(sum.raw)} → ${mb(sum.br)} Brotli, ${mb(sum.gz)} gzip; ${sum.written} copies written with ${threads} thread${threads === 1 ? '' : 's'} (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
}

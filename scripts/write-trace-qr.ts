/**
 * node scripts/write-trace-qr.ts <outDir> <site>
 *
 * Writes the QR images of every trace code (/t/<code>/qr.svg and qr.png) into a built site, for the records under
 * OCOP_CONTENT_DIR (default content/). The traceQr integration runs it beside `astro build`, in its own process, so
 * the 2 × N images are drawn on the second core while Astro renders pages on the first.
 */
import { buildShard, previousPagesFile } from '../src/config.ts';
import { isInShard } from '../src/lib/site/pageShards.ts';
import { contentRoot } from '../src/lib/records/contentLayout.ts';
import { traceCodesOf, writeTraceQrFiles } from '../src/lib/trace/traceQrFiles.ts';

const [outDir, site] = process.argv.slice(2);
if (!outDir || !site) {
  console.error('usage: node scripts/write-trace-qr.ts <outDir> <site>');
  process.exit(2);
}
const started = performance.now();
// A build split over processes (scripts/build.ts) draws each process's share. A rebuild after a change draws none:
// scripts/build.ts draws the codes that are new.
const shard = buildShard();
const codes = previousPagesFile()
  ? []
  : traceCodesOf(contentRoot()).filter((_, position) => !shard || isInShard(position, shard.index, shard.count));
const written = await writeTraceQrFiles(outDir, codes, site);
console.log(`${written} QR images in ${((performance.now() - started) / 1000).toFixed(1)} s`);

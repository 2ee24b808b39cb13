/**
 * One render process of scripts/build.ts: `astro build --outDir <dir>` without the content sync at its start.
 *
 *   node scripts/render.ts <outDir>
 *
 * scripts/build.ts syncs the content once and gives each render process a copy of the store; the sync that
 * `astro build` begins with would only read every record again to find nothing changed (17 s a process at 20,000
 * products). Astro's JavaScript API takes `sync: false` (AstroBuilder's option, which `build()` passes on; it is
 * not in the option type, hence the variable with devOutput, its default, beside it). tests/e2e/build.e2e.ts shows that a build rendered this way gives the
 * same files as a plain `astro build`.
 */
import { build } from 'astro';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/render.ts <outDir>');
  process.exit(2);
}
const options = { devOutput: false, sync: false };
await build({ outDir }, options);

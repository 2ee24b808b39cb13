/**
 * npm run fixtures -- [--products 20000] [--seed 2025] [--today YYYY-MM-DD] [--out .fixtures/national]
 *
 * Writes a synthetic national catalogue (scripts/lib/syntheticCatalog.ts) in the real record format, plus a small pool
 * of product photos drawn with sharp. Build it with OCOP_CONTENT_DIR=<out> OCOP_TODAY=<today> npm run build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { today as clockToday } from '../src/lib/core/clock.ts';
import { seededRandom } from './lib/seededRandom.ts';
import { generateSyntheticCatalog, IMAGE_POOL_SIZE, imagePoolPath, readProvinceSeeds } from './lib/syntheticCatalog.ts';

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

export async function generateFixtures(options: { products: number; seed: number; today: string; out: string }) {
  const provinces = readProvinceSeeds(join('content', 'provinces'));
  const catalog = generateSyntheticCatalog({ ...options, provinces });

  rmSync(options.out, { recursive: true, force: true });
  const dirs = new Set(catalog.files.map((file) => dirname(join(options.out, file.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const file of catalog.files) writeFileSync(join(options.out, file.path), file.text);

  // A pool of distinct photos: a coloured ground, a jar and a label band, so encoders work on real-looking pixels.
  const rng = seededRandom(options.seed);
  mkdirSync(join(options.out, dirname(imagePoolPath(0))), { recursive: true });
  for (let i = 0; i < IMAGE_POOL_SIZE; i += 1) {
    const hue = Math.round((i * 360) / IMAGE_POOL_SIZE);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="hsl(${hue},55%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},45%,35%)"/>
      </linearGradient></defs>
      <rect width="1200" height="900" fill="url(#g)"/>
      <ellipse cx="600" cy="780" rx="${rng.int(260, 380)}" ry="60" fill="rgba(0,0,0,0.25)"/>
      <rect x="${rng.int(380, 460)}" y="${rng.int(180, 260)}" width="${rng.int(280, 400)}" height="560" rx="60" fill="hsl(${(hue + 180) % 360},40%,85%)"/>
      <rect x="380" y="420" width="440" height="140" fill="hsl(${(hue + 200) % 360},60%,40%)"/>
      <circle cx="${rng.int(150, 1050)}" cy="${rng.int(100, 300)}" r="${rng.int(40, 120)}" fill="rgba(255,255,255,0.35)"/>
    </svg>`;
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
    writeFileSync(join(options.out, imagePoolPath(i)), jpeg);
  }
  // Dot files are ignored by the validator and the site; this one tells the benchmark what it is building.
  writeFileSync(
    join(options.out, '.synthetic.json'),
    `${JSON.stringify({ ...options, counts: catalog.counts, scenarios: catalog.scenarios }, null, 2)}\n`,
  );
  return catalog;
}

if (import.meta.main) {
  const options = {
    products: Number(flag('products', '20000')),
    seed: Number(flag('seed', '2025')),
    today: flag('today', clockToday()),
    out: flag('out', '.fixtures/national'),
  };
  const started = performance.now();
  const catalog = await generateFixtures(options);
  const { counts } = catalog;
  console.log(
    `${options.out}: ${counts.products} products, ${counts.producers} producers, ${counts.outlets} outlets, ${counts.events} events, ${counts.provinces} provinces in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`certificate situations: ${JSON.stringify(catalog.scenarios)}`);
  console.log(`build it with: OCOP_CONTENT_DIR=${options.out} OCOP_TODAY=${options.today} npm run build`);
}

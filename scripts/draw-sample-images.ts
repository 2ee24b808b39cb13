/**
 * node scripts/draw-sample-images.ts — draws the cover picture of every sample product.
 *
 * For each content/products/<province>/<id>.md it reads the front matter and writes an 800×600 JPEG to the path of
 * the record's first image: a flat drawing of the product (scripts/lib/sampleArtwork.ts: a motif from words of its
 * name or its subgroup, a palette from its group and trace code), no text but a "sample illustration" tag.
 * No network, no randomness: the same record always gives the same picture.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { contentRoot } from '../src/lib/records/contentLayout.ts';
import { parseRecord } from '../src/lib/records/parseRecord.ts';
import { OCOP_GROUPS, type GroupId, type SubgroupId } from '../src/schemas/groups.ts';
import { hash, svgFor, type Artwork } from './lib/sampleArtwork.ts';

function productFiles(root: string): string[] {
  const base = join(root, 'products');
  const files: string[] = [];
  for (const province of readdirSync(base).sort()) {
    const dir = join(base, province);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.md')) files.push(join(dir, name));
  }
  return files;
}

function isGroup(value: unknown): value is GroupId {
  return typeof value === 'string' && value in OCOP_GROUPS;
}

const root = contentRoot();
let written = 0;
let skipped = 0;
for (const file of productFiles(root)) {
  const parsed = parseRecord(file, readFileSync(file, 'utf8'));
  if ('problems' in parsed) {
    for (const problem of parsed.problems) console.error(`${problem.file}: ${problem.message}`);
    skipped += 1;
    continue;
  }
  const data = parsed.record.data;
  const images = data['images'];
  const first = Array.isArray(images) ? (images[0] as { src?: unknown } | undefined) : undefined;
  const group = data['group'];
  if (typeof first?.src !== 'string' || !isGroup(group) || typeof data['name'] !== 'string') {
    console.error(`${file}: needs name, group and images[0].src to draw a picture; skipped`);
    skipped += 1;
    continue;
  }
  const subgroup = String(data['subgroup']) as SubgroupId;
  const seedText = typeof data['traceCode'] === 'string' ? data['traceCode'] : data['name'];
  const art: Artwork = {
    name: data['name'],
    nameEn: typeof data['nameEn'] === 'string' ? data['nameEn'] : undefined,
    group,
    subgroup:
      subgroup in OCOP_GROUPS[group].subgroups
        ? subgroup
        : (Object.keys(OCOP_GROUPS[group].subgroups)[0] as SubgroupId),
    seed: hash(seedText),
  };
  const target = resolve(dirname(file), first.src);
  mkdirSync(dirname(target), { recursive: true });
  await sharp(Buffer.from(svgFor(art)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  written += 1;
}
console.log(
  `${written} sample illustration${written === 1 ? '' : 's'} written${skipped ? `, ${skipped} skipped` : ''}.`,
);

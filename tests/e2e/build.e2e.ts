/**
 * The build on every core and the rebuild after a change give the very site a plain full build gives
 * (scripts/build.ts). Builds a 1,000-product synthetic catalogue three to four times: a few minutes.
 * Not a browser test, but as slow as one, so it runs with them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../scripts/generate-fixtures.ts';
import { compareDist } from '../../scripts/lib/compareDist.ts';
import { imagePoolPath } from '../../scripts/lib/syntheticCatalog.ts';

const work = mkdtempSync(join(tmpdir(), 'ocop-build-'));
const content = join(work, 'content');
const DAY = '2026-06-01';

function build(dist: string, args: string[] = [], today = DAY): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    env: {
      ...process.env,
      OCOP_CONTENT_DIR: content,
      OCOP_TODAY: today,
      OCOP_DIST: dist,
      // Astro's cache for this temporary catalogue goes with it.
      OCOP_ASTRO_CACHE_DIR: join(work, 'astro-cache'),
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`scripts/build.ts ${args.join(' ')} failed:\n${output.slice(-4000)}`);
  return output;
}

function differences(first: string, second: string): string[] {
  return compareDist(first, second).differences.map((d) => `${d.kind}: ${d.path}${d.detail ? `\n  ${d.detail}` : ''}`);
}

const recordFiles = (collection: string) =>
  readdirSync(join(content, collection), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
const productFiles = () => recordFiles('products');

/** Rewrites a record as an office would; a pattern that no longer matches the synthetic records fails the test. */
function edit(file: string, pattern: RegExp, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file} has nothing that matches ${pattern}`);
  writeFileSync(file, text.replace(pattern, replacement));
}

/** Every record file but the given one mentions the id (an event's or outlet's list of products, say). */
function referenced(id: string, except: string): boolean {
  const all = readdirSync(content, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && join(entry.parentPath, entry.name) !== except,
  );
  return all.some((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').includes(id));
}

beforeAll(async () => {
  await generateFixtures({ products: 1000, seed: 2025, today: DAY, out: content });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scripts/build.ts at 1,000 products', () => {
  const site = join(work, 'site');

  it('a build in two processes equals one in a single process', () => {
    build(site, ['--processes', '2']);
    const single = join(work, 'single');
    build(single, ['--processes', '1']);
    expect(differences(site, single)).toEqual([]);
    rmSync(single, { recursive: true, force: true });
  }, 900_000);

  it('after an edit, an added and a removed product, a revoked certificate, a renamed producer, province and outlet, a corrected fair and a photo replaced under its file name, a rebuild equals a full build', async () => {
    const files = productFiles().sort();
    const [edited, revoked, copied] = files;
    const removed = files.find(
      (file, i) => i > 2 && !referenced(file.split('/').pop()?.replace('.md', '') ?? '', file),
    );
    if (!edited || !revoked || !copied || !removed) throw new Error('the synthetic catalogue has too few products');
    edit(edited, /^name: (.*)$/m, 'name: $1 (đặc biệt)');
    edit(
      revoked,
      /^( {4}sample: true)$/m,
      `$1\n    revoked:\n      date: ${DAY}\n      decision: 99/QĐ-UBND\n      reason: không đánh giá lại`,
    );
    const copy = readFileSync(copied, 'utf8')
      .replace(/^name: (.*)$/m, 'name: $1 mới')
      .replace(/^traceCode: .*$/m, 'traceCode: NEWC2DE7');
    writeFileSync(copied.replace(/\.md$/, '-moi.md'), copy);
    unlinkSync(removed);
    // A producer renamed: its name is on the cards of its products, in listings and on other products' pages.
    const producer = recordFiles('producers')[0];
    if (!producer) throw new Error('the synthetic catalogue has no producers');
    edit(producer, /^name: (.*)$/m, 'name: $1 Mới');
    // A province's English name corrected: on every English card of its products, wherever they are listed.
    const province = recordFiles('provinces')[0];
    if (!province) throw new Error('the synthetic catalogue has no provinces');
    edit(province, /^(name:\n {2}vi: .*\n {2}en: )(.*)$/m, '$1$2 Region');
    // A fair's description corrected (its page and calendar files) and an outlet renamed (the guide of its province
    // and the province's open-data files list it).
    const event = recordFiles('events')[0];
    const outlet = recordFiles('outlets')[0];
    if (!event || !outlet) throw new Error('the synthetic catalogue has no events or outlets');
    edit(event, /(\n---\n\n.*)$/s, '$1\nThêm mười gian hàng của các tỉnh lân cận.\n');
    edit(outlet, /^( {2}vi: .*)$/m, '$1 (mới)');
    // A photo replaced under the same file name (the photo some products share): their pages show the new image, and
    // the files Astro made of the old one go from _astro/, as a full build would not write them.
    const photo = join(content, imagePoolPath(0));
    writeFileSync(photo, await sharp(photo).flop().jpeg({ quality: 80 }).toBuffer());

    const output = build(site, ['--changed']);
    expect(output).toMatch(/build: updated in/);
    const written = Number(/build: (\d+) of (\d+) pages and files written again/.exec(output)?.[1]);
    const total = Number(/build: (\d+) of (\d+) pages and files written again/.exec(output)?.[2]);
    // The national feeds, data files and indexes are always written; product, trace, producer and listing pages, a
    // province's own pages and files and the fairs' pages only when they show what changed.
    expect(written).toBeLessThan(total / 2);
    expect(output).toMatch(/, 1 new trace code\(s\)/);
    expect(output).toMatch(/build: \d+ image file\(s\) that no page shows any longer removed/);

    const full = join(work, 'full');
    build(full);
    expect(differences(site, full)).toEqual([]);
    rmSync(full, { recursive: true, force: true });
  }, 900_000);

  it('on a new day, a rebuild writes every page that shows a certificate state again', () => {
    const output = build(site, ['--changed'], '2026-06-02');
    const match = /build: (\d+) of (\d+) pages and files written again/.exec(output);
    expect(match?.[1]).toBe(match?.[2]);
  }, 900_000);
});

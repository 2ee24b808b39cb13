/**
 * The build on every core and the rebuild after a change give the very site a plain full build gives
 * (scripts/build.ts). Builds a 1,000-product synthetic catalogue three to four times: a few minutes.
 * Not a browser test, but as slow as one, so it runs with them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../scripts/generate-fixtures.ts';
import { compareDist } from '../../scripts/lib/compareDist.ts';

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

const productFiles = () =>
  readdirSync(join(content, 'products'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));

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

  it('after an edit, an added and a removed product and a revoked certificate, a rebuild equals a full build', () => {
    const files = productFiles().sort();
    const [edited, revoked, copied] = files;
    const removed = files.find(
      (file, i) => i > 2 && !referenced(file.split('/').pop()?.replace('.md', '') ?? '', file),
    );
    if (!edited || !revoked || !copied || !removed) throw new Error('the synthetic catalogue has too few products');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (đặc biệt)'));
    writeFileSync(
      revoked,
      readFileSync(revoked, 'utf8').replace(
        /^( {4}sample: true)$/m,
        `$1\n    revoked:\n      date: ${DAY}\n      decision: 99/QĐ-UBND\n      reason: không đánh giá lại`,
      ),
    );
    const copy = readFileSync(copied, 'utf8')
      .replace(/^name: (.*)$/m, 'name: $1 mới')
      .replace(/^traceCode: .*$/m, 'traceCode: NEWC2DE7');
    writeFileSync(copied.replace(/\.md$/, '-moi.md'), copy);
    unlinkSync(removed);

    const output = build(site, ['--changed']);
    expect(output).toMatch(/build: updated in/);
    const written = Number(/build: (\d+) of (\d+) pages and files written again/.exec(output)?.[1]);
    const total = Number(/build: (\d+) of (\d+) pages and files written again/.exec(output)?.[2]);
    // Listings, feeds and data files are always written; product, trace and producer pages only when touched.
    expect(written).toBeLessThan(total / 2);
    expect(output).toMatch(/, 1 new trace code\(s\)/);

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

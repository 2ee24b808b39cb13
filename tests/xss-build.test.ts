import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executableTraces } from './support/xssCorpus.ts';

/**
 * Defence in depth: the fixture tests/fixtures/xss carries the whole XSS corpus in a product's and an event's
 * Markdown body and a script tag in a name. The validator rejects it (so npm run build would stop); here the site is
 * built from it anyway, skipping validation, and no payload may reach the HTML in a form a browser would run.
 */
const outDir = mkdtempSync(join(tmpdir(), 'ocop-xss-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('XSS payloads in records', () => {
  it('are reported by the validator, naming file and field', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts', '--quiet'], {
      env: { ...process.env, OCOP_CONTENT_DIR: 'tests/fixtures/xss' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(
      lines.filter((line) => line.startsWith('tests/fixtures/xss/products/hue/ruou-o-lau.md: body: contains ')).length,
    ).toBeGreaterThanOrEqual(20);
    expect(lines).toContain(
      'tests/fixtures/xss/products/hue/ruou-o-lau.md: name («Tên sản phẩm»): is plain text and contains the HTML tag </script>; remove the tag (formatting belongs in the Markdown body)',
    );
    expect(
      lines.some((line) => line.startsWith('tests/fixtures/xss/events/festival-ocop-2026.md: body: contains <script>')),
    ).toBe(true);
  });

  it('never reach the built HTML in a form a browser would run', () => {
    const build = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', outDir], {
      env: { ...process.env, OCOP_CONTENT_DIR: 'tests/fixtures/xss', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((file) =>
      executableTraces(readFileSync(file, 'utf8')).map((trace) => `${file.slice(outDir.length)}: ${trace}`),
    );
    expect(found).toEqual([]);
    const product = readFileSync(join(outDir, 'products/ruou-o-lau/index.html'), 'utf8');
    expect(product).toContain('Rượu gạo truyền thống.');
    expect(product).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;xss-name&quot;)&lt;/script&gt;');
  }, 300_000);
});

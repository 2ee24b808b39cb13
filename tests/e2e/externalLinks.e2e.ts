import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../support/builtSite.ts';
import { unsafeExternalLinks } from '../../scripts/lib/externalLinks.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe('links to other sites', () => {
  it('carry rel="noopener noreferrer" on every built page', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? '').origin;
    const pages = htmlFiles(dist);
    const offending = pages.flatMap((file) =>
      unsafeExternalLinks(readFileSync(file, 'utf8'), origin).map((href) => `${file.slice(dist.length)}: ${href}`),
    );
    expect(offending).toEqual([]);
    // The sample has links to maps, shops and Zalo: the scan has something to look at.
    expect(pages.some((file) => /href="https:\/\/(?!ocop\.example\.vn)/.test(readFileSync(file, 'utf8')))).toBe(true);
  });
});

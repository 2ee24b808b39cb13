import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeInto, sameContent } from './mergeFolders.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'merge-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('mergeInto', () => {
  it('moves new files and folders in, keeps identical ones, and names the files that differ', () => {
    const into = tree({ 'index.html': 'home', '_astro/a.js': 'same', 'products/a/index.html': 'a' });
    const from = tree({
      '_astro/a.js': 'same',
      '_astro/b.css': 'new file in an existing folder',
      'products/b/index.html': 'b',
      't/x/qr.svg': 'new folder',
      'index.html': 'other home',
    });
    expect(mergeInto(from, into)).toEqual(['index.html']);
    expect(readFileSync(join(into, '_astro/b.css'), 'utf8')).toBe('new file in an existing folder');
    expect(readFileSync(join(into, 'products/b/index.html'), 'utf8')).toBe('b');
    expect(readFileSync(join(into, 't/x/qr.svg'), 'utf8')).toBe('new folder');
    expect(readFileSync(join(into, 'index.html'), 'utf8')).toBe('home');
    expect(existsSync(join(from, 'products/b/index.html'))).toBe(false);
  });

  it('in a rebuild, replaces what changed and leaves, with its time, a file that says the same as before', () => {
    const stamp = (time: string) => `{\n  "generated": "${time}",\n  "count": 1\n}`;
    const into = tree({
      'products/a/index.html': 'a',
      'products/b/index.html': 'b',
      'data/products.json': stamp('2026-06-01T08:00:00.000Z'),
      'data/products.csv': 'id\na',
    });
    const old = new Date('2026-01-01T00:00:00Z');
    for (const file of ['products/a/index.html', 'products/b/index.html', 'data/products.json', 'data/products.csv'])
      utimesSync(join(into, file), old, old);
    const from = tree({
      'products/a/index.html': 'a',
      'products/b/index.html': 'b, corrected',
      'data/products.json': stamp('2026-06-02T09:30:00.000Z'),
      'data/products.csv': 'id\nb',
      'products/c/index.html': 'new',
    });
    const unchanged = new Set<string>();
    expect(mergeInto(from, into, { replace: true, unchanged })).toEqual([]);
    expect([...unchanged].sort()).toEqual(['data/products.json', 'products/a/index.html']);
    expect(readFileSync(join(into, 'products/b/index.html'), 'utf8')).toBe('b, corrected');
    expect(readFileSync(join(into, 'data/products.csv'), 'utf8')).toBe('id\nb');
    expect(readFileSync(join(into, 'products/c/index.html'), 'utf8')).toBe('new');
    // The older file, time stamp and file time both, is the one kept.
    expect(readFileSync(join(into, 'data/products.json'), 'utf8')).toContain('2026-06-01T08:00:00.000Z');
    expect(statSync(join(into, 'products/a/index.html')).mtime).toEqual(old);
    expect(statSync(join(into, 'products/b/index.html')).mtime).not.toEqual(old);
    // Without the set, every file written again replaces the older one.
    const again = tree({ 'products/a/index.html': 'a' });
    const before = tree({ 'products/a/index.html': 'a' });
    utimesSync(join(before, 'products/a/index.html'), old, old);
    mergeInto(again, before, { replace: true });
    expect(statSync(join(before, 'products/a/index.html')).mtime).not.toEqual(old);
  });

  it('counts a JSON file as the same only when its build time stamp is all that differs', () => {
    const json = (time: string, count: number) => Buffer.from(`{\n  "generated": "${time}",\n  "count": ${count}\n}`);
    const a = '2026-06-01T08:00:00.000Z';
    const b = '2026-06-02T09:30:00.000Z';
    expect(sameContent('data/x.json', json(a, 1), json(b, 1))).toBe(true);
    expect(sameContent('data/x.json', json(a, 1), json(b, 2))).toBe(false);
    // The stamp is only ignored in JSON files.
    expect(sameContent('feeds/x.xml', json(a, 1), json(b, 1))).toBe(false);
    expect(sameContent('feeds/x.xml', json(a, 1), json(a, 1))).toBe(true);
  });
});

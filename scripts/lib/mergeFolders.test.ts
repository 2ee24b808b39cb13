import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeInto } from './mergeFolders.ts';

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
});

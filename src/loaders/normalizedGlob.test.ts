import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizedGlob } from './normalizedGlob.ts';

/** A Markdown entry type as glob() uses Astro's: front matter "name: …" as data, the rest as body. */
function markdownType(read: string[]) {
  return {
    extensions: ['.md'],
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      read.push(fileUrl.pathname.split('/').at(-1) ?? '');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(contents) ?? [];
      return { data: { name: front.replace(/^name: /, '') }, body, rawData: front };
    },
  };
}

/** The part of Astro's data store glob() uses, over a map (Astro's own is not exported). */
function memoryStore() {
  const entries = new Map<string, { id: string; digest?: string; filePath?: string; data: unknown }>();
  return {
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; digest?: string; filePath?: string; data: unknown }) => {
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    clear: () => entries.clear(),
    addAssetImports() {},
    addModuleImport() {},
  };
}

describe('normalizedGlob', () => {
  let root: string;
  let read: string[];
  let meta: Map<string, string>;
  let digested: string[];
  let context: LoaderContext;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ocop-glob-'));
    read = [];
    meta = new Map();
    digested = [];
    const quiet = { info() {}, warn() {}, error() {}, debug() {} };
    context = {
      collection: 'products',
      store: memoryStore(),
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
      logger: quiet,
      config: {
        root: pathToFileURL(`${root}/`),
        srcDir: pathToFileURL(`${root}/src/`),
        cacheDir: pathToFileURL(`${root}/cache/`),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      // Called for each file read (by glob() and by the loader's check before parsing): what was read.
      generateDigest: (text: string) => {
        digested.push(text);
        return createHash('sha256').update(text).digest('hex');
      },
      entryTypes: new Map([['.md', markdownType(read)]]),
    } as unknown as LoaderContext;
    writeFileSync(join(root, 'a.md'), '---\nname: Mè xửng\n---\nKẹo.\n');
    writeFileSync(join(root, 'b.md'), '---\nname: Trà\n---\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const load = () => normalizedGlob({ base: root, pattern: '*.md' }).load(context);

  it('parses every file the first time, and then only the files whose text changed', async () => {
    await load();
    expect(read.sort()).toEqual(['a.md', 'b.md']);
    const kept = context.store.get('a');
    expect(kept?.data).toEqual({ name: 'Mè xửng' });

    read.length = 0;
    writeFileSync(join(root, 'b.md'), '---\nname: Trà sen\n---\n');
    await load();
    expect(read).toEqual(['b.md']);
    expect(context.store.get('a')).toBe(kept);
    expect(context.store.get('b')?.data).toEqual({ name: 'Trà sen' });
  });

  it('drops the entry of a file that is gone, and parses a file that came back', async () => {
    await load();
    rmSync(join(root, 'b.md'));
    await load();
    expect(context.store.get('b')).toBeUndefined();
    writeFileSync(join(root, 'b.md'), '---\nname: Trà\n---\n');
    read.length = 0;
    await load();
    expect(read).toEqual(['b.md']);
    expect(context.store.get('b')?.data).toEqual({ name: 'Trà' });
  });

  it('reads no file that was not written since the last sync, then only those written, added or gone', async () => {
    await load();
    const stored = context.store.get('a');
    // Files written less than a second before a sync are looked at again at the next: wait until they are older.
    await new Promise((done) => setTimeout(done, 1100));
    await load();
    digested.length = 0;
    read.length = 0;
    await load();
    expect(digested).toEqual([]);
    expect(context.store.get('a')).toBe(stored);
    expect(context.store.get('b')?.data).toEqual({ name: 'Trà' });

    writeFileSync(join(root, 'b.md'), '---\nname: Trà sen\n---\n');
    writeFileSync(join(root, 'c.md'), '---\nname: Nước mắm\n---\n');
    rmSync(join(root, 'a.md'));
    await load();
    expect(read.sort()).toEqual(['b.md', 'c.md']);
    expect(context.store.get('a')).toBeUndefined();
    expect(context.store.get('b')?.data).toEqual({ name: 'Trà sen' });
    expect(context.store.get('c')?.data).toEqual({ name: 'Nước mắm' });
  });

  it('reads every file again when the store lost its entries, and in the dev server (which watches the files)', async () => {
    await load();
    await new Promise((done) => setTimeout(done, 1100));
    await load();
    context.store.clear();
    read.length = 0;
    await load();
    expect(read.sort()).toEqual(['a.md', 'b.md']);

    read.length = 0;
    digested.length = 0;
    const watcher = { add() {}, on() {} };
    await normalizedGlob({ base: root, pattern: '*.md' }).load({ ...context, watcher } as unknown as LoaderContext);
    expect(digested.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps one fixed value in its meta store (the touch that holds off the save), the same every sync', async () => {
    await load();
    await load();
    expect([...meta]).toEqual([['loader', 'ocop-normalized-glob']]);
  });
});

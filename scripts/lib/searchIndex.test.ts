import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ENTRY_FILE,
  mergeEntries,
  mergeSearchIndexes,
  type PagefindEntry,
  pagesGlob,
  SEARCH_INDEX_LANGUAGES,
  searchDocument,
} from './searchIndex.ts';

const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else found.set(path, readFileSync(join(dir, path)));
    }
  };
  walk('');
  return found;
}

const entry = (languages: PagefindEntry['languages']): PagefindEntry => ({
  version: '1.6.0',
  languages,
  include_characters: ['_'],
});

describe('mergeEntries', () => {
  it('lists the languages of every run by name, after the version, before the other settings', () => {
    const vi = { hash: 'vi_1', wasm: null, page_count: 2 };
    const en = { hash: 'en_1', wasm: 'en', page_count: 2 };
    const merged = mergeEntries([entry({ vi }), entry({ en })]);
    expect(JSON.stringify(merged)).toBe(
      JSON.stringify({ version: '1.6.0', languages: { en, vi }, include_characters: ['_'] }),
    );
  });

  it('refuses runs of other settings and a language indexed twice', () => {
    const vi = { hash: 'vi_1', wasm: null, page_count: 2 };
    expect(() => mergeEntries([entry({ vi }), { ...entry({}), version: '1.5.0' }])).toThrow(/differ/);
    expect(() => mergeEntries([entry({ vi }), entry({ vi })])).toThrow(/"vi" was indexed by two runs/);
    expect(() => mergeEntries([])).toThrow(/no Pagefind run/);
  });
});

describe('searchDocument', () => {
  it('keeps the data-pagefind-body element whole, nested elements of its name included, and the language', () => {
    const html =
      '<!DOCTYPE html><html lang="en" data-x><head><title>T</title><script type="application/ld+json">' +
      '{"d":"a data-pagefind-body b"}</script></head><body><p>data-pagefind-body in text</p>' +
      '<div hidden data-pagefind-body><p>A</p><div data-pagefind-ignore><span data-pagefind-filter="g:x"></span>' +
      '</div><DIV>B</DIV></div><div>after</div></body></html>';
    expect(searchDocument(html)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><div hidden data-pagefind-body>' +
        '<p>A</p><div data-pagefind-ignore><span data-pagefind-filter="g:x"></span></div><DIV>B</DIV></div>' +
        '</body></html>',
    );
  });

  it('keeps every such element, and says when there is none or one is not closed', () => {
    expect(
      searchDocument(
        '<html><body><main data-pagefind-body>a</main><p>x</p><section data-pagefind-body>b</section></body></html>',
      ),
    ).toBe(
      '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><main data-pagefind-body>a</main>' +
        '<section data-pagefind-body>b</section></body></html>',
    );
    expect(searchDocument('<html lang="vi"><body><div>no index</div></body></html>')).toBeUndefined();
    expect(() => searchDocument('<html><body><div data-pagefind-body><div>open')).toThrow(/not closed/);
  });
});

describe('the search index one language at a time', () => {
  it("covers pagefind.yml's glob", () => {
    const { glob } = parse(readFileSync('pagefind.yml', 'utf8')) as { glob: string };
    const folders = SEARCH_INDEX_LANGUAGES.map(({ folder }) => folder);
    expect(glob).toBe(`{${folders.join(',')}}/*/index.html`);
    expect(pagesGlob('en/products')).toBe('en/products/*/index.html');
  });

  // A small site: built product pages (tests/fixtures/pages/product.html) in both languages, and a page that is
  // not a product page.
  const site = join(work, 'site');
  const docs = join(work, 'docs');
  const page = readFileSync('tests/fixtures/pages/product.html', 'utf8');
  const writePage = (prefix: string, lang: string, name: string, title: string) => {
    mkdirSync(join(site, `${prefix}products`, name), { recursive: true });
    writeFileSync(
      join(site, `${prefix}products`, name, 'index.html'),
      page.replace('<html lang="vi"', `<html lang="${lang}"`).replaceAll('Bánh đa nem An Đức', title),
    );
  };
  const languages = [
    ['', 'vi'],
    ['en/', 'en'],
  ] as const;

  /** One Pagefind run over the pages, and the build's way (a run a language over the copies, merged): the same? */
  function compareWithOneRun(label: string, changed?: string[], kept: string[] = []) {
    const whole = join(work, `whole-${label}`);
    execFileSync(process.execPath, [PAGEFIND, '--site', site, '--output-path', whole], { stdio: 'pipe' });
    const changedFile = join(work, `changed-${label}.txt`);
    if (changed) writeFileSync(changedFile, changed.join('\n'));
    const runs = SEARCH_INDEX_LANGUAGES.map(({ lang }) => {
      const out = join(work, `run-${label}-${lang}`);
      const output = execFileSync(
        process.execPath,
        [
          'scripts/search-index.ts',
          site,
          '--lang',
          lang,
          '--docs',
          docs,
          '--out',
          out,
          '--keep',
          join(work, `keep-${lang}`),
          ...(changed ? ['--changed', changedFile] : []),
        ],
        { stdio: 'pipe', encoding: 'utf8' },
      );
      expect(output.includes('the index of the last build kept'), lang).toBe(kept.includes(lang));
      return out;
    });
    const merged = join(work, `merged-${label}`);
    expect(mergeSearchIndexes(runs, merged)).toEqual([]);
    const expected = files(whole);
    const actual = files(merged);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const entryOf = (map: Map<string, Buffer>) => JSON.parse(String(map.get(ENTRY_FILE))) as PagefindEntry;
    expect(Object.keys(entryOf(actual).languages)).toEqual(['en', 'vi']);
    expect(entryOf(actual)).toEqual(entryOf(expected));
    for (const [path, bytes] of expected)
      if (path !== ENTRY_FILE) expect(actual.get(path)?.equals(bytes), path).toBe(true);
    return entryOf(actual);
  }

  it('writes the same files as one Pagefind run over the pages of both languages', () => {
    for (const [index, name] of ['banh-da-nem-an-duc-2463', 'mat-ong-rung-1', 'tra-shan-tuyet-7'].entries())
      for (const [prefix, lang] of languages) writePage(prefix, lang, name, `Bánh đa nem ${lang} ${index}`);
    mkdirSync(join(site, 'about'), { recursive: true });
    writeFileSync(join(site, 'about', 'index.html'), page);
    const entry = compareWithOneRun('full');
    expect(entry.languages['vi']?.page_count).toBe(3);
  });

  it('after a rebuild that changed, added and removed pages, reads only those again and still writes the same', () => {
    for (const [prefix, lang] of languages) {
      writePage(prefix, lang, 'mat-ong-rung-1', `Mật ong rừng ${lang} sửa`);
      writePage(prefix, lang, 'ca-phe-moi-9', `Cà phê ${lang} mới`);
      rmSync(join(site, `${prefix}products`, 'tra-shan-tuyet-7'), { recursive: true });
    }
    const changed = languages.flatMap(([prefix]) =>
      ['mat-ong-rung-1', 'ca-phe-moi-9', 'tra-shan-tuyet-7'].map((name) => `${prefix}products/${name}/index.html`),
    );
    const entry = compareWithOneRun('changed', [...changed, 'about/index.html']);
    expect(entry.languages['en']?.page_count).toBe(3);
  });

  it('keeps the index of a language none of whose pages changed, and still writes the same', () => {
    writePage('', 'vi', 'mat-ong-rung-1', 'Mật ong rừng vi sửa lần hai');
    compareWithOneRun('one-language', ['products/mat-ong-rung-1/index.html'], ['en']);
  });

  it('names a file two runs wrote differently', () => {
    const a = join(work, 'a');
    const b = join(work, 'b');
    for (const [dir, lang, script] of [
      [a, 'vi', 'one'],
      [b, 'en', 'two'],
    ] as const) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, ENTRY_FILE),
        JSON.stringify(entry({ [lang]: { hash: lang, wasm: null, page_count: 1 } })),
      );
      writeFileSync(join(dir, 'pagefind.js'), script);
    }
    const target = join(work, 'conflict');
    expect(mergeSearchIndexes([a, b], target)).toEqual(['pagefind.js']);
  });
});

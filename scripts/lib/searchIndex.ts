/**
 * The search index, written one language at a time from small copies of the product pages.
 *
 * Pagefind keeps a separate index for each language (its pages, words, filters and WebAssembly), so a run over the
 * Vietnamese product pages and one over the English ones, side by side on two cores, write the same files as one run
 * over both, apart from pagefind-entry.json, which lists the languages: mergeSearchIndexes puts the two into one
 * folder and writes that list for both.
 *
 * Pagefind reads only what a page holds in its data-pagefind-body element (its words, filters and metadata; the site
 * has such an element on product pages only) and the page's language. searchDocument cuts that out of a built page:
 * Pagefind then parses 8 KB instead of 35 KB a page, and a rebuild cuts out only the pages it wrote again (the copies
 * are kept between builds, scripts/search-index.ts). On the 20,000-product site, Pagefind over the copies wrote every
 * file byte for byte as over the pages, in 17.9 s against 30.5 s (searchIndex.test.ts compares both ways on built
 * pages).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeInto } from './mergeFolders.ts';

/** Each language's product pages (their folder in dist/); together, pagefind.yml's glob. */
export const SEARCH_INDEX_LANGUAGES = [
  { lang: 'vi', folder: 'products' },
  { lang: 'en', folder: 'en/products' },
] as const;

/** The product pages of one language's folder, as Pagefind's --glob names them. */
export const pagesGlob = (folder: string) => `${folder}/*/index.html`;

/**
 * What Pagefind reads of a built page: its data-pagefind-body elements, whole, in a page of the same language.
 * Undefined when the page has none (Pagefind leaves such a page out of the index).
 */
export function searchDocument(html: string): string | undefined {
  const bodies: string[] = [];
  // A start tag with the attribute (text cannot hold one: its "<" is written &lt;).
  const opening = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*\sdata-pagefind-body(?=[\s>=/])/g;
  for (let found = opening.exec(html); found; found = opening.exec(html)) {
    const start = found.index;
    // The element ends at the end tag that closes it: count the elements of the same name opened inside it.
    const tags = new RegExp(`<(/?)${found[1]}(?=[\\s>/])`, 'gi');
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = html.indexOf('>', tag.index) + 1;
        break;
      }
    }
    if (end <= 0) throw new Error(`the <${found[1]} data-pagefind-body> element is not closed`);
    bodies.push(html.slice(start, end));
    opening.lastIndex = end;
  }
  if (bodies.length === 0) return undefined;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const lang = /\slang="([^"]*)"/i.exec(htmlTag)?.[1];
  const open = lang === undefined ? '<html>' : `<html lang="${lang}">`;
  return `<!DOCTYPE html>${open}<head><meta charset="utf-8"></head><body>${bodies.join('')}</body></html>`;
}

export const ENTRY_FILE = 'pagefind-entry.json';

/** pagefind-entry.json, as Pagefind 1.6 writes it. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
  [other: string]: unknown;
}

/**
 * One entry for several runs: their languages, in the order Pagefind lists them (by name). The runs must be of the
 * same Pagefind and settings (version and every other field the same), and no language may be in two of them.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const first = entries[0];
  if (!first) throw new Error('search index: no Pagefind run to merge');
  const { languages: _, ...settings } = first;
  const languages: PagefindEntry['languages'] = {};
  for (const entry of entries) {
    const { languages: own, ...others } = entry;
    if (JSON.stringify(others) !== JSON.stringify(settings))
      throw new Error(
        `search index: the Pagefind runs differ in ${JSON.stringify(others)} and ${JSON.stringify(settings)}`,
      );
    for (const [lang, index] of Object.entries(own)) {
      if (languages[lang]) throw new Error(`search index: the language "${lang}" was indexed by two runs`);
      languages[lang] = index;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // The key order of Pagefind's own file: version, languages, then the rest.
  const { version, ...tail } = settings;
  return { version, languages: sorted, ...tail };
}

/**
 * Moves the runs' folders into `target` (which may not exist yet) and writes the one entry file. A file two runs
 * both wrote (Pagefind's script, its shared WebAssembly) must be byte-identical: the paths of those that are not are
 * returned, and the entry file is not written then.
 */
export function mergeSearchIndexes(runs: readonly string[], target: string): string[] {
  const entries = runs.map((run) => {
    const file = join(run, ENTRY_FILE);
    if (!existsSync(file)) throw new Error(`search index: ${file} was not written`);
    return JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry;
  });
  const entry = mergeEntries(entries);
  for (const run of runs) rmSync(join(run, ENTRY_FILE));
  const conflicts = runs.flatMap((run) => mergeInto(run, target));
  if (conflicts.length > 0) return conflicts;
  writeFileSync(join(target, ENTRY_FILE), JSON.stringify(entry));
  return [];
}

/**
 * npm run build runs this after Pagefind: writes /pagefind/ocop-facets.<lang>.json (src/lib/search/facetFile.ts), the
 * file the search page filters, counts and sorts with, from Pagefind's fragments and /data/products.json.
 * Usage: node scripts/search-facets.ts [dist] [--cache <file>]
 *
 * --cache <file>: what was read of each fragment, kept between builds. Pagefind names a fragment by a hash of its
 * content, so a fragment of the same name says the same: a rebuild reads only the fragments of the pages changed
 * (40,000 fragments unpacked and read took about 4 s at 20,000 products, after Pagefind and before the build ends).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductsExport } from '../src/lib/openData/productsExport.ts';
import { facetFileOf, readFragment, type IndexedPage } from './lib/searchFacets.ts';

const args = process.argv.slice(2);
const dist = args[0] !== undefined && !args[0].startsWith('--') ? args[0] : 'dist';
const cacheFile = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined;
const bundle = join(dist, 'pagefind');
const cached = new Map<string, IndexedPage>();
if (cacheFile && existsSync(cacheFile)) {
  try {
    for (const page of JSON.parse(readFileSync(cacheFile, 'utf8')) as IndexedPage[]) cached.set(page.id, page);
  } catch {
    // A cache that cannot be read is a cache that is empty.
  }
}
const read: IndexedPage[] = [];
const { products } = JSON.parse(readFileSync(join(dist, 'data', 'products.json'), 'utf8')) as ProductsExport;
const fragments = readdirSync(join(bundle, 'fragment')).filter((name) => name.endsWith('.pf_fragment'));
for (const lang of ['vi', 'en'] as const) {
  const indexed: IndexedPage[] = fragments
    .filter((name) => name.startsWith(`${lang}_`))
    .map((name) => {
      const id = name.replace(/\.pf_fragment$/, '');
      const page = cached.get(id) ?? readFragment(id, readFileSync(join(bundle, 'fragment', name)));
      read.push(page);
      return page;
    });
  const file = facetFileOf(lang, indexed, products);
  const out = join(bundle, `ocop-facets.${lang}.json`);
  writeFileSync(out, JSON.stringify(file));
  console.log(`search facets: ${file.ids.length} ${lang} pages → ${out}`);
}
if (cacheFile) writeFileSync(cacheFile, JSON.stringify(read));

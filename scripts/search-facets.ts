/**
 * npm run build runs this after Pagefind: writes /pagefind/ocop-facets.<lang>.json (src/lib/search/facetFile.ts), the
 * file the search page filters, counts and sorts with, from Pagefind's fragments and /data/products.json.
 * Usage: node scripts/search-facets.ts [dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProductsExport } from '../src/lib/openData/productsExport.ts';
import { facetFileOf, readFragment, type IndexedPage } from './lib/searchFacets.ts';

const dist = process.argv[2] ?? 'dist';
const bundle = join(dist, 'pagefind');
const { products } = JSON.parse(readFileSync(join(dist, 'data', 'products.json'), 'utf8')) as ProductsExport;
const fragments = readdirSync(join(bundle, 'fragment')).filter((name) => name.endsWith('.pf_fragment'));
for (const lang of ['vi', 'en'] as const) {
  const indexed: IndexedPage[] = fragments
    .filter((name) => name.startsWith(`${lang}_`))
    .map((name) => readFragment(name.replace(/\.pf_fragment$/, ''), readFileSync(join(bundle, 'fragment', name))));
  const file = facetFileOf(lang, indexed, products);
  const out = join(bundle, `ocop-facets.${lang}.json`);
  writeFileSync(out, JSON.stringify(file));
  console.log(`search facets: ${file.ids.length} ${lang} pages → ${out}`);
}

/**
 * Run by npm run build after astro build: fails the build when the pages written do not match the records read
 * (a silently failed render), when /data/products.json disagrees with them, or when the search index misses products.
 *
 *   node scripts/check-build.ts [dist] [--part pages|search]
 *
 * `--part pages` checks all but the search index, `--part search` only that: scripts/build.ts runs the first beside
 * Pagefind and the second after it. Without --part, both. `--only <file>` (a rebuild: the files written again, one a
 * line) checks the feeds, calendars and sitemaps among them only; the records are held against the pages as always.
 *
 *   node scripts/check-build.ts [dist] [--part pages|search] [--only <file>]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRecordPages, checkSearchIndex } from './lib/checkBuild.ts';
import { listedFiles } from './lib/host/siteHost.ts';
import { siteProblems } from './lib/siteRules.ts';
import { today } from '../src/lib/core/clock.ts';
import { COLLECTION_NAMES, contentRoot, type CollectionName } from '../src/lib/records/contentLayout.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { traceCodeOf } from '../src/lib/trace/traceQrFiles.ts';
import { SYSTEM_FONT_SYMBOLS, uncoveredCharacters } from '../src/lib/site/webFontCharacters.ts';
import { coveredCodePoints } from '../src/integrations/webFonts.ts';

const args = process.argv.slice(2);
const dist = args[0] !== undefined && !args[0].startsWith('--') ? args[0] : 'dist';
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : undefined;
const onlyFile = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const only = onlyFile ? listedFiles(onlyFile) : undefined;
if (part !== undefined && part !== 'pages' && part !== 'search')
  throw new Error(`check-build: --part is "pages" or "search" (got "${part}")`);
// The search index is held against the number of records: their text is not read.
const { files } = readContentTree(contentRoot(), { text: part !== 'search' });
const ids = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as string[]])) as Record<
  CollectionName,
  string[]
>;
const traceCodes: string[] = [];
for (const file of files) {
  ids[file.collection].push(file.id);
  if (file.collection === 'products' && part !== 'search') {
    const code = traceCodeOf(file.file, file.text);
    if (code !== undefined) traceCodes.push(code);
  }
}

const listed = new Map<string, Set<string>>();
const pages = (section: string, lang: 'vi' | 'en') => {
  const key = `${lang}/${section}`;
  let names = listed.get(key);
  if (!names) {
    const dir = join(dist, lang === 'vi' ? '' : 'en', section);
    names = existsSync(dir)
      ? new Set(readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html'))))
      : new Set<string>();
    listed.set(key, names);
  }
  return names;
};
/** A site path such as /en/products/x/: from the folders already listed when it is one of theirs (100,000 URLs). */
const exists = (sitePath: string) => {
  const [, en, section, name] = /^\/(en\/)?([^/]+)\/([^/]+)\/$/.exec(sitePath) ?? [];
  const names = section && name ? listed.get(`${en ? 'en' : 'vi'}/${section}`) : undefined;
  return names ? names.has(name ?? '') : existsSync(join(dist, sitePath, 'index.html'));
};
const problems: string[] = [];
if (part !== 'search') {
  const jsonPath = join(dist, 'data', 'products.json');
  const productsJson = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : undefined;
  problems.push(
    ...checkRecordPages({ ids, traceCodes }, { pages, productsJson, exists }),
    // What the feed and calendar validators flag: feeds, .ics lines, robots.txt and sitemaps. The pages' rules
    // (heading order, styles in <body>, noindex) are applied by check-links.ts as it reads each page.
    ...siteProblems(dist, today(), { pages: false, ...(only ? { only } : {}) }),
  );
}
if (part !== 'pages') {
  const entryPath = join(dist, 'pagefind', 'pagefind-entry.json');
  problems.push(
    ...checkSearchIndex(ids.products.length, {
      searchIndex: existsSync(entryPath) ? JSON.parse(readFileSync(entryPath, 'utf8')) : undefined,
      facetPages: (lang) => {
        const path = join(dist, 'pagefind', `ocop-facets.${lang}.json`);
        return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { ids: string[] }).ids.length : undefined;
      },
    }),
  );
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`build check: ${problem}`);
  console.error(
    `\nThe build is incomplete (${problems.length} problem${problems.length === 1 ? '' : 's'}); see the messages above.`,
  );
  process.exit(1);
}
if (part === 'search') {
  console.log(
    `build check: the search index and its facet files hold each of the ${ids.products.length} products in both languages.`,
  );
  process.exit(0);
}
// A letter the web font was not cut with is drawn in the system font (the @font-face unicode-range says what it has):
// readable, but worth adding to src/lib/site/webFontCharacters.ts.
const drawn = new Set([
  ...coveredCodePoints(),
  ...[...SYSTEM_FONT_SYMBOLS].map((char) => char.codePointAt(0) as number),
]);
const outsideFont = new Map<string, string>();
for (const file of files)
  for (const char of uncoveredCharacters(file.text, drawn))
    if (!outsideFont.has(char)) outsideFont.set(char, file.file);
for (const [char, file] of outsideFont)
  console.warn(
    `build check: warning: ${file}: "${char}" (U+${(char.codePointAt(0) as number).toString(16).toUpperCase()}) is not in the web font; it shows in the system font. Add it to src/lib/site/webFontCharacters.ts.`,
  );
console.log(
  `build check: ${ids.products.length} products, ${ids.producers.length} producers, ${ids.provinces.length} provinces, ${ids.events.length} events — every page${part === 'pages' ? ' and' : ','} products.json entry${part === 'pages' ? '' : ' and search index entry'} present in both languages; feeds, calendars, robots.txt and sitemap pass the validator rules (the pages' rules: the link check).`,
);

/**
 * Run by npm run build after check-build: checks the built site offline, every page of it, and fails when an
 * internal link, image, stylesheet, script or #fragment does not resolve to a file a static host would serve, or when
 * a link to another site lacks rel="noopener noreferrer". Links to other sites are not fetched; absolute links to
 * this site (canonical, Open Graph, hreflang) are checked against dist/ too, and so are stylesheets' url(...) and the
 * item links of the RSS feeds.
 *
 * It reads the files directly instead of crawling a local server: a crawl with linkinator took 42 s of CPU at
 * 1,000 products and grew past ten minutes, while reading every page once with htmlparser2 takes seconds.
 *
 *   node scripts/check-links.ts [dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssUrls, feedLinks, internalTarget, scanPage, servedFile } from '../src/lib/offlineLinks.ts';

const dist = process.argv[2] ?? 'dist';
const started = performance.now();

const files: string[] = [];
const walk = (dir: string, prefix: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) walk(join(dir, entry.name), `${relative}/`);
    else files.push(relative);
  }
};
walk(dist, '');
const existing = new Set(files);
const has = (file: string) => existing.has(file);

// The site's own origin, as the build wrote it into the canonical link of the home page.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
if (!canonical) throw new Error(`${dist}/index.html has no canonical link`);
const siteOrigin = new URL(canonical).origin;

/** Broken target → the pages that point at it. */
const broken = new Map<string, { reason: string; from: string[] }>();
const report = (target: string, reason: string, from: string) => {
  const entry = broken.get(target) ?? { reason, from: [] };
  entry.from.push(from);
  broken.set(target, entry);
};
const unsafe: string[] = [];
/** Fragments on other pages, checked after the pass: target file → fragment → pages pointing there. */
const fragments = new Map<string, Map<string, string[]>>();

/** The URL path a file is served at: products/x/index.html → /products/x/. */
const urlPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

let pages = 0;
let checked = 0;
for (const file of files) {
  if (file.endsWith('.css')) {
    for (const ref of cssUrls(readFileSync(join(dist, file), 'utf8'))) {
      const target = internalTarget(ref, `/${file}`, siteOrigin);
      if (!target) continue;
      checked += 1;
      if (!servedFile(target.path, has)) report(target.path, 'not in the build', `/${file}`);
    }
    continue;
  }
  const isFeed = file.startsWith('feeds/') || file.startsWith('en/feeds/');
  if (!file.endsWith('.html') && !(isFeed && file.endsWith('.xml'))) continue;
  const from = urlPath(file);
  const text = readFileSync(join(dist, file), 'utf8');
  // An RSS item links to a page and often to one decision on it (#decision-<date>): checked like a page's links.
  const { refs, ids, unsafeExternal } = isFeed
    ? { refs: feedLinks(text), ids: new Set<string>(), unsafeExternal: [] }
    : scanPage(text, siteOrigin);
  if (!isFeed) pages += 1;
  for (const link of unsafeExternal) unsafe.push(`external link without rel="noopener noreferrer" on ${from}: ${link}`);
  for (const ref of refs) {
    const target = internalTarget(ref, from, siteOrigin);
    if (!target) continue;
    checked += 1;
    const served = servedFile(target.path, has);
    if (!served) {
      report(target.path, 'not in the build', from);
      continue;
    }
    if (target.fragment === '') continue;
    if (served === file) {
      if (!ids.has(target.fragment)) report(`${target.path}#${target.fragment}`, 'no element with that id', from);
      continue;
    }
    const onTarget = fragments.get(served) ?? new Map<string, string[]>();
    onTarget.set(target.fragment, [...(onTarget.get(target.fragment) ?? []), from]);
    fragments.set(served, onTarget);
  }
}
for (const [file, wanted] of fragments) {
  const { ids } = scanPage(readFileSync(join(dist, file), 'utf8'), siteOrigin);
  for (const [fragment, from] of wanted) {
    if (ids.has(fragment)) continue;
    for (const page of from) report(`${urlPath(file)}#${fragment}`, 'no element with that id', page);
  }
}

const problems = [
  ...[...broken].map(([target, { reason, from }]) => {
    const pagesFrom = [...new Set(from)].sort();
    const more = pagesFrom.length > 5 ? ` and ${pagesFrom.length - 5} more pages` : '';
    return `broken link ${target} (${reason}) on ${pagesFrom.slice(0, 5).join(', ')}${more}`;
  }),
  ...unsafe,
];
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(`link check: ${problem}`);
  console.error(
    `\n${problems.length} link problem${problems.length === 1 ? '' : 's'} (${seconds} s); see the messages above.`,
  );
  process.exit(1);
}
console.log(
  `link check: ${checked} internal links, images and fragments resolve on ${pages} pages; every external link has rel="noopener noreferrer" (${seconds} s).`,
);

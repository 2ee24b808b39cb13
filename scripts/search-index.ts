/**
 * One language's search index, for scripts/build.ts (which runs one of these a language, side by side, and merges
 * them: scripts/lib/searchIndex.ts).
 *
 *   node scripts/search-index.ts <dist> --lang vi|en --docs <folder> --out <folder> [--changed <file>] [--keep <folder>]
 *
 * Cuts what Pagefind reads out of the language's product pages (searchDocument) into --docs, at the pages' own paths,
 * then runs Pagefind over those copies into --out. Without --changed, every product page of the language is cut out
 * again; with it (a rebuild), only the pages the file lists (paths in dist/, one a line, as products/x/index.html):
 * a listed page that is gone has its copy removed. A page Pagefind would read whose data-pagefind-body element is
 * not closed fails the run, naming the page.
 *
 * --keep <folder>: Pagefind's output is kept there too (hard links), and a rebuild whose list names no page of the
 * language takes it from there instead of running Pagefind again (the index only depends on the copies, and none
 * changed: 18 s of CPU saved at 20,000 products when an office corrects a Vietnamese text).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { listedFiles } from './lib/host/siteHost.ts';
import { ENTRY_FILE, pagesGlob, SEARCH_INDEX_LANGUAGES, searchDocument } from './lib/searchIndex.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const [dist] = args;
const language = SEARCH_INDEX_LANGUAGES.find(({ lang }) => lang === option('lang'));
const docs = option('docs');
const out = option('out');
const changedFile = option('changed');
const keep = option('keep');
if (!dist || !language || !docs || !out) {
  console.error(
    `usage: node scripts/search-index.ts <dist> --lang ${SEARCH_INDEX_LANGUAGES.map(({ lang }) => lang).join('|')} ` +
      '--docs <folder> --out <folder> [--changed <file>]',
  );
  process.exit(2);
}

const { folder } = language;
/** A product page of the language: <folder>/<id>/index.html. */
const isPage = (path: string) => {
  const rest = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1).split('/') : [];
  return rest.length === 2 && rest[1] === 'index.html';
};
let pages: string[];
if (changedFile) {
  pages = listedFiles(changedFile).filter(isPage);
} else {
  rmSync(join(docs, folder), { recursive: true, force: true });
  pages = existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${folder}/${entry.name}/index.html`)
    : [];
}

/** Puts the files of one folder into another (emptied first), as hard links (a copy across file systems). */
function linkTree(from: string, into: string): void {
  rmSync(into, { recursive: true, force: true });
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(into, source.slice(from.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

if (changedFile && keep && pages.length === 0 && existsSync(join(keep, ENTRY_FILE))) {
  linkTree(keep, out);
  console.log(`search index (${language.lang}): no page changed; the index of the last build kept`);
  process.exit(0);
}

const problems: string[] = [];
let written = 0;
for (const page of pages) {
  const copy = join(docs, page);
  const source = join(dist, page);
  if (!existsSync(source)) {
    rmSync(dirname(copy), { recursive: true, force: true });
    continue;
  }
  let document: string | undefined;
  try {
    document = searchDocument(readFileSync(source, 'utf8'));
  } catch (error) {
    problems.push(`${page}: ${(error as Error).message}`);
    continue;
  }
  if (document === undefined) {
    rmSync(dirname(copy), { recursive: true, force: true });
    continue;
  }
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, document);
  written++;
}
if (problems.length > 0) {
  console.error(
    `search index (${language.lang}): ${problems.length} page(s) Pagefind could not read:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
const pagefind = spawnSync(
  process.execPath,
  ['node_modules/pagefind/lib/runner/bin.cjs', '--site', docs, '--glob', pagesGlob(folder), '--output-path', out],
  { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
);
process.stdout.write(`search index (${language.lang}): ${written} page(s) read again\n${pagefind.stdout}`);
process.stderr.write(pagefind.stderr);
if (pagefind.status === 0 && keep) linkTree(out, keep);
else if (keep) rmSync(keep, { recursive: true, force: true });
process.exit(pagefind.status ?? 1);

/**
 * npm run build: the whole site into dist/, on every core. npm run build -- --changed: only what changed since.
 *
 *   node scripts/build.ts [--changed] [--processes N] [--timings <file.json>]
 *
 * A full build:
 * 1. The validator reads every record while `astro sync` fills Astro's content store (two cores, two jobs). A
 *    validation error stops the build as soon as it is known.
 * 2. `astro build` runs in N processes (OCOP_BUILD_PROCESSES, default one per core, at most 4), each rendering
 *    every N-th page of the same page list (src/integrations/pageSelection.ts) into its own folder, from its own
 *    copy of the content store (read when the pages render, not bundled: src/integrations/contentStoreFile.ts;
 *    no second content sync: scripts/render.ts) and with its own image cache. The first writes into dist/ and the
 *    others' files are moved in; a file two processes both wrote (a script bundle, an image, a public file) must be
 *    byte-identical or the build fails. The sitemap is written from the full page list.
 * 3. Pagefind (one process a language), then the search facets; beside them, at the lowest priority, the link
 *    check (with the page rules and the pages' policies), the build check of the pages and the precompressed copies
 *    of scripts, styles, data and feeds (pages are compressed by the server). Last, the host configuration and the
 *    copies of Pagefind's files, beside the check of the search index.
 *
 * --changed (a rebuild after records were edited, added or removed): when the last build of this dist/ was made by
 * the same code and settings (a fingerprint of src/, public/, scripts/, the config and lock files and the OCOP_*
 * settings), the render writes only the pages that are new, carry no key (the national feeds, data files and
 * indexes), or whose key changed (product, trace and producer pages, the pages of the browse listings and of the
 * supplier directory, a province's watch pages, guide and data files, the fairs' pages: a hash of everything the page
 * shows, starting with the day: src/pages/_views/pageKeys.ts). On the day of the build it updates, that is one render
 * process, started beside the content sync (it bundles the code while the records are read); on a new day, every
 * process after the sync. The validation comes after the sync, beside the render. The sync reads only the record
 * files written since the last one, parses only those whose text changed and writes Astro's store once
 * (src/loaders/normalizedGlob.ts). The validator reads records with its cache of what the YAML parser made of each
 * file (scripts/lib/parseCache.ts), and the search facets with theirs of Pagefind's fragments. The pages are moved
 * over the old ones (a file that says the same as before, apart from an export's time stamp, is left as it was),
 * pages that are gone are removed, the QR images of new trace codes drawn, and the search index (from its copies of
 * the product pages, those changed taken anew), the link check (of the pages changed; every page's policy, and the
 * images it shows, kept from the last build: the images no page shows any longer are removed), the build check (the
 * records against the pages; the feeds, calendars and sitemaps changed) and the compressed copies (of the files
 * changed) brought up to date: all from one list of the files changed or removed.
 * Otherwise it says why and makes a full build. tests/e2e/build.e2e.ts shows that a rebuild gives the same files as
 * a full build of the same records.
 *
 * `--processes 1` is a plain `astro build`; tests/e2e/build.e2e.ts shows that both give the same files. Each step's
 * wall time goes to --timings (npm run bench reads it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { astroCacheDir, buildProcesses, contentDir, distDir, siteUrl } from '../src/config.ts';
import { PAGE_LIST, type PageList } from '../src/integrations/pageSelection.ts';
import { today } from '../src/lib/core/clock.ts';
import { sitemapFiles, sitemapPages } from '../src/lib/site/sitemap.ts';
import { writeTraceQrFiles } from '../src/lib/trace/traceQrFiles.ts';
import { listedFiles } from './lib/host/siteHost.ts';
import { mergeInto } from './lib/mergeFolders.ts';
import { mergeSearchIndexes, SEARCH_INDEX_LANGUAGES } from './lib/searchIndex.ts';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const processes = option('processes') ? Number(option('processes')) : buildProcesses(availableParallelism());
const timingsFile = option('timings');
const dist = resolve(distDir());
// Folders of this output: two checkouts or tests building elsewhere do not share them.
const distId = createHash('sha256').update(dist).digest('hex').slice(0, 12);
const WORK = resolve('.build', distId);
// Astro's content store and image cache, one per content folder: Astro keeps a stored record whose file is unchanged
// and would go on pointing at another folder's copy of it (and its images) after OCOP_CONTENT_DIR changed.
const ASTRO_CACHE = resolve(
  astroCacheDir() ??
    join(
      'node_modules/.astro',
      `content-${createHash('sha256').update(resolve(contentDir())).digest('hex').slice(0, 12)}`,
    ),
);
// One state per output folder: a test or bench building elsewhere does not spoil the next rebuild of dist/.
const STATE_DIR = resolve('node_modules/.cache/ocop-build', distId);
const STATE = join(STATE_DIR, 'state.json');
const PREVIOUS_PAGES = join(STATE_DIR, 'pages.json');
/** Each page's Content-Security-Policy, kept by the link check for the next rebuild (check-links.ts --policy-state). */
const POLICY_STATE = join(STATE_DIR, 'page-policies.json');
/** Which of Astro's image files each page shows, kept by the link check (check-links.ts --image-state). */
const IMAGE_STATE = join(STATE_DIR, 'page-images.json');
/** In a rebuild, the files written again or removed, for the link check and the search index. */
const CHANGED = join(STATE_DIR, 'changed.txt');
/** What Pagefind reads of each product page, kept for the next rebuild (scripts/search-index.ts). */
const SEARCH_DOCS = join(STATE_DIR, 'search-docs');
/** Each language's index as Pagefind last wrote it: a rebuild that changed no page of a language keeps it. */
const SEARCH_OUT = join(STATE_DIR, 'search-out');
/** What the search facets read of each Pagefind fragment (named by its content): scripts/search-facets.ts. */
const FACET_CACHE = join(STATE_DIR, 'facet-fragments.json');
const NODE = process.execPath;
const ASTRO = 'node_modules/astro/bin/astro.mjs';

const timings: Record<string, number> = {};
const started = performance.now();
const children = new Set<ChildProcess>();

interface Result {
  code: number;
  output: string;
}

/**
 * Runs a script of the build with the pinned Node, its output kept (and shown as it comes with `echo`).
 * `yieldCpu`: at the lowest priority (nice 19), for work off the longest chain of steps (beside Pagefind; the
 * validation of a rebuild, beside the render): it takes what the chain leaves, so the chain is not slowed and neither
 * core idles at the end while the last of them finishes.
 */
function run(
  label: string,
  args: string[],
  {
    env = {},
    echo = false,
    yieldCpu = false,
    started,
  }: {
    env?: Record<string, string>;
    echo?: boolean;
    yieldCpu?: boolean;
    /** Given the child process once started (to stop it early). */
    started?: (child: ChildProcess) => void;
  } = {},
): Promise<Result> {
  const t0 = performance.now();
  return new Promise((resolvePromise) => {
    // nice runs the command in its own place (exec), so the child is the script itself.
    const [command, commandArgs] =
      yieldCpu && process.platform !== 'win32' ? ['nice', ['-n', '19', NODE, ...args]] : [NODE, args];
    const child = spawn(command, commandArgs, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    started?.(child);
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) process.stdout.write(chunk);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('close', (code) => {
      children.delete(child);
      timings[label] = (performance.now() - t0) / 1000;
      resolvePromise({ code: code ?? 1, output });
    });
  });
}

// Stopped (Ctrl-C, a test's timeout): stop the render processes too, or they go on writing into the folders.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });

function fail(message: string): never {
  for (const child of children) child.kill('SIGTERM');
  console.error(message);
  process.exit(1);
}

const seconds = (label: string) => `${(timings[label] ?? 0).toFixed(1)} s`;

/** A step that must succeed: its output is printed, and the build stops when it fails. */
async function step(label: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  const result = await run(label, args, { env });
  process.stdout.write(result.output);
  if (result.code !== 0) fail(`\nbuild: ${label} failed (exit ${result.code}).`);
}

/**
 * What the pages are made from besides the records: the code, the public files, the build scripts, the config and
 * lock files, and the settings that change pages. A rebuild is only sound when this is unchanged.
 */
function fingerprint(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(path).update(readFileSync(path));
  };
  for (const path of [
    'src',
    'public',
    'scripts',
    'astro.config.mjs',
    'package-lock.json',
    'tsconfig.json',
    'pagefind.yml',
  ])
    add(path);
  const settings = Object.entries(process.env)
    // The day is not part of it: it is in every page key, so a new day writes every keyed page again.
    .filter(([name]) => name.startsWith('OCOP_') && !['OCOP_BENCH', 'OCOP_TODAY'].includes(name))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify([resolve(contentDir()), settings]));
  return hash.digest('hex');
}

interface State {
  dist: string;
  fingerprint: string;
  /** The day the pages were made for. */
  day?: string;
}

/** Why the last build (its state) cannot be brought up to date, or undefined when it can. */
function whyNotIncremental(state: State | undefined, code: string): string | undefined {
  if (!state || !existsSync(PREVIOUS_PAGES)) return 'no earlier build to update';
  if (state.dist !== dist || !existsSync(join(dist, 'index.html'))) return `the last build was not written to ${dist}`;
  if (state.fingerprint !== code) return 'the code, the settings or the content folder changed since the last build';
  if (SEARCH_INDEX_LANGUAGES.some(({ folder }) => !existsSync(join(SEARCH_DOCS, folder))))
    return "the search index's copies of the product pages are missing";
  if (!existsSync(POLICY_STATE)) return "the pages' policies of the last build are missing";
  if (!existsSync(IMAGE_STATE)) return "the list of the images the last build's pages show is missing";
  return undefined;
}

/** Removes files of dist/ with their compressed copies (an SVG image has them too). */
function removeWithCopies(files: readonly string[]): void {
  for (const file of files) for (const suffix of ['', '.br', '.gz']) rmSync(join(dist, file + suffix), { force: true });
}

/** The file a rendered path was written to: '/products/x' → products/x/index.html, '/404' → 404.html. */
function fileOf(path: string, pages: ReadonlySet<string>): string {
  const bare = path.replace(/^\//, '').replace(/\/$/, '');
  if (!pages.has(path)) return bare;
  if (bare === '') return 'index.html';
  if (bare === '404') return '404.html';
  return `${bare}/index.html`;
}

const code = fingerprint();
const lastState = existsSync(STATE) ? (JSON.parse(readFileSync(STATE, 'utf8')) as State) : undefined;
const why = argv.includes('--changed') ? whyNotIncremental(lastState, code) : 'a full build was asked for';
const incremental = why === undefined;
/** The day the last build's pages were made for (a rebuild on another day renders every keyed page again). */
const lastDay = incremental ? lastState?.day : undefined;
if (argv.includes('--changed') && !incremental) console.log(`build: a full build: ${why}.`);
rmSync(STATE, { force: true });

// Astro empties its output folder but skips the top-level names "t", "i", "g" and "." (it passes
// new Set(".git"), a set of characters, as the names to keep): old trace pages in dist/t/ would survive a build.
// A full build starts from no dist/: the old one (250,000 files at 20,000 products, a minute to delete) is moved
// aside at once, into .build/ or else beside it (a move stays on its file system), and deleted while the build runs,
// at the lowest priority; with any left by a build that was stopped. Where it cannot be moved, it is deleted first.
let removingOld: Promise<Result> | undefined;
if (!incremental) {
  const places = [
    { folder: resolve('.build'), prefix: `${distId}.old-` },
    { folder: dirname(dist), prefix: `${basename(dist)}.old-` },
  ];
  const old = places.flatMap(({ folder, prefix }) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.startsWith(prefix))
          .map((name) => join(folder, name))
      : [],
  );
  if (existsSync(dist)) {
    const moved = places
      .map(({ folder, prefix }) => join(folder, `${prefix}${process.pid}`))
      .find((aside) => {
        try {
          mkdirSync(dirname(aside), { recursive: true });
          renameSync(dist, aside);
          return true;
        } catch {
          return false;
        }
      });
    if (moved) old.push(moved);
    else rmSync(dist, { recursive: true, force: true });
  }
  if (old.length > 0)
    removingOld = run(
      'remove the old output',
      [
        '-e',
        `for (const path of ${JSON.stringify(old)}) require('node:fs').rmSync(path, { recursive: true, force: true });`,
      ],
      { yieldCpu: true },
    );
}

// 1. Validation beside the content sync; the build stops as soon as validation fails. A rebuild validates after the
// sync, beside the render, at the lowest priority: during the sync the second core bundles the code (both are on the
// way to the render; the validation, from its cache, is on no one's), and the render leaves a core to spare.
let validation: Promise<Result> | undefined;
/** Starts the validation the first time it is called; every call gives the same run. */
const validate = () =>
  (validation ??= run('validate', ['scripts/validate.ts', '--quiet'], { yieldCpu: incremental }).then((result) => {
    if (result.code !== 0) fail(`${result.output}\nbuild: the records have errors (above); nothing was built.`);
    process.stdout.write(result.output);
    return result;
  }));
if (!incremental) validate();

// 2. Render.
const keysEnv = { OCOP_PAGE_KEYS: '1', ...(incremental ? { OCOP_PREVIOUS_PAGES: PREVIOUS_PAGES } : {}) };
let list: PageList;
/** In a rebuild: the previous build's page list (read while the sync runs), and its paths that are gone now. */
let previous: PageList | undefined;
let gone: string[] = [];
/**
 * In a rebuild: the files written again that say the same as before (a keyless page or data file whose records did
 * not change; an open-data file apart from its time stamp). The older file stays, so the compressed copies, the link
 * check and the search index leave it alone (scripts/lib/mergeFolders.ts).
 */
const unchanged = new Set<string>();
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
if (processes <= 1 && !incremental) {
  await step('astro build', [ASTRO, 'build', '--outDir', dist], {
    ...keysEnv,
    OCOP_SHARD: '0/1',
    OCOP_ASTRO_CACHE_DIR: ASTRO_CACHE,
  });
} else {
  // One content sync, then every process starts from a copy of its store: none of them parses a record again, and
  // no two write the same file.
  //
  // A rebuild on the same day as the build it updates renders few pages (those of the records changed and the
  // listings and files that show them): one process, started beside the content sync. It bundles the code while the
  // records are read (the bundle does not carry the store, src/integrations/contentStoreFile.ts) and reads the store
  // once the sync has ended and the store was copied for it. A second process would spend as much again bundling the
  // code and listing the pages (about 30 s of CPU at 20,000 products) to render half of a few hundred pages. On a new
  // day every page that shows a state is rendered again: every process, after the sync.
  const early = incremental && lastDay === today();
  const count = early ? 1 : Math.max(1, processes);
  const ready = join(WORK, 'store-ready');
  const cacheOf = (index: number) => join(ASTRO_CACHE, `process-${index}`);
  const storeFiles = ['data-store.json', 'data-store'];
  const clearStore = (index: number) => {
    for (const name of storeFiles) rmSync(join(cacheOf(index), name), { recursive: true, force: true });
  };
  const copyStore = (index: number) => {
    clearStore(index);
    for (const name of storeFiles) {
      const from = join(ASTRO_CACHE, name);
      if (!existsSync(from)) continue;
      if (name.endsWith('.json')) copyFileSync(from, join(cacheOf(index), name));
      else cpSync(from, join(cacheOf(index), name), { recursive: true });
    }
  };
  const render = (waitForStore: boolean) => {
    let stopped = false;
    const started: ChildProcess[] = [];
    const done = Promise.all(
      Array.from({ length: count }, (_, index) => {
        mkdirSync(cacheOf(index), { recursive: true });
        // Started before the sync: the last build's copy of the store goes, so nothing can read it by mistake.
        if (waitForStore) clearStore(index);
        else copyStore(index);
        const outDir = index === 0 && !incremental ? dist : join(WORK, `process-${index}`);
        // Started beside the sync, each on a core of its own (the validation waits for the sync): at 20,000 products
        // the bundle is ready in about 13 s, the store in 15-17 s.
        return run(`astro build ${index + 1}/${count}`, ['scripts/render.ts', outDir], {
          env: {
            ...keysEnv,
            OCOP_SHARD: `${index}/${count}`,
            OCOP_ASTRO_CACHE_DIR: cacheOf(index),
            ...(waitForStore ? { OCOP_STORE_READY: ready } : {}),
          },
          echo: index === 0,
          started: (child) => started.push(child),
        }).then((result) => {
          if (result.code === 0 || stopped) return outDir;
          // Bundled beside the sync from the modules of another build's records (a test's catalogue, whose images
          // are gone): rendered again after the sync, where a failure is a failure.
          if (waitForStore && !synced) failedEarly = true;
          else fail(`${result.output}\nbuild: astro build ${index + 1}/${count} failed.`);
          return outDir;
        });
      }),
    );
    const stop = () => {
      stopped = true;
      for (const child of started) child.kill('SIGTERM');
      return done;
    };
    return { done, stop };
  };
  // What the sync writes that the bundle is made with: the modules of the records' images (and of content rendered
  // as components, none here). Should the sync change them, a bundle made beside it may have read the old ones.
  const syncModules = () =>
    ['content-assets.mjs', 'content-modules.mjs']
      .map((name) => join('.astro', name))
      .map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
      .join('\0');
  const modulesBefore = syncModules();
  let synced = false;
  let failedEarly = false;
  let rendering = early ? render(true) : undefined;
  const syncing = step('astro sync', [ASTRO, 'sync'], { OCOP_ASTRO_CACHE_DIR: ASTRO_CACHE });
  if (incremental) previous = JSON.parse(readFileSync(PREVIOUS_PAGES, 'utf8')) as PageList;
  await syncing;
  synced = true;
  validate();
  if (rendering && (failedEarly || syncModules() !== modulesBefore)) {
    console.log(
      "build: the modules of the records' images changed during the sync (or the bundle made beside it failed): " +
        'rendering after the sync.',
    );
    await rendering.stop();
    rendering = undefined;
  }
  if (rendering) {
    for (let index = 0; index < count; index++) copyStore(index);
    writeFileSync(ready, '');
  } else rendering = render(false);
  const outDirs = await rendering.done;
  const t0 = performance.now();
  const conflicts: string[] = [];
  for (const outDir of outDirs)
    if (outDir !== dist) conflicts.push(...mergeInto(outDir, dist, { replace: incremental, unchanged }));
  if (conflicts.length > 0)
    fail(
      `build: ${conflicts.length} file(s) were written differently by two render processes, for example:\n` +
        conflicts
          .slice(0, 10)
          .map((file) => `  ${file}`)
          .join('\n'),
    );
  timings['merge'] = (performance.now() - t0) / 1000;
}
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
{
  const t0 = performance.now();
  const listFile = join(dist, PAGE_LIST);
  list = JSON.parse(readFileSync(listFile, 'utf8')) as PageList;
  rmSync(listFile);
  /** Files of this build's own (sitemaps, the English not-found copy, QR images) that are new or changed. */
  const written: string[] = [];
  let newCodes: string[] = [];
  let removed: string[] = [];
  if (previous) {
    // Pages and files that are gone, with their compressed copies; the QR images of trace codes that are new.
    const now = new Set(list.paths);
    const previousPages = pagePaths(previous);
    gone = previous.paths.filter((path) => !now.has(path));
    removed = gone.map((path) => fileOf(path, previousPages));
    removeWithCopies(removed);
    for (const path of gone) {
      const trace = /^\/(?:en\/)?t\/([^/]+)\/?$/.exec(path);
      if (trace && !path.startsWith('/en/')) rmSync(join(dist, 't', trace[1] ?? ''), { recursive: true, force: true });
    }
    const known = new Set(previous.paths);
    newCodes = list.paths
      .filter((path) => !known.has(path))
      .flatMap((path) => /^\/t\/([^/]+)\/?$/.exec(path)?.[1] ?? []);
    if (newCodes.length > 0) await writeTraceQrFiles(dist, newCodes, siteUrl());
    written.push(...newCodes.flatMap((code) => [`t/${code}/qr.svg`, `t/${code}/qr.png`]));
  }
  // A sitemap or not-found copy that says the same is left as it was (its time and compressed copies with it).
  const writeIfChanged = (name: string, text: string) => {
    const file = join(dist, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
    writeFileSync(file, text);
    written.push(name);
  };
  // The sitemaps only change with the list of pages and the day (1.5 s to write at 20,000 products).
  const samePages =
    previous !== undefined &&
    lastDay === today() &&
    previous.pages.length === list.pages.length &&
    previous.pages.every((page, index) => page === list.pages[index]);
  if (!samePages)
    for (const [name, xml] of sitemapFiles(sitemapPages(list.pages), siteUrl(), today())) writeIfChanged(name, xml);
  // The English not-found page where nginx and Cloudflare Pages look for it (host-config.ts writes it too).
  writeIfChanged('en/404.html', readFileSync(join(dist, 'en', '404', 'index.html'), 'utf8'));
  if (incremental) {
    const pages = pagePaths(list);
    const changed = list.rendered.map((path) => fileOf(path, pages)).filter((file) => !unchanged.has(file));
    writeFileSync(CHANGED, [...changed, ...written, ...removed].join('\n'));
    console.log(
      `build: ${list.rendered.length} of ${list.paths.length} pages and files written again ` +
        `(${list.rendered.length - changed.length} of them the same as before and left as they were), ` +
        `${gone.length} removed, ${newCodes.length} new trace code(s).`,
    );
  }
  timings['pages'] = (performance.now() - t0) / 1000;
  console.log(`build: ${list.pages.length} pages, ${sitemapPages(list.pages).length} in the sitemap.`);
}
await validate();

/** The paths of a page list that are pages (not endpoints such as /data/products.json). */
function pagePaths(pageList: PageList): Set<string> {
  const pages = new Set(pageList.pages);
  return new Set(pageList.paths.filter((path) => pages.has(path.replace(/\/?$/, '/').replace(/^\//, ''))));
}

// 3. The search index and the checks: see the note above sideBySide.
const policies = join(STATE_DIR, 'policies.json');
/** In a rebuild, the images the last build's pages showed and none shows now, which the link check lists. */
const UNREFERENCED = join(WORK, 'unreferenced-images.txt');
mkdirSync(STATE_DIR, { recursive: true });
// The link check reads every page and writes their policies for the host configuration on the way, and keeps each
// page's policy for the next rebuild. A rebuild checks only the files written again (a file listed as written again
// that is gone is not read), unless pages are gone (an old page may link to them), and takes the other pages'
// policies from the last build's.
const linkCheckArgs = [
  'scripts/check-links.ts',
  dist,
  ...(previous && gone.length === 0 ? ['--only', CHANGED] : []),
  '--policies',
  policies,
  '--policy-state',
  POLICY_STATE,
  '--image-state',
  IMAGE_STATE,
  ...(previous ? ['--unreferenced', UNREFERENCED] : []),
];
/**
 * The search index: scripts/search-index.ts for each language side by side (Pagefind over copies of what it reads
 * of the product pages, kept in SEARCH_DOCS between builds; a rebuild copies only the pages it wrote again or
 * removed), into folders of their own, then moved into dist/pagefind/ with one entry file for both
 * (scripts/lib/searchIndex.ts: the same files as one Pagefind run over the pages).
 */
async function searchIndex(): Promise<Result> {
  const t0 = performance.now();
  const folders = SEARCH_INDEX_LANGUAGES.map(({ lang }) => join(WORK, `pagefind-${lang}`));
  const runs = await Promise.all(
    SEARCH_INDEX_LANGUAGES.map(({ lang }, index) =>
      run(`search index ${lang}`, [
        'scripts/search-index.ts',
        dist,
        '--lang',
        lang,
        '--docs',
        SEARCH_DOCS,
        '--out',
        folders[index] ?? '',
        '--keep',
        join(SEARCH_OUT, lang),
        ...(previous ? ['--changed', CHANGED] : []),
      ]),
    ),
  );
  const output = runs.map((result) => result.output).join('');
  const failed = runs.find((result) => result.code !== 0);
  if (failed) return { code: failed.code, output };
  const conflicts = mergeSearchIndexes(folders, join(dist, 'pagefind'));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  timings['pagefind'] = (performance.now() - t0) / 1000;
  if (conflicts.length > 0)
    return {
      code: 1,
      output: `${output}search index: the runs wrote these files differently: ${conflicts.join(', ')}\n`,
    };
  return { code: 0, output };
}
// Pagefind names its files by their content: an index written over an older one would leave the old files behind.
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
// Pagefind runs one process a language (searchIndex above; at 20,000 products 28 s side by side against 37.5 s for
// one run). What reads no file of Pagefind's runs beside it: the link check (no page links into /pagefind/: the
// search island loads it from its script) with the pages' policies for the host configuration, the build check of the
// pages, and the compressed copies. After Pagefind: the facet files, then the check of the search index beside the
// host configuration (its rules name Pagefind's files). In a rebuild the work beside Pagefind runs at the lowest
// priority: Pagefind, the longest chain, keeps the cores it uses, and the few seconds of checks take what it leaves.
// In a full build the checks of every page are the longer work: all share the cores evenly, or the checks run on
// alone long after Pagefind (at 20,000 products the link check ended 62 s after it).
const beside = (label: string, args: string[]) => run(label, args, { yieldCpu: incremental }).then((done) => [done]);
const sideBySide = await Promise.all([
  searchIndex().then(async (index) => {
    if (index.code !== 0) return [index];
    // The search page's facet file is part of the index (its filters, counts and sorts).
    const facets = await run('search facets', ['scripts/search-facets.ts', dist, '--cache', FACET_CACHE]);
    return [{ code: facets.code, output: index.output + facets.output }];
  }),
  beside('link check', linkCheckArgs),
  beside('build check', ['scripts/check-build.ts', dist, '--part', 'pages', ...(previous ? ['--only', CHANGED] : [])]),
  beside('compress', ['scripts/compress.ts', dist, ...(previous ? ['--files', CHANGED] : ['--except', 'pagefind'])]),
]);
for (const result of sideBySide.flat()) process.stdout.write(result.output);
if (sideBySide.flat().some((result) => result.code !== 0)) fail('\nbuild: a check failed (above).');
// A photo replaced under the same file name, or a removed product's, leaves Astro's files of the old image behind
// (the sizes and formats it made of it): a full build would not write them.
if (previous && existsSync(UNREFERENCED)) {
  const leftovers = listedFiles(UNREFERENCED);
  removeWithCopies(leftovers);
  if (leftovers.length > 0)
    console.log(`build: ${leftovers.length} image file(s) that no page shows any longer removed from _astro/.`);
}
// The check of the search index (it only reads it) beside the host configuration and the compressed copies of the
// index (in a rebuild, the rest is the search index: the files written again were listed to the first run).
const searchCheck = run('build check: search', ['scripts/check-build.ts', dist, '--part', 'search']);
await step('host config', ['scripts/host-config.ts', dist, '--policies', policies]);
await step('compress the rest', ['scripts/compress.ts', dist, ...(previous ? ['--only', 'pagefind'] : [])]);
{
  const result = await searchCheck;
  process.stdout.write(result.output);
  if (result.code !== 0) fail('\nbuild: a check failed (above).');
}

rmSync(WORK, { recursive: true, force: true });
await removingOld;
writeFileSync(PREVIOUS_PAGES, JSON.stringify(list));
// Written last: a build that stopped half-way leaves no state, and the next --changed makes a full build.
writeFileSync(STATE, JSON.stringify({ dist, fingerprint: code, day: today() } satisfies State));
timings['total'] = (performance.now() - started) / 1000;
if (timingsFile) writeFileSync(timingsFile, JSON.stringify({ processes, incremental, timings }, null, 2));
console.log(
  `build: ${incremental ? 'updated' : 'done'} in ${seconds('total')} (` +
    Object.keys(timings)
      .filter((label) => label !== 'total')
      .map((label) => `${label} ${seconds(label)}`)
      .join(', ') +
    ')',
);

/**
 * Run by npm run build beside check-build: checks the built site offline, every page of it, and fails when an
 * internal link, image, stylesheet, script or #fragment does not resolve to a file a static host would serve, or when
 * a link to another site lacks rel="noopener noreferrer". Links to other sites are not fetched; absolute links to
 * this site (canonical, Open Graph, hreflang) are checked against dist/ too, and so are stylesheets' url(...) and the
 * item links of the RSS feeds. Each page is also held to the page rules of scripts/lib/siteRules.ts (pageProblems:
 * heading order, no <style> in <body>, noindex where due…), reported as "page check": the one read of each page
 * serves both (check-build.ts checks the feeds, calendars and sitemaps).
 *
 * It reads the files directly instead of crawling a local server (a crawl with linkinator took 42 s of CPU at 1,000
 * products and grew past ten minutes), with one thread per core: each reads every other file with htmlparser2.
 *
 * With --policies <file> it also writes the distinct Content-Security-Policy values of the pages and how many pages
 * carry one, the file `host-config.ts --read-policies` writes, from the same read of each page (at 20,000 products
 * reading them apart took 35 s). With --policy-state <file> it keeps each page's policy in that file too; a check of
 * some pages only (--only, a rebuild) can then write the policies of every page: it starts from that file and takes
 * the policies of the pages it checks, and drops the listed pages that are gone.
 *
 * --only <file> lists every file written again or removed since the last check (scripts/build.ts writes it): the
 * check reads those and does not walk the whole site (at 20,000 products listing its 247,000 files took 4 s); the
 * targets of their links are looked up one by one.
 *
 * --image-state <file>: which of Astro's image files each page shows (scripts/lib/imageState.ts), kept in that file
 * as --policy-state keeps the policies. With --unreferenced <file> as well, the images that a page of the last check
 * showed and none shows now (a photo replaced under the same file name, a removed product's photo) are listed in it,
 * for scripts/build.ts to remove: a full build would not write them.
 *
 *   node scripts/check-links.ts [dist] [--only <file>] [--policies <file> [--policy-state <file>]]
 *     [--image-state <file> [--unreferenced <file>]]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  isFileIn,
  listedFiles,
  listFiles,
  pagePoliciesOf,
  type PolicyState,
  policyState,
} from './lib/host/siteHost.ts';
import { type ImageState, imageState, imagesNoLongerShown } from './lib/imageState.ts';
import { checkFiles, type LinkCheckPart, readPage, scanPage, urlPathOf } from './lib/linkCheck.ts';

interface Job {
  dist: string;
  files: string[];
  /** Every file of the site, or undefined (--only): each link target is looked up in dist/. */
  all: string[] | undefined;
  siteOrigin: string;
}

/** Whether a path in dist/ is a file (not a folder), each path asked once. */
function fileLookup(dist: string): (file: string) => boolean {
  const known = new Map<string, boolean>();
  return (file) => {
    let found = known.get(file);
    if (found === undefined) {
      found = isFileIn(dist, file);
      known.set(file, found);
    }
    return found;
  };
}

if (!isMainThread) {
  const job = workerData as Job;
  const existing = job.all ? new Set(job.all) : undefined;
  const has = existing ? (file: string) => existing.has(file) : fileLookup(job.dist);
  parentPort?.postMessage(checkFiles(job.dist, job.files, has, job.siteOrigin));
} else {
  const args = process.argv.slice(2);
  const dist = args[0] !== undefined && !args[0].startsWith('--') ? args[0] : 'dist';
  // --only <file>: check the pages listed in the file (paths in dist/, one a line), not every page: a rebuild after
  // a change (scripts/build.ts) checks the pages it wrote again.
  const onlyFile = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const only = onlyFile ? new Set(listedFiles(onlyFile)) : undefined;
  const policiesFile = args.includes('--policies') ? args[args.indexOf('--policies') + 1] : undefined;
  const stateFile = args.includes('--policy-state') ? args[args.indexOf('--policy-state') + 1] : undefined;
  const imageStateFile = args.includes('--image-state') ? args[args.indexOf('--image-state') + 1] : undefined;
  const unreferencedFile = args.includes('--unreferenced') ? args[args.indexOf('--unreferenced') + 1] : undefined;
  if (policiesFile && only && !(stateFile && existsSync(stateFile))) {
    console.error(
      'check-links: --policies needs every page: with --only, give the --policy-state file of the last full check.',
    );
    process.exit(2);
  }
  if ((only || unreferencedFile) && imageStateFile && !existsSync(imageStateFile)) {
    console.error('check-links: --only and --unreferenced need the --image-state file of the last check.');
    process.exit(2);
  }
  const started = performance.now();

  const isFile = fileLookup(dist);
  const all = only ? undefined : listFiles(dist);

  // The site's own origin, as the build wrote it into the canonical link of the home page.
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (!canonical) throw new Error(`${dist}/index.html has no canonical link`);
  const siteOrigin = new URL(canonical).origin;

  // Pagefind's own files are not checked: npm run build runs this check while Pagefind writes them.
  const checkable = (only ? [...only].filter(isFile) : (all ?? [])).filter(
    (file) => /\.(html|css|xml)$/.test(file) && !file.startsWith('pagefind/'),
  );
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(checkable.length / 2000)));
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      (_, index) =>
        new Promise<LinkCheckPart>((resolve, reject) => {
          const job: Job = { dist, files: checkable.filter((_, i) => i % threads === index), all, siteOrigin };
          const worker = new Worker(new URL(import.meta.url), { workerData: job });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );

  /** Broken target → the pages that point at it. */
  const broken = new Map<string, { reason: string; from: string[] }>();
  const report = (target: string, reason: string, from: string) => {
    const entry = broken.get(target) ?? { reason, from: [] };
    entry.from.push(from);
    broken.set(target, entry);
  };
  for (const part of parts) for (const [target, reason, from] of part.broken) report(target, reason, from);

  // Fragments on other pages: each target page is read once more, for its ids.
  const wanted = new Map<string, [string, string][]>();
  for (const part of parts)
    for (const [file, fragment, from] of part.fragments)
      wanted.set(file, [...(wanted.get(file) ?? []), [fragment, from]]);
  for (const [file, requests] of wanted) {
    const { ids } = scanPage(readPage(join(dist, file)), siteOrigin, { latin1: true });
    for (const [fragment, from] of requests)
      if (!ids.has(fragment)) report(`${urlPathOf(file)}#${fragment}`, 'no element with that id', from);
  }

  const problems = [
    ...[...broken].map(([target, { reason, from }]) => {
      const pagesFrom = [...new Set(from)].sort();
      const more = pagesFrom.length > 5 ? ` and ${pagesFrom.length - 5} more pages` : '';
      return `broken link ${target} (${reason}) on ${pagesFrom.slice(0, 5).join(', ')}${more}`;
    }),
    ...parts.flatMap((part) => part.unsafe),
  ];
  const pageRules = parts.flatMap((part) => part.pageRules);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length > 0 || pageRules.length > 0) {
    for (const problem of problems) console.error(`link check: ${problem}`);
    for (const problem of pageRules) console.error(`page check: ${problem}`);
    const count = (n: number, what: string) => `${n} ${what} problem${n === 1 ? '' : 's'}`;
    console.error(
      `\n${[problems.length > 0 ? count(problems.length, 'link') : '', pageRules.length > 0 ? count(pageRules.length, 'page') : ''].filter(Boolean).join(' and ')} (${seconds} s); see the messages above.`,
    );
    process.exit(1);
  }
  const pages = parts.reduce((sum, part) => sum + part.pages, 0);
  if (policiesFile) {
    let state: PolicyState;
    if (only && stateFile) {
      // The pages as the last check left them, with the policies of the pages written again (read as they were
      // checked), and the listed pages that are gone dropped.
      const previous = JSON.parse(readFileSync(stateFile, 'utf8')) as PolicyState;
      state = policyState(
        parts.map((part) => part.policies),
        previous,
        (file) => !only.has(file) || isFile(file),
      );
    } else state = policyState(parts.map((part) => part.policies));
    writeFileSync(policiesFile, JSON.stringify(pagePoliciesOf(state)));
    if (stateFile) writeFileSync(stateFile, JSON.stringify(state));
  }
  if (imageStateFile) {
    const previous =
      only || unreferencedFile ? (JSON.parse(readFileSync(imageStateFile, 'utf8')) as ImageState) : undefined;
    // A partial check keeps the files it did not read (and drops the listed ones that are gone); a full one starts
    // afresh.
    const state = imageState(
      parts.map((part) => part.images),
      only ? previous : undefined,
      (file) => !only?.has(file),
    );
    writeFileSync(imageStateFile, JSON.stringify(state));
    if (unreferencedFile && previous) {
      const leftovers = imagesNoLongerShown(dist, previous, state);
      writeFileSync(unreferencedFile, leftovers.join('\n'));
    }
  }
  const checked = parts.reduce((sum, part) => sum + part.checked, 0);
  console.log(
    `link check: ${checked} internal links, images and fragments resolve on ${pages} pages with ${threads} thread${threads === 1 ? '' : 's'}; every external link has rel="noopener noreferrer"; every page keeps the page rules (${seconds} s).`,
  );
}

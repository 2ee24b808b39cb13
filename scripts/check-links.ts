/**
 * Run by npm run build after check-build: crawls the built site offline (dist/ served on 127.0.0.1) with linkinator
 * and fails when an internal link, image, stylesheet, script or #fragment does not resolve, or when a link to another
 * site lacks rel="noopener noreferrer". Links to other sites are not fetched; absolute links to this site (canonical,
 * Open Graph, hreflang) are checked against dist/ too.
 *
 *   node scripts/check-links.ts [dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { unsafeExternalLinks } from '../src/lib/externalLinks.ts';
import { serveStatic } from '../tests/e2e/staticServer.ts';

const dist = process.argv[2] ?? 'dist';
const started = performance.now();

// The site's own origin, as the build wrote it into the canonical link of the home page.
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
if (!canonical) throw new Error(`${dist}/index.html has no canonical link`);
const siteOrigin = new URL(canonical).origin;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const { server, url: base } = await serveStatic(dist);
// Keep idle connections open longer than the checker does: a connection the server closes while the checker is
// about to reuse it fails as "fetch failed", a broken link that is not.
server.keepAliveTimeout = 60_000;
const local = (link: string) => link.replace(base, '');
const checker = new LinkChecker();
const result = await checker
  .check({
    // The not-found pages are reached by no link; start there too so their links are checked on every build.
    path: [`${base}/`, `${base}/404.html`, `${base}/en/404/`],
    recurse: true,
    checkCss: true,
    checkFragments: true,
    // The server shares this process: more requests at once only queue behind the HTML parsing and time out.
    concurrency: 8,
    timeout: 30_000,
    redirects: 'error',
    retryErrors: true,
    retryErrorsCount: 2,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${escapeRegExp(siteOrigin)}`), replacement: base },
      // Astro writes the Vietnamese not-found page to /404.html; a host serves it for /404/ as for any miss.
      { pattern: new RegExp(`^${escapeRegExp(base)}/404/$`), replacement: `${base}/404.html` },
    ],
    linksToSkip: async (link) => !link.startsWith(base),
  })
  .finally(() => {
    server.close();
    server.closeAllConnections();
  });

const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
const byTarget = new Map<string, { reason: string; parents: Set<string> }>();
for (const link of broken) {
  const failure = link.failureDetails?.find((detail) => detail instanceof Error);
  const reason = link.status ? `HTTP ${link.status}` : (failure?.message ?? 'no response');
  const entry = byTarget.get(local(link.url)) ?? { reason, parents: new Set<string>() };
  entry.parents.add(local(link.parent ?? '(start)'));
  byTarget.set(local(link.url), entry);
}

const problems: string[] = [];
for (const [target, { reason, parents }] of byTarget) {
  const from = [...parents].sort();
  problems.push(
    `broken link ${target} (${reason}) on ${from.slice(0, 5).join(', ')}${from.length > 5 ? ` and ${from.length - 5} more pages` : ''}`,
  );
}

const pages: string[] = [];
const walk = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) pages.push(path);
  }
};
walk(dist);
for (const page of pages) {
  for (const link of unsafeExternalLinks(readFileSync(page, 'utf8'), siteOrigin))
    problems.push(`external link without rel="noopener noreferrer" on /${relative(dist, page)}: ${link}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  for (const problem of problems) console.error(`link check: ${problem}`);
  console.error(
    `\n${problems.length} link problem${problems.length === 1 ? '' : 's'} (${seconds} s); see the messages above.`,
  );
  process.exit(1);
}
const checked = result.links.filter((link) => link.state === LinkState.OK).length;
console.log(
  `link check: ${checked} internal links, images and fragments resolve on ${pages.length} pages; every external link has rel="noopener noreferrer" (${seconds} s).`,
);

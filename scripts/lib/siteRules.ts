import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { islandStyleInBody, styleInBody } from '../../src/lib/site/islandStyles.ts';

/**
 * What the HTML, feed and calendar validators (Nu HTML Checker, an RSS validator, RFC 5545) flagged on the built
 * site, as focused checks of the exact rules, so a build that breaks one fails here instead of in a manual review.
 * Each function takes a file's path in dist/ (site path, e.g. "/t/ABC/index.html") and its text, and returns
 * problems as "path: what is wrong".
 */

/** Headings in document order: level and text. */
function headings(html: string): { level: number; text: string }[] {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  return [...body.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: (m[2] ?? '')
      .replace(/<[^>]+>/g, '')
      .trim()
      .slice(0, 40),
  }));
}

export function pageProblems(path: string, html: string): string[] {
  const problems: string[] = [];
  if (islandStyleInBody(html))
    problems.push(
      `${path}: Astro's island style inside <body> (allowed only in <head>): add the page to ISLAND_PAGES in src/lib/site/islandStyles.ts`,
    );
  else if (styleInBody(html)) problems.push(`${path}: a <style> element inside <body> (allowed only in <head>)`);
  let previous = 0;
  for (const { level, text } of headings(html)) {
    if (level > previous + 1) problems.push(`${path}: heading levels skip from h${previous} to h${level} ("${text}")`);
    previous = level;
  }
  if (/^\/(en\/)?(offline\/index|404)\.html$/.test(path) && !/<meta name="robots" content="[^"]*noindex/.test(html))
    problems.push(`${path}: not content, but has no <meta name="robots" content="noindex">`);
  if (/^\/(en\/)?t\/[^/]+\/index\.html$/.test(path) && !/<meta name="description" content="[^"]+"/.test(html))
    problems.push(`${path}: no meta description`);
  if (/^\/(en\/)?index\.html$/.test(path)) {
    const first = /<main[\s\S]*?<img\b([^>]*)>/.exec(html)?.[1] ?? '';
    if (/loading="lazy"/.test(first))
      problems.push(`${path}: the first image of the page is lazy-loaded (it is in the first screen: the LCP)`);
  }
  return problems;
}

/** RSS 2.0 feeds: the channel names itself and its build date; no item is dated after the build day. */
export function rssProblems(path: string, xml: string, buildDay: string): string[] {
  if (!xml.includes('<rss')) return [];
  const problems: string[] = [];
  if (!/<atom:link [^>]*rel="self"/.test(xml)) problems.push(`${path}: no <atom:link rel="self">`);
  if (!/<lastBuildDate>[^<]+<\/lastBuildDate>/.test(xml)) problems.push(`${path}: no <lastBuildDate>`);
  // The end of the build day in Vietnam.
  const latest = Date.parse(`${buildDay}T23:59:59+07:00`);
  for (const match of xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)) {
    if (Date.parse(match[1] ?? '') > latest) problems.push(`${path}: an item dated ${match[1]}, after the build day`);
  }
  return problems;
}

/** iCalendar files: every line ends with CRLF, the last one too (RFC 5545 §3.1). */
export function icsProblems(path: string, text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push(`${path}: the last line does not end with CRLF (RFC 5545 §3.1)`);
  if (/[^\r]\n/.test(text)) problems.push(`${path}: a line ends with a bare LF`);
  return problems;
}

/** robots.txt names the sitemap; every sitemap entry has a lastmod. */
export function crawlProblems(robots: string | undefined, sitemaps: Map<string, string>): string[] {
  const problems: string[] = [];
  if (robots === undefined) problems.push('/robots.txt: missing');
  else if (!/^Sitemap: https?:\/\/\S+sitemap-index\.xml$/m.test(robots))
    problems.push('/robots.txt: does not name the sitemap index');
  for (const [name, xml] of sitemaps) {
    const entries = xml.match(/<(url|sitemap)>[\s\S]*?<\/\1>/g) ?? [];
    const undated = entries.filter((entry) => !/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/.test(entry)).length;
    if (undated > 0) problems.push(`/${name}: ${undated} entries without <lastmod>`);
  }
  return problems;
}

/**
 * Every check above over a built site: each page, RSS feed and calendar file, robots.txt and the sitemaps. With
 * `pages: false` the pages are left out: scripts/check-links.ts applies pageProblems to each page as it reads it for
 * its links, so npm run build reads each page once for both. With `only` (a rebuild: the files written again), those
 * files alone, and robots.txt and the sitemaps when one of them is listed.
 */
export function siteProblems(
  dist: string,
  buildDay: string,
  { pages = true, only }: { pages?: boolean; only?: readonly string[] } = {},
): string[] {
  const files = (only ?? (readdirSync(dist, { recursive: true }) as string[]))
    .map((file) => file.split(sep).join('/'))
    .filter(
      (file) =>
        !file.startsWith('admin/') &&
        !file.startsWith('pagefind/') &&
        (only === undefined || existsSync(join(dist, file))),
    );
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const problems: string[] = [];
  for (const file of files) {
    if (file.endsWith('.html')) {
      if (pages) problems.push(...pageProblems(`/${file}`, read(file)));
    } else if (file.endsWith('.xml') && file.startsWith(`feeds/`))
      problems.push(...rssProblems(`/${file}`, read(file), buildDay));
    else if (file.endsWith('.xml') && file.startsWith('en/feeds/'))
      problems.push(...rssProblems(`/${file}`, read(file), buildDay));
    else if (file.endsWith('.ics')) problems.push(...icsProblems(`/${file}`, read(file)));
  }
  const isSitemap = (file: string) => /^sitemap-[\w-]+\.xml$/.test(file);
  if (only && !files.some((file) => isSitemap(file) || file === 'robots.txt')) return problems;
  const all = only ? readdirSync(dist) : files;
  const sitemaps = new Map(all.filter(isSitemap).map((f) => [f, read(f)]));
  const robots = existsSync(join(dist, 'robots.txt')) ? read('robots.txt') : undefined;
  problems.push(...crawlProblems(robots, sitemaps));
  return problems;
}

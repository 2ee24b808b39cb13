import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { unsafeExternalLink } from './externalLinks.ts';
import { metaPolicyOf } from './host/sitePolicy.ts';
import { pageProblems } from './siteRules.ts';
import { beyondAscii, type ScanOptions, scanStartTags } from './startTags.ts';

/** What the link check needs from one built page. */
export interface PageScan {
  /** Every URL the page loads or links to: a/area/link href, img/source/script src and srcset, og:image, form action. */
  refs: string[];
  /** The ids a #fragment can point at. */
  ids: Set<string>;
  /** Links to another site without rel="noopener noreferrer" (see externalLinks.ts). */
  unsafeExternal: string[];
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/**
 * Reads a page once and returns its references and ids: with the fast start-tag scanner of startTags.ts, or, when
 * the page has HTML outside the scanner's subset, with htmlparser2 (a streaming parser, no DOM). Both report the
 * same tags (startTags.test.ts); `parser: 'htmlparser2'` forces the second.
 */
export function scanPage(
  html: string,
  siteOrigin: string,
  parser: 'fast' | 'htmlparser2' = 'fast',
  { latin1 = false }: ScanOptions = {},
): PageScan {
  if (parser === 'fast') {
    const scan = emptyScan();
    if (scanStartTags(html, (name, attribs) => onStartTag(scan, name, attribs, siteOrigin), { latin1 })) return scan;
  }
  const scan = emptyScan();
  const reader = new Parser({ onopentag: (name, attribs) => onStartTag(scan, name, attribs, siteOrigin) });
  reader.end(latin1 ? Buffer.from(html, 'latin1').toString() : html);
  return scan;
}

const emptyScan = (): PageScan => ({ refs: [], ids: new Set(), unsafeExternal: [] });

function onStartTag(
  { refs, ids, unsafeExternal }: PageScan,
  name: string,
  attribs: Record<string, string>,
  siteOrigin: string,
): void {
  if (attribs['id']) ids.add(attribs['id']);
  if (name === 'a' && attribs['name']) ids.add(attribs['name']);
  if (name === 'meta' && /^og:image$|^twitter:image$/.test(attribs['property'] ?? attribs['name'] ?? '')) {
    if (attribs['content']) refs.push(attribs['content']);
  }
  for (const attribute of URL_ATTRIBUTES[name] ?? []) {
    const value = attribs[attribute];
    if (value === undefined || value === '') continue;
    if (attribute === 'srcset') refs.push(...srcsetUrls(value));
    else refs.push(value);
  }
  if (unsafeExternalLink(name, attribs, siteOrigin)) unsafeExternal.push(attribs['href'] ?? '');
}

/** The URLs of a srcset: "a.avif 400w, b.avif 800w" → a.avif, b.avif. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** url(...) references of a stylesheet, without data: URLs. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => m[2] ?? '')
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('#'));
}

/** The <link> of an RSS channel and its items. */
export function feedLinks(xml: string): string[] {
  return [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&').trim());
}

/**
 * Where a reference points inside the site: its path (decoded, without query) and #fragment, or undefined for
 * another site or a scheme that is not a page (mailto:, tel:, data:, webcal: …). Relative references are resolved
 * against the page's own URL path.
 */
export function internalTarget(
  ref: string,
  fromPath: string,
  siteOrigin: string,
): { path: string; fragment: string } | undefined {
  const trimmed = ref.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, new URL(fromPath, siteOrigin));
  } catch {
    return { path: trimmed, fragment: '' };
  }
  if (url.origin !== siteOrigin) return undefined;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form: no file has that name, so it is reported
  }
  return { path, fragment: url.hash.slice(1) };
}

/**
 * The file a static host serves for a path, as scripts/lib/staticServer.ts does: the file itself, or index.html of
 * a folder; the Vietnamese 404 page is /404.html. `has` tells whether a file (relative to the site root, no
 * leading slash) exists. Undefined when nothing would be served.
 */
export function servedFile(path: string, has: (file: string) => boolean): string | undefined {
  const relative = path.replace(/^\/+/, '');
  if (relative === '404/' || relative === '404') return has('404.html') ? '404.html' : undefined;
  if (relative === '' || relative.endsWith('/')) {
    const index = `${relative}index.html`;
    return has(index) ? index : undefined;
  }
  if (has(relative)) return relative;
  const index = `${relative}/index.html`;
  return has(index) ? index : undefined;
}

/** What checking some of a site's files found; several parts are merged by the caller. */
export interface LinkCheckPart {
  pages: number;
  checked: number;
  /** [target, reason, the page or file pointing at it] */
  broken: [string, string, string][];
  unsafe: string[];
  /** Fragments on other pages, checked once all pages are read: [served file, fragment, from]. */
  fragments: [string, string, string][];
  /**
   * What the page rules of siteRules.ts (pageProblems: heading order, styles in <body>, noindex…) find on these pages:
   * applied here, while each page is in memory, rather than by reading 130,000 pages a second time.
   */
  pageRules: string[];
  /** The distinct Content-Security-Policy values of the pages (sitePolicy.ts), and how many pages carry one. */
  policies: string[];
  withPolicy: number;
}

/** The URL path a file is served at: products/x/index.html → /products/x/. */
export const urlPathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Checks the links of some files of a built site (pages, stylesheets, RSS feeds); `has` tells whether any file of
 * the site exists. Pure apart from reading the files, so the work can be split between threads.
 */
export function checkFiles(
  dist: string,
  files: readonly string[],
  has: (file: string) => boolean,
  siteOrigin: string,
): LinkCheckPart {
  const part: LinkCheckPart = {
    pages: 0,
    checked: 0,
    broken: [],
    unsafe: [],
    fragments: [],
    pageRules: [],
    policies: [],
    withPolicy: 0,
  };
  // A reference from the root ("/products/x/") or with a scheme means the same on every page: resolved once. Most
  // of a page's links are of that kind and repeat from page to page (header, footer, listings).
  const targets = new Map<string, ReturnType<typeof internalTarget>>();
  const targetOf = (ref: string, from: string) => {
    if (ref.charCodeAt(0) !== 47 /* / */ && !/^[a-z][a-z0-9+.-]*:/i.test(ref))
      return internalTarget(ref, from, siteOrigin);
    if (targets.has(ref)) return targets.get(ref);
    const target = internalTarget(ref, from, siteOrigin);
    // Copies kept: the reference is cut out of its page, and a cut-out string held here would keep the page alive.
    const own = (text: string) => Buffer.from(text).toString();
    targets.set(own(ref), target && { path: own(target.path), fragment: own(target.fragment) });
    return target;
  };
  const servedFiles = new Map<string, string | undefined>();
  const servedOf = (path: string) => {
    if (servedFiles.has(path)) return servedFiles.get(path);
    const served = servedFile(path, has);
    servedFiles.set(path, served);
    return served;
  };
  const policies = new Set<string>();
  for (const file of files) {
    if (file.endsWith('.css')) {
      for (const ref of cssUrls(readFileSync(join(dist, file), 'utf8'))) {
        const target = internalTarget(ref, `/${file}`, siteOrigin);
        if (!target) continue;
        part.checked += 1;
        if (!servedFile(target.path, has)) part.broken.push([target.path, 'not in the build', `/${file}`]);
      }
      continue;
    }
    const isFeed = file.startsWith('feeds/') || file.startsWith('en/feeds/');
    if (!file.endsWith('.html') && !(isFeed && file.endsWith('.xml'))) continue;
    const from = urlPathOf(file);
    // A page is read as Latin-1 (see ScanOptions in startTags.ts: what is read from it is ASCII or read again as
    // UTF-8); a feed as UTF-8.
    const text = readFileSync(join(dist, file), isFeed ? 'utf8' : 'latin1');
    const utf8 = () => Buffer.from(text, 'latin1').toString();
    // An RSS item links to a page and often to one decision on it (#decision-<date>): checked like a page's links.
    const { refs, ids, unsafeExternal } = isFeed
      ? { refs: feedLinks(text), ids: new Set<string>(), unsafeExternal: [] }
      : scanPage(text, siteOrigin, 'fast', { latin1: true });
    if (!isFeed) {
      part.pages += 1;
      // The rules look for ASCII markup; their messages quote the page's text (a heading), so they are made again
      // from the page as UTF-8 when there are any.
      if (pageProblems(`/${file}`, text).length > 0) part.pageRules.push(...pageProblems(`/${file}`, utf8()));
      const latin1Policy = metaPolicyOf(text);
      const policy = latin1Policy && beyondAscii(latin1Policy) ? metaPolicyOf(utf8()) : latin1Policy;
      if (policy !== undefined) {
        // A copy of its own: a string cut out of the page would keep the whole page alive.
        if (!policies.has(policy)) policies.add(policy.split('').join(''));
        part.withPolicy += 1;
      }
    }
    for (const link of unsafeExternal)
      part.unsafe.push(`external link without rel="noopener noreferrer" on ${from}: ${link}`);
    for (const ref of refs) {
      const target = targetOf(ref, from);
      if (!target) continue;
      part.checked += 1;
      const served = servedOf(target.path);
      if (!served) {
        part.broken.push([target.path, 'not in the build', from]);
        continue;
      }
      if (target.fragment === '') continue;
      if (served === file) {
        if (!ids.has(target.fragment))
          part.broken.push([`${target.path}#${target.fragment}`, 'no element with that id', from]);
        continue;
      }
      part.fragments.push([served, target.fragment, from]);
    }
  }
  part.policies = [...policies];
  return part;
}

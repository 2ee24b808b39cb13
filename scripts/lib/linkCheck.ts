import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { unsafeExternalLink } from './externalLinks.ts';
import { type PolicyTally, policyTally, tallyPolicy } from './host/siteHost.ts';
import { detached, metaPolicyOf } from './host/sitePolicy.ts';
import { imageBaseOf, type ImageTally, imageTally } from './imageState.ts';
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
 * same tags (startTags.test.ts); `parser: 'htmlparser2'` forces the second. `latin1`: the page as readPage reads it.
 */
export function scanPage(
  html: string,
  siteOrigin: string,
  { parser = 'fast', latin1 = false }: ScanOptions & { parser?: 'fast' | 'htmlparser2' } = {},
): PageScan {
  if (parser === 'fast') {
    const scan = emptyScan();
    if (scanStartTags(html, (name, attribs) => onStartTag(scan, name, attribs, siteOrigin), { latin1 })) return scan;
  }
  const scan = emptyScan();
  const reader = new Parser({ onopentag: (name, attribs) => onStartTag(scan, name, attribs, siteOrigin) });
  reader.end(latin1 ? asUtf8(html) : html);
  return scan;
}

const emptyScan = (): PageScan => ({ refs: [], ids: new Set(), unsafeExternal: [] });

/**
 * A built page as the link check reads it: its UTF-8 bytes as Latin-1, one character a byte (half the time of a
 * UTF-8 read, and a one-byte string to search; see ScanOptions in startTags.ts). Scan it with `{ latin1: true }`.
 */
export const readPage = (path: string) => readFileSync(path, 'latin1');

/** A page read by readPage as the text it is. */
const asUtf8 = (page: string) => Buffer.from(page, 'latin1').toString();

/** Resolves each distinct argument once. */
function memo<T>(resolve: (key: string) => T, keep: (key: string) => string = (key) => key): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = resolve(key);
    known.set(keep(key), value);
    return value;
  };
}

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
  /** The pages' Content-Security-Policy values (sitePolicy.ts). */
  policies: PolicyTally;
  /** The bases of Astro's image files each page, stylesheet and feed shows (imageState.ts). */
  images: ImageTally;
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
  const policies = policyTally();
  const images = imageTally();
  const part: LinkCheckPart = {
    pages: 0,
    checked: 0,
    broken: [],
    unsafe: [],
    fragments: [],
    pageRules: [],
    policies,
    images: images.tally,
  };
  // A reference from the root ("/products/x/") or with a scheme means the same on every page: resolved once. Most
  // of a page's links are of that kind and repeat from page to page (header, footer, listings). Kept as copies: a
  // reference is cut out of its page, and a cut-out string held here would keep the page alive.
  const fromAnyPage = memo((ref) => {
    const target = internalTarget(ref, '/', siteOrigin);
    return target && { path: detached(target.path), fragment: detached(target.fragment) };
  }, detached);
  const targetOf = (ref: string, from: string) =>
    ref.charCodeAt(0) === 47 /* / */ || /^[a-z][a-z0-9+.-]*:/i.test(ref)
      ? fromAnyPage(ref)
      : internalTarget(ref, from, siteOrigin);
  const servedOf = memo((path) => servedFile(path, has));
  const baseOf = memo((served) => imageBaseOf(served));
  for (const file of files) {
    const shown: string[] = [];
    const show = (served: string) => {
      const base = baseOf(served);
      if (base !== undefined) shown.push(base);
    };
    if (file.endsWith('.css')) {
      for (const ref of cssUrls(readFileSync(join(dist, file), 'utf8'))) {
        const target = internalTarget(ref, `/${file}`, siteOrigin);
        if (!target) continue;
        part.checked += 1;
        const served = servedFile(target.path, has);
        if (!served) part.broken.push([target.path, 'not in the build', `/${file}`]);
        else show(served);
      }
      images.add(file, shown);
      continue;
    }
    const isFeed = file.startsWith('feeds/') || file.startsWith('en/feeds/');
    if (!file.endsWith('.html') && !(isFeed && file.endsWith('.xml'))) continue;
    const from = urlPathOf(file);
    // A page as readPage reads it; a feed as UTF-8.
    const text = isFeed ? readFileSync(join(dist, file), 'utf8') : readPage(join(dist, file));
    // An RSS item links to a page and often to one decision on it (#decision-<date>): checked like a page's links.
    const { refs, ids, unsafeExternal } = isFeed
      ? { refs: feedLinks(text), ids: new Set<string>(), unsafeExternal: [] }
      : scanPage(text, siteOrigin, { latin1: true });
    if (!isFeed) {
      part.pages += 1;
      // The rules look for ASCII markup; their messages quote the page's text (a heading), so they are made again
      // from the page as UTF-8 when there are any.
      if (pageProblems(`/${file}`, text).length > 0) part.pageRules.push(...pageProblems(`/${file}`, asUtf8(text)));
      const policy = metaPolicyOf(text);
      tallyPolicy(policies, file, policy && beyondAscii(policy) ? metaPolicyOf(asUtf8(text)) : policy);
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
      show(served);
      if (target.fragment === '') continue;
      if (served === file) {
        if (!ids.has(target.fragment))
          part.broken.push([`${target.path}#${target.fragment}`, 'no element with that id', from]);
        continue;
      }
      part.fragments.push([served, target.fragment, from]);
    }
    images.add(file, shown);
  }
  return part;
}

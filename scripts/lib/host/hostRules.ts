/**
 * The rules a web host applies to the built site, written once: every host configuration the build writes (nginx,
 * Netlify and Cloudflare Pages `_headers` and `_redirects`) is generated from these, so they cannot drift.
 *
 * Paths are matched in the subset every host understands: an exact path (`/sw.js`) or a folder prefix
 * (`/_astro/`). Netlify and Cloudflare Pages apply every matching `_headers` block and join repeated headers with a
 * comma, so two rules that can match the same path never state the same header (checked by hostConfig.test.ts).
 */

/** A path an exact rule or a folder rule applies to. */
export type PathMatch = { exact: string } | { prefix: string };

export interface PathRule {
  match: PathMatch;
  /** Why these files get these headers. */
  why: string;
  headers: Record<string, string>;
}

/** Files named by their content hash: a changed file gets a new name, so a copy can be kept for a year unasked. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The same address gets new content with each build: the browser may keep a copy but asks first (304 if unchanged). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Read fresh every time: the service worker (browsers also check it daily) and Pagefind's unhashed entry files. */
export const NO_CACHE = 'no-cache';
/**
 * Icons, the favicon and the map outline keep their names across builds and change about never: 30 days, the least
 * Lighthouse counts as an efficient cache lifetime (the service worker keeps them cache-first anyway).
 */
export const STABLE_MEDIA = 'public, max-age=2592000, stale-while-revalidate=86400';

/**
 * Content types by extension, for every kind of file the build writes. nginx gets exactly this map; static hosts
 * guess most of them right and are told the few they get wrong (HOSTS_GUESS_WRONG).
 */
export const MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  csv: 'text/csv',
  // The web editor's configuration (/admin/config.yml).
  yml: 'text/yaml',
  // The blank decision-annex template offices download from /data/.
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  // Pagefind's index, fragments, filters, metadata and WebAssembly: gzip data its script unpacks itself.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Text types that get "; charset=utf-8" (every text file the build writes is UTF-8). */
export const UTF8_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/xml',
  'text/plain',
  'text/csv',
  'text/yaml',
  'text/calendar',
  'application/manifest+json',
  'image/svg+xml',
];

export function contentTypeOf(path: string): string {
  const type = MIME_TYPES[extensionOf(path)] ?? 'application/octet-stream';
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Extensions whose type a static host may not know, so `_headers` states it. Netlify and Cloudflare Pages know
 * .ics (text/calendar) from their own tables, and listing each calendar file would outgrow Cloudflare's limit of
 * 100 rules as events are added.
 */
export const HOSTS_GUESS_WRONG = ['webmanifest', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'];

/**
 * Extensions written precompressed (.br and .gz beside the file). Pagefind's .pf_* and .pagefind files are gzip
 * data already (its script unpacks them): compressing them again saves nothing.
 *
 * Pages (.html) are not: the server compresses each as it sends it (nginx's Brotli and gzip filters at
 * PAGE_COMPRESSION, the same quality the copies had; Netlify and Cloudflare Pages compress pages themselves and do not
 * read .br files). At 20,000 products the pages' copies were 5.2 GB written twice, the longest step of the build
 * (six minutes on two cores), for the bytes on the wire the server's filter gives just as well, at 0.6 ms of CPU
 * for a product page (Brotli 5, measured on 300 product pages of the 1,000-product catalogue).
 */
export const COMPRESSIBLE = ['css', 'js', 'mjs', 'json', 'xml', 'txt', 'csv', 'yml', 'ics', 'svg', 'webmanifest'];

/**
 * Files smaller than this get no precompressed copies either: the server compresses them as it sends them, like the
 * pages (nginx's gzip_types and brotli_types name every type of COMPRESSIBLE). They are the files there is one of
 * per record, each fetched now and then: the certificate calendar of each product in each language and the QR
 * stamp of each trace code (54,000 files of 1–2 KB at 20,000 products). Their copies were 108,000 files to write,
 * and 2 min 31 s of the compression step beside Pagefind, to save a few hundred bytes of CPU-cheap work per request.
 */
export const PRECOMPRESS_MIN_BYTES = 4096;

/** The content types the server compresses as it sends them: pages, and COMPRESSIBLE files without copies. */
export const SERVER_COMPRESSED_TYPES: readonly string[] = [
  ...new Set(COMPRESSIBLE.map((extension) => MIME_TYPES[extension] ?? 'application/octet-stream')),
];

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export interface HostOptions {
  /** The Content Security Policy of the site's pages (sitePolicy.ts reads it from the build). */
  contentSecurityPolicy: string;
  /** Where browsers send policy violation reports (OCOP_CSP_REPORT_URL), if anywhere. */
  reportUrl?: string | undefined;
}

/** The endpoint name the policy's report-to refers to in Reporting-Endpoints. */
export const REPORT_GROUP = 'csp';

/**
 * Headers sent with every response. The policy header repeats the page's own <meta> policy (the browser enforces
 * both) and adds what a <meta> policy cannot carry: frame-ancestors and reporting.
 */
export function securityHeaders(options: HostOptions): Record<string, string> {
  let policy = `${options.contentSecurityPolicy}; frame-ancestors 'none'`;
  const headers: Record<string, string> = {};
  if (options.reportUrl) {
    // report-to for browsers with the Reporting API, report-uri for the others (Firefox, Safari).
    policy += `; report-uri ${options.reportUrl}; report-to ${REPORT_GROUP}`;
    headers['Reporting-Endpoints'] = `${REPORT_GROUP}="${options.reportUrl}"`;
  }
  return {
    'Content-Security-Policy': policy,
    ...headers,
    // Two years, subdomains included; "preload" only takes effect once the domain is submitted to hstspreload.org.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
    'X-Content-Type-Options': 'nosniff',
    // frame-ancestors for browsers that predate it.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Nothing on the site asks for these; the shortlist copies a link, so clipboard-write stays allowed.
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Pagefind's top-level files named with a content hash: pagefind.vi_401dd5cad0.pf_meta. */
const PAGEFIND_HASHED = /^pagefind\.[a-z0-9_-]+_[0-9a-f]{6,}\.pf_meta$/;

/**
 * The path rules for a build, given the names of the files directly in dist/pagefind/ (Pagefind names its
 * metadata by hash but its scripts, entry file and WebAssembly by language, so they are told apart by name).
 * Headers not named here come from the host default, which on Netlify and Cloudflare Pages is REVALIDATE and in the
 * nginx configuration is set to it.
 */
export function pathRules(pagefindFiles: readonly string[], englishPrefix = '/en/'): PathRule[] {
  const rules: PathRule[] = [
    {
      match: { prefix: '/_astro/' },
      why: "Astro's bundled scripts, styles, fonts and images (hashed names)",
      headers: { 'Cache-Control': IMMUTABLE },
    },
    ...['index', 'fragment', 'filter'].map((folder): PathRule => ({
      match: { prefix: `/pagefind/${folder}/` },
      why: `Pagefind ${folder} chunks (hashed names)`,
      headers: { 'Cache-Control': IMMUTABLE, 'Content-Type': contentTypeOf(`x.pf_${folder}`) },
    })),
    {
      match: { exact: '/sw.js' },
      why: 'the service worker: a new build must reach every visitor',
      headers: { 'Cache-Control': NO_CACHE },
    },
    {
      match: { prefix: '/icons/' },
      why: 'app icons (names kept across builds)',
      headers: { 'Cache-Control': STABLE_MEDIA },
    },
    {
      match: { prefix: '/map/' },
      why: 'the map outline (name kept across builds)',
      headers: { 'Cache-Control': STABLE_MEDIA },
    },
    {
      match: { exact: '/favicon.svg' },
      why: 'the favicon (name kept across builds)',
      headers: { 'Cache-Control': STABLE_MEDIA },
    },
  ];
  for (const name of [...pagefindFiles].sort()) {
    const path = `/pagefind/${name}`;
    const hashed = PAGEFIND_HASHED.test(name);
    const headers: Record<string, string> = { 'Cache-Control': hashed ? IMMUTABLE : NO_CACHE };
    if (HOSTS_GUESS_WRONG.includes(extensionOf(name))) headers['Content-Type'] = contentTypeOf(name);
    rules.push({
      match: { exact: path },
      why: hashed ? 'Pagefind metadata (hashed name)' : 'Pagefind script, entry or WebAssembly (same name every build)',
      headers,
    });
  }
  for (const path of ['/manifest.webmanifest', `${englishPrefix}manifest.webmanifest`])
    rules.push({
      match: { exact: path },
      why: 'web app manifest',
      headers: { 'Content-Type': contentTypeOf(path) },
    });
  return rules;
}

/** Which not-found page a missed path gets: English paths the English page, everything else the Vietnamese one. */
export const NOT_FOUND = [
  { prefix: '/en/', page: '/en/404.html' },
  { prefix: '/', page: '/404.html' },
] as const;

export function notFoundPageFor(path: string): string {
  return (NOT_FOUND.find((rule) => path.startsWith(rule.prefix)) ?? NOT_FOUND[1]).page;
}

export function matches(match: PathMatch, path: string): boolean {
  return 'exact' in match ? path === match.exact : path.startsWith(match.prefix);
}

/**
 * What every host must send for a path: security headers, the host default cache policy, and the headers of
 * every rule that matches it. The reference the generated configurations are tested against.
 */
export function headersFor(path: string, rules: readonly PathRule[], options: HostOptions): Record<string, string> {
  const headers: Record<string, string> = { ...securityHeaders(options), 'Cache-Control': REVALIDATE };
  for (const rule of rules) if (matches(rule.match, path)) Object.assign(headers, rule.headers);
  return headers;
}

/** The levels the server compresses pages at, per request (see COMPRESSIBLE). */
export const PAGE_COMPRESSION = { brotli: 5, gzip: 6 } as const;

/**
 * Brotli quality for a precompressed file of the built site (never a page, see COMPRESSIBLE): scripts, styles and
 * SVG images at 11 whatever their size (parts of the pages, each downloaded by many visitors, and their copies are
 * cached by content hash). The other files (the open-data exports, calendars, feeds, sitemaps) are written anew by
 * each build (an export carries its build time) and fetched by programs now and then: 10 up to 1 MiB, 9 above.
 * Measured on the 20,000-product site (scripts/compress.ts): a province's 630 KB products.json takes 817 ms at 11
 * (39.4 KB), 265 ms at 10 (41.0 KB, 4% more) and 195 ms at 9 (45.6 KB); a 425 KB calendar 515 / 163 / 147 ms for
 * 25.6 / 27.9 / 28.9 KB. The 92 MB of such files under 1 MiB took about 100 s of CPU at 11, a quarter of a full build
 * on one core.
 */
export const LARGE_FILE_BYTES = 1024 * 1024;

export function brotliQuality(file: string, bytes: number): number {
  const extension = extensionOf(file);
  if (extension === 'js' || extension === 'mjs' || extension === 'css' || extension === 'svg') return 11;
  return bytes > LARGE_FILE_BYTES ? 9 : 10;
}

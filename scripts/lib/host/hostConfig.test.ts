import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { HOST_RULE_LIMIT, headersFile, headersFromFile, parseHeadersFile, redirectsFile } from './headersFile.ts';
import {
  brotliQuality,
  COMPRESSIBLE,
  SERVER_COMPRESSED_TYPES,
  LARGE_FILE_BYTES,
  PAGE_COMPRESSION,
  contentTypeOf,
  HOSTS_GUESS_WRONG,
  headersFor,
  IMMUTABLE,
  matches,
  NO_CACHE,
  notFoundPageFor,
  pathRules,
  REVALIDATE,
  securityHeaders,
} from './hostRules.ts';
import { nginxServerBlock, nginxStandaloneConf } from './nginxConf.ts';
import { BROTLI_MODULES, findNginx, NGINX_MISSING, startNginx } from './nginxServer.ts';
import { mergePolicies, metaPolicyOf } from './sitePolicy.ts';

/** Pagefind's top-level files as version 1.6 writes them. */
const PAGEFIND = [
  'pagefind-entry.json',
  'pagefind-highlight.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
  'pagefind-worker.js',
  'pagefind.en_462c5b2179.pf_meta',
  'pagefind.js',
  'pagefind.vi_401dd5cad0.pf_meta',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
];
const rules = pathRules(PAGEFIND);
const options = {
  contentSecurityPolicy: "default-src 'self'; script-src 'self' 'sha256-AAAA'; style-src 'self' 'sha256-BBBB'",
  reportUrl: 'https://reports.example.vn/csp',
};

/** Addresses of every kind, including ones no rule names. */
const PATHS = [
  '/',
  '/en/',
  '/products/gao-huu-co-an-lo/',
  '/en/t/7KQ2M9XD/',
  '/t/7KQ2M9XD/qr.svg',
  '/data/products.json',
  '/feeds/events.xml',
  '/events/calendar.ics',
  '/manifest.webmanifest',
  '/en/manifest.webmanifest',
  '/sw.js',
  '/favicon.svg',
  '/icons/192.png',
  '/map/vietnam.svg',
  '/_astro/BaseLayout.DqypBKu5.css',
  '/_astro/gao.BsNz8Tzn_1HgPxE.avif',
  '/pagefind/index/en_527dde9.pf_index',
  '/pagefind/fragment/en_13140a1.pf_fragment',
  '/pagefind/filter/vi_1.pf_filter',
  ...PAGEFIND.map((name) => `/pagefind/${name}`),
];

interface NginxLocation {
  modifier: '=' | '^~' | '';
  path: string;
  headers: Record<string, string>;
  notFound?: string | undefined;
}

/** Reads the server block back: its locations, their add_header lines and error pages, and its types map. */
function parseServerBlock(conf: string) {
  const locations: NginxLocation[] = [];
  const types = new Map<string, string>();
  let current: NginxLocation | undefined;
  let inTypes = false;
  for (const raw of conf.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const location = /^location\s+(=|\^~)?\s*(\S+)\s*\{(.*)$/.exec(line);
    if (location) {
      current = { modifier: (location[1] ?? '') as NginxLocation['modifier'], path: location[2] ?? '', headers: {} };
      locations.push(current);
      if (location[3]?.includes('}')) current = undefined;
      continue;
    }
    if (line === 'types {') inTypes = true;
    else if (line === '}') {
      inTypes = false;
      current = undefined;
    } else if (inTypes) {
      const [type, ...extensions] = line.replace(/;$/, '').split(/\s+/);
      for (const extension of extensions) types.set(extension, type ?? '');
    } else if (current) {
      const header = /^add_header\s+(\S+)\s+"((?:[^"\\]|\\.)*)"\s+always;$/.exec(line);
      const notFound = /^error_page\s+404\s+(\S+);$/.exec(line);
      if (header) current.headers[header[1] ?? ''] = (header[2] ?? '').replace(/\\(.)/g, '$1');
      else if (notFound) current.notFound = notFound[1];
      else if (!line.startsWith('return ')) throw new Error(`unexpected line in a location: ${line}`);
    }
  }
  return { locations, types };
}

/** nginx's choice of location: an exact match, else the longest prefix (regular expressions are not used). */
function nginxLocationFor(locations: NginxLocation[], path: string): NginxLocation {
  const exact = locations.find((l) => l.modifier === '=' && l.path === path);
  if (exact) return exact;
  const prefixes = locations.filter((l) => l.modifier !== '=' && path.startsWith(l.path));
  const longest = prefixes.sort((a, b) => b.path.length - a.path.length)[0];
  if (!longest) throw new Error(`no location for ${path}`);
  return longest;
}

describe('host rules', () => {
  it('no two rules that can match one path state the same header (hosts would join them with a comma)', () => {
    const probes = [...PATHS, ...rules.map((r) => ('exact' in r.match ? r.match.exact : `${r.match.prefix}x`))];
    for (const path of probes) {
      const seen = new Map<string, string>();
      for (const rule of rules.filter((r) => matches(r.match, path)))
        for (const name of Object.keys(rule.headers)) {
          expect(seen.get(name), `${path}: ${name} from "${rule.why}" and "${seen.get(name)}"`).toBeUndefined();
          seen.set(name, rule.why);
        }
    }
  });

  it('hashed files are immutable, unhashed Pagefind files and the service worker revalidate, pages too', () => {
    const cache = (path: string) => headersFor(path, rules, options)['Cache-Control'];
    expect(cache('/_astro/x.js')).toBe(IMMUTABLE);
    expect(cache('/pagefind/fragment/en_1.pf_fragment')).toBe(IMMUTABLE);
    expect(cache('/pagefind/pagefind.vi_401dd5cad0.pf_meta')).toBe(IMMUTABLE);
    expect(cache('/pagefind/pagefind.js')).toBe(NO_CACHE);
    expect(cache('/pagefind/pagefind-entry.json')).toBe(NO_CACHE);
    expect(cache('/pagefind/wasm.unknown.pagefind')).toBe(NO_CACHE);
    expect(cache('/sw.js')).toBe(NO_CACHE);
    expect(cache('/products/x/')).toBe(REVALIDATE);
    expect(cache('/data/products.json')).toBe(REVALIDATE);
    expect(cache('/feeds/events.xml')).toBe(REVALIDATE);
  });

  it('the policy header adds frame-ancestors and reporting to the page policy', () => {
    expect(securityHeaders(options)).toMatchObject({
      'Content-Security-Policy': `${options.contentSecurityPolicy}; frame-ancestors 'none'; report-uri https://reports.example.vn/csp; report-to csp`,
      'Reporting-Endpoints': 'csp="https://reports.example.vn/csp"',
    });
    const quiet = securityHeaders({ contentSecurityPolicy: "default-src 'self'" });
    expect(quiet['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(quiet['Reporting-Endpoints']).toBeUndefined();
  });

  it('English misses get the English not-found page', () => {
    expect(notFoundPageFor('/en/products/x/')).toBe('/en/404.html');
    expect(notFoundPageFor('/products/x/')).toBe('/404.html');
    expect(notFoundPageFor('/english/')).toBe('/404.html');
  });

  it('types: calendar, manifest and Pagefind files', () => {
    expect(contentTypeOf('/events/calendar.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentTypeOf('/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeOf('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('/pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
  });
});

describe('compression', () => {
  it('scripts, styles and SVG at 11 whatever their size; other files at 10 up to 1 MiB, 9 above', () => {
    expect(brotliQuality('admin/decap-cms.js', 5_000_000)).toBe(11);
    expect(brotliQuality('_astro/site.css', 2_000_000)).toBe(11);
    expect(brotliQuality('map/vietnam.svg', 2_000_000)).toBe(11);
    expect(brotliQuality('data/products.json', 40_000)).toBe(10);
    expect(brotliQuality('data/products.json', LARGE_FILE_BYTES)).toBe(10);
    expect(brotliQuality('renewals/hue/certificates.ics', 400_000)).toBe(10);
    expect(brotliQuality('data/products.json', LARGE_FILE_BYTES + 1)).toBe(9);
    expect(brotliQuality('sitemap-0.xml', 15_000_000)).toBe(9);
  });

  it('pages are not precompressed: nginx compresses them as it sends them, with Brotli and with gzip', () => {
    expect(COMPRESSIBLE).not.toContain('html');
    expect(COMPRESSIBLE).toEqual(expect.arrayContaining(['css', 'js', 'json', 'xml', 'ics', 'svg']));
    const conf = nginxServerBlock(rules, { ...options, root: '/srv/site', listen: '80', brotli: true });
    // The small files without copies (PRECOMPRESS_MIN_BYTES) are compressed as they are sent, like the pages.
    expect(SERVER_COMPRESSED_TYPES).toEqual(
      expect.arrayContaining(['text/css', 'text/javascript', 'application/json', 'text/calendar', 'image/svg+xml']),
    );
    expect(SERVER_COMPRESSED_TYPES).not.toContain('text/html');
    for (const line of [
      `gzip_types ${SERVER_COMPRESSED_TYPES.join(' ')};`,
      `brotli_types ${SERVER_COMPRESSED_TYPES.join(' ')};`,
      'gzip on;',
      'gzip_static on;',
      `gzip_comp_level ${PAGE_COMPRESSION.gzip};`,
      'brotli on;',
      'brotli_static on;',
      `brotli_comp_level ${PAGE_COMPRESSION.brotli};`,
    ])
      expect(conf.split('\n').map((l) => l.trim())).toContain(line);
  });
});

describe('site policy', () => {
  it('is the union of the pages’ policies, each directive once', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S';",
      "default-src 'self'; script-src 'self' 'sha256-B'; style-src 'self' 'sha256-S'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S'");
  });

  it("keeps no hashes beside a page's 'unsafe-inline', which they would switch off", () => {
    const merged = mergePolicies([
      "style-src 'self' 'sha256-S'; script-src 'self' 'sha256-A'",
      "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-eval'",
    ]);
    expect(merged).toBe("style-src 'self' 'unsafe-inline'; script-src 'self' 'sha256-A' 'unsafe-eval'");
  });

  it("is read from the page's <meta> tag", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-A'"></head>`;
    expect(metaPolicyOf(html)).toBe("default-src 'self'; script-src 'self' 'sha256-A'");
    expect(metaPolicyOf('<head></head>')).toBeUndefined();
  });
});

describe('generated host configurations', () => {
  const nginx = nginxServerBlock(rules, { ...options, root: '/srv/ocop/dist', listen: '80', brotli: true });
  const parsed = parseServerBlock(nginx);
  const file = headersFile(rules, options);
  const blocks = parseHeadersFile(file);

  it('_headers parses, within the 100 rules Cloudflare Pages reads, every line under 2,000 characters', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.length).toBeLessThanOrEqual(HOST_RULE_LIMIT);
    for (const line of file.split('\n')) expect(line.length).toBeLessThan(2000);
    expect(blocks[0]?.pattern).toBe('/*');
  });

  for (const path of PATHS)
    it(`nginx and _headers state the same headers for ${path}`, () => {
      const expected = headersFor(path, rules, options);
      const location = nginxLocationFor(parsed.locations, path);
      expect(location.headers).toEqual(
        Object.fromEntries(Object.entries(expected).filter(([name]) => name !== 'Content-Type')),
      );
      const fromFile: Record<string, string> = { 'Cache-Control': REVALIDATE, ...headersFromFile(blocks, path) };
      expect(fromFile).toEqual(expected);
      // nginx's content type comes from its types map; _headers states it where hosts might guess wrong.
      const extension = path.slice(path.lastIndexOf('.') + 1);
      const nginxType = path.endsWith('/') ? 'text/html' : parsed.types.get(extension);
      expect(`${nginxType}`).toBe(contentTypeOf(path.endsWith('/') ? 'index.html' : path).split(';')[0]);
      if (HOSTS_GUESS_WRONG.includes(extension)) expect(fromFile['Content-Type']).toBe(contentTypeOf(path));
      expect(location.notFound).toBe(notFoundPageFor(path));
    });

  it('_redirects sends English misses to the English not-found page with status 404', () => {
    expect(redirectsFile().trim().split('\n').at(-1)?.split(/\s+/)).toEqual(['/en/*', '/en/404.html', '404']);
  });

  it.skipIf(!findNginx())('nginx itself accepts the configuration (nginx -t)', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'ocop-nginx-test-'));
    try {
      const brotli = BROTLI_MODULES.every((module) => existsSync(module));
      const conf = nginxStandaloneConf(
        nginxServerBlock(rules, { ...options, root: prefix, listen: '127.0.0.1:1', brotli }),
        { prefix, brotliModules: brotli ? BROTLI_MODULES : undefined, userRoot: process.getuid?.() === 0 },
      );
      writeFileSync(join(prefix, 'nginx.conf'), conf);
      const nginxBinary = findNginx() ?? 'nginx';
      const out = execFileSync(
        nginxBinary,
        ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
        {
          stdio: 'pipe',
        },
      );
      expect(out.toString()).toBe('');
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});

describe('the publishing workflow', () => {
  const workflow = parse(readFileSync(join(import.meta.dirname, '../../../.github/workflows/site.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { uses?: string; run?: string; with?: { path?: string } }[]; needs?: string }>;
  };
  const build = workflow.jobs['build-and-test'];

  it('parses, runs the whole of .ci/run on every pull request and push, then publishes', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(build?.steps.some((step) => step.run?.trim() === '.ci/run')).toBe(true);
    expect(workflow.jobs['publish']?.needs).toBe('build-and-test');
  });

  it('caches node_modules, Astro’s cache and its image cache between runs', () => {
    const cached = (build?.steps ?? [])
      .filter((step) => step.uses?.startsWith('actions/cache@'))
      .flatMap((step) => (step.with?.path ?? '').split('\n').map((line) => line.trim()))
      .filter(Boolean);
    expect(cached).toEqual(expect.arrayContaining(['node_modules', 'node_modules/.astro']));
  });
});

describe('starting nginx', () => {
  it('without nginx, says what to install instead of starting anything', async () => {
    vi.stubEnv('NGINX', '/nonexistent/nginx');
    try {
      expect(findNginx()).toBeUndefined();
      await expect(startNginx('dist')).rejects.toThrow(NGINX_MISSING);
      expect(NGINX_MISSING).toMatch(/apt-get install nginx libnginx-mod-http-brotli-static/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

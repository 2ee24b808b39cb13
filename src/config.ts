/**
 * Every setting the site, its scripts and its tests read from the environment, with its default. Nothing else reads
 * `process.env` for an `OCOP_*` variable. Values are read when asked for, not at import, so a script or test can set
 * a variable first. Imports nothing: any layer may use it.
 */

function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * `OCOP_TODAY=YYYY-MM-DD` pins "today" for certificate states and upcoming events, so a build or test can be run as
 * of any day. Unset: today in Vietnam (see `src/lib/core/clock.ts`).
 */
export function pinnedToday(): string | undefined {
  return env('OCOP_TODAY');
}

/** `OCOP_CONTENT_DIR`: the content root. Default `content` beside package.json; fixture and synthetic trees set it. */
export function contentDir(): string {
  return env('OCOP_CONTENT_DIR') ?? 'content';
}

/** `OCOP_SITE_URL`: the absolute site URL for canonical links, the sitemap and QR codes. Set it when deploying. */
export function siteUrl(): string {
  return env('OCOP_SITE_URL') ?? 'https://ocop.example.vn';
}

/**
 * `OCOP_PAGE_KEYS=1`: product, trace and producer pages carry a key of everything they show
 * (`src/pages/_views/pageKeys.ts`), so that a rebuild after a change renders only the pages whose key changed. Set by
 * `scripts/build.ts`.
 */
export function pageKeysWanted(): boolean {
  return env('OCOP_PAGE_KEYS') === '1';
}

/** `OCOP_BENCH=1`: the build prints the timing lines `npm run bench` reads. Set by the bench only. */
export function benchMode(): boolean {
  return env('OCOP_BENCH') !== undefined;
}

/** `OCOP_DIST`: the built site that the browser tests, screenshots and checks read. Default `dist`. */
export function distDir(): string {
  return env('OCOP_DIST') ?? 'dist';
}

/** `CHROMIUM_PATH`: the browser for tests and screenshots. Default Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return env('CHROMIUM_PATH') ?? '/usr/bin/chromium';
}

/**
 * `OCOP_CMS_*`: the git host the web editor at /admin/ signs in to and saves to (README, "Setting up the editor for a
 * git host"). `backend` is github (default), gitlab or gitea (also Forgejo); `provinces` ("hue,ha-noi") limits the
 * editor to some provinces' collections. Checked in src/lib/admin/adminFiles.ts.
 */
export function cmsSettings(): {
  backend: string;
  repo: string | undefined;
  branch: string;
  apiRoot: string | undefined;
  baseUrl: string | undefined;
  appId: string | undefined;
  provinces: string[] | undefined;
} {
  return {
    backend: env('OCOP_CMS_BACKEND') ?? 'github',
    repo: env('OCOP_CMS_REPO'),
    branch: env('OCOP_CMS_BRANCH') ?? 'main',
    apiRoot: env('OCOP_CMS_API_ROOT'),
    baseUrl: env('OCOP_CMS_BASE_URL'),
    appId: env('OCOP_CMS_APP_ID'),
    provinces: env('OCOP_CMS_PROVINCES')
      ?.split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  };
}

/**
 * `OCOP_CSP_REPORT_URL`: an https:// address where browsers send Content-Security-Policy violation reports; the
 * policy header gets `report-uri` and `report-to`, with `Reporting-Endpoints`. Read at build time. Default: none.
 */
export function cspReportUrl(): string | undefined {
  return env('OCOP_CSP_REPORT_URL');
}

/** `OCOP_DEPLOY_ROOT`: the folder the generated nginx server block serves the site from. Default: this `dist/`. */
export function deployRoot(): string | undefined {
  return env('OCOP_DEPLOY_ROOT');
}

/** `OCOP_NGINX_LISTEN`: the `listen` value of the generated nginx server block. Default `80`. */
export function nginxListen(): string {
  return env('OCOP_NGINX_LISTEN') ?? '80';
}

/**
 * `OCOP_SHARD=i/n`: this `astro build` renders only the i-th of n shares of the pages (0-based), so that
 * `scripts/build.ts` can render on every core and merge the shares into one `dist/`. Set by that script only.
 */
export function buildShard(): { index: number; count: number } | undefined {
  const value = env('OCOP_SHARD');
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count)
    throw new Error(`OCOP_SHARD must be "i/n" with 0 ≤ i < n (got "${value}")`);
  return { index, count };
}

/**
 * `OCOP_STORE_READY=<file>`: set by `scripts/build.ts` on a render process started before the content sync ended;
 * the pages read the content store once this file exists (src/integrations/contentStoreFile.ts).
 */
export function storeReadyFile(): string | undefined {
  return env('OCOP_STORE_READY');
}

/**
 * `OCOP_PREVIOUS_PAGES=<file>`: this `astro build` renders only the pages that are new, carry no key, or whose key
 * differs from the one in the file (the page list of the build being updated). Set by `scripts/build.ts --changed`.
 */
export function previousPagesFile(): string | undefined {
  return env('OCOP_PREVIOUS_PAGES');
}

/**
 * `OCOP_ASTRO_CACHE_DIR`: Astro's cache folder (content data store, optimised images). Default Astro's own
 * (`node_modules/.astro`). `scripts/build.ts` gives each render process its own, so none reads a file another is
 * writing.
 */
export function astroCacheDir(): string | undefined {
  return env('OCOP_ASTRO_CACHE_DIR');
}

/**
 * `OCOP_BUILD_PROCESSES`: how many `astro build` processes `scripts/build.ts` renders the pages with. Default: the
 * number of cores, at most 4 (each process holds the whole catalogue in memory: about 2.5 GB at 20,000 products).
 */
export function buildProcesses(cores: number): number {
  const value = env('OCOP_BUILD_PROCESSES');
  if (value === undefined) return Math.max(1, Math.min(cores, 4));
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 16)
    throw new Error(`OCOP_BUILD_PROCESSES must be a whole number from 1 to 16 (got "${value}")`);
  return count;
}

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
 * `OCOP_INCREMENTAL=1`: Astro's experimental incremental build, with cache keys on product and trace pages
 * (`src/pages/_views/pageKeys.ts`). Off by default; see bench/RESULTS.md.
 */
export function incrementalBuild(): boolean {
  return env('OCOP_INCREMENTAL') === '1';
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

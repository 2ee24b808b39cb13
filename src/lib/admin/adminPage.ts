/**
 * The page at /admin/ that loads the web editor (Decap CMS), its Content Security Policy, and the small script that
 * runs beside it. The public pages keep the strict policy of astro.config.mjs; only this page needs more.
 */

/** Where the editor's browser code talks to: the git host's API, and the local proxy when trying it out. */
export interface AdminPolicyOptions {
  /** Origins the editor fetches from besides the site itself: "https://api.github.com", "http://127.0.0.1:8081". */
  connect: readonly string[];
  /** Origins of pictures shown in the editor besides the site: the git host's avatars. */
  images?: readonly string[];
}

/**
 * The policy of /admin/. Decap CMS needs more than the public pages allow, each for a reason found by trying it in
 * Chromium (tests/e2e/admin.e2e.ts fails on any violation):
 * - 'unsafe-eval': its form validation compiles JSON Schemas into functions (Ajv) when it loads the configuration;
 * - style-src 'unsafe-inline': its React components are styled with Emotion, which writes <style> tags at run time;
 * - blob: and data: images: previews of uploaded and stored photos are shown from blob: URLs;
 * - blob: in connect-src: it reads stored photos back from the blob: URLs it made of them;
 * - the git host's API in connect-src, since reading and saving records are calls to that API from the browser.
 * No inline script: the page loads only files from /admin/.
 */
export function adminPolicy(options: AdminPolicyOptions): string {
  const connect = ["'self'", 'blob:', ...options.connect].join(' ');
  const images = ["'self'", 'data:', 'blob:', ...(options.images ?? [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images}`,
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The HTML of /admin/: no search engine indexes it, and it is in neither the sitemap nor the search index. */
export function adminHtml(policy: string): string {
  const attribute = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta http-equiv="Content-Security-Policy" content="${attribute}" />
    <title>Trình soạn thảo hồ sơ OCOP</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="cms-config-url" type="text/yaml" href="/admin/config.yml" />
  </head>
  <body>
    <noscript>Trình soạn thảo cần bật JavaScript.</noscript>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/editor.js"></script>
  </body>
</html>
`;
}

import {
  type HostOptions,
  MIME_TYPES,
  NOT_FOUND,
  notFoundPageFor,
  PAGE_COMPRESSION,
  type PathRule,
  REVALIDATE,
  SERVER_COMPRESSED_TYPES,
  securityHeaders,
  UTF8_TYPES,
} from './hostRules.ts';

export interface NginxSiteOptions extends HostOptions {
  /** Absolute path of the built site (dist/). */
  root: string;
  /** `listen` value: "80", "127.0.0.1:8080"; TLS is left to the host's own server block or proxy. */
  listen: string;
  serverName?: string | undefined;
  /**
   * Send Brotli: the .br files, and pages compressed as they are sent. Needs Debian's
   * libnginx-mod-http-brotli-static and libnginx-mod-http-brotli-filter (loaded from modules-enabled).
   */
  brotli: boolean;
}

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

function locationBlock(selector: string, path: string, headers: Record<string, string>, indent: string): string {
  const lines = [`${indent}location ${selector} {`];
  // add_header in a location replaces every add_header of the server level, so each location states them all;
  // "always" sends them with 404s too.
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'Content-Type') continue; // from the types map below, which nginx applies to the .br/.gz too
    lines.push(`${indent}  add_header ${name} ${quote(value)} always;`);
  }
  lines.push(`${indent}  error_page 404 ${notFoundPageFor(path)};`);
  lines.push(`${indent}}`);
  return lines.join('\n');
}

/**
 * An nginx `server { … }` block serving the built site with the rules of hostRules.ts: include it in the `http`
 * block (Debian: /etc/nginx/sites-enabled/). Content types come from its own `types` map, so the host's
 * mime.types does not matter; precompressed .br and .gz files are served to browsers that accept them, and pages
 * are compressed as they are sent.
 */
export function nginxServerBlock(rules: readonly PathRule[], options: NginxSiteOptions): string {
  const security = securityHeaders(options);
  const base = { ...security, 'Cache-Control': REVALIDATE };
  const types = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(MIME_TYPES)) types.set(type, [...(types.get(type) ?? []), extension]);
  const out = [
    'server {',
    `  listen ${options.listen};`,
    ...(options.serverName ? [`  server_name ${options.serverName};`] : []),
    `  root ${quote(options.root)};`,
    '  index index.html;',
    '  server_tokens off;',
    // Redirects for a folder asked without its slash say "/products/x/", not "http://host:port/products/x/".
    '  absolute_redirect off;',
    '  charset utf-8;',
    `  charset_types ${UTF8_TYPES.join(' ')};`,
    '  types {',
    ...[...types].map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`),
    '  }',
    '  default_type application/octet-stream;',
    // Scripts, styles, data and feeds go as the .br/.gz copies the build wrote (scripts/compress.ts); pages and the
    // small files without copies are compressed as they are sent (text/html is always among the types): see
    // COMPRESSIBLE and PRECOMPRESS_MIN_BYTES.
    '  gzip_static on;',
    '  gzip on;',
    `  gzip_types ${SERVER_COMPRESSED_TYPES.join(' ')};`,
    `  gzip_comp_level ${PAGE_COMPRESSION.gzip};`,
    '  gzip_vary on;',
    ...(options.brotli
      ? [
          '  # Debian: apt-get install libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter',
          '  brotli_static on;',
          '  brotli on;',
          `  brotli_types ${SERVER_COMPRESSED_TYPES.join(' ')};`,
          `  brotli_comp_level ${PAGE_COMPRESSION.brotli};`,
        ]
      : [
          "  # With Debian's libnginx-mod-http-brotli-static and libnginx-mod-http-brotli-filter installed:",
          `  # brotli_static on; brotli on; brotli_types ${SERVER_COMPRESSED_TYPES.join(' ')};`,
          `  # brotli_comp_level ${PAGE_COMPRESSION.brotli};`,
        ]),
    '',
    locationBlock('/', '/', base, '  '),
  ];
  for (const { prefix } of NOT_FOUND) if (prefix !== '/') out.push(locationBlock(prefix, prefix, base, '  '));
  for (const rule of rules) {
    const selector = 'exact' in rule.match ? `= ${rule.match.exact}` : `^~ ${rule.match.prefix}`;
    const path = 'exact' in rule.match ? rule.match.exact : rule.match.prefix;
    out.push(`  # ${rule.why}`, locationBlock(selector, path, { ...base, ...rule.headers }, '  '));
  }
  out.push(
    '  # Instructions for Netlify and Cloudflare Pages, not pages of the site.',
    '  location = /_headers { return 404; }',
    '  location = /_redirects { return 404; }',
    '}',
    '',
  );
  return out.join('\n');
}

export interface NginxStandaloneOptions {
  /** Folder for the pid file, logs and temporary files. */
  prefix: string;
  /** Paths of Debian's Brotli modules (static and filter), when installed. */
  brotliModules?: readonly string[] | undefined;
  /** Run workers as root (when started by root, so they can read a checkout root owns). */
  userRoot: boolean;
  workers?: number | 'auto' | undefined;
  accessLog?: boolean | undefined;
}

/** A whole nginx.conf around the server block, for a server started by the tests, npm start or the load test. */
export function nginxStandaloneConf(server: string, options: NginxStandaloneOptions): string {
  const p = options.prefix;
  return [
    '# Generated by scripts/lib/host/nginxConf.ts for a local server; see README "Publishing the site".',
    ...(options.brotliModules ?? []).map((module) => `load_module ${quote(module)};`),
    ...(options.userRoot ? ['user root;'] : []),
    'daemon off;',
    `worker_processes ${options.workers ?? 1};`,
    `pid ${quote(`${p}/nginx.pid`)};`,
    `error_log ${quote(`${p}/error.log`)} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    options.accessLog ? `  access_log ${quote(`${p}/access.log`)};` : '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${quote(`${p}/${kind}`)};`,
    ),
    '  sendfile on;',
    '  tcp_nopush on;',
    '  keepalive_timeout 65;',
    server
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n'),
    '}',
    '',
  ].join('\n');
}

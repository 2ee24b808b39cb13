import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { nginxServerBlock, nginxStandaloneConf } from './nginxConf.ts';
import { siteHost } from './siteHost.ts';

/**
 * Debian's Brotli modules: brotli_static sends the build's .br files (libnginx-mod-http-brotli-static), the filter
 * compresses pages as they are sent (libnginx-mod-http-brotli-filter).
 */
export const BROTLI_MODULES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
] as const;

/**
 * The nginx binary: the one NGINX names (only that one), else nginx on PATH, else where Debian puts it (/usr/sbin is
 * not on every user's PATH).
 */
export function findNginx(): string | undefined {
  const named = process.env['NGINX'];
  if (named) return existsSync(named) ? named : undefined;
  const candidates = [
    ...(process.env['PATH'] ?? '').split(delimiter).map((dir) => dir && join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const NGINX_MISSING =
  'nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-static ' +
  'libnginx-mod-http-brotli-filter ' +
  "(or run npm run preview for Astro's own preview server, without the production headers).";

/** A free port on 127.0.0.1 (asked of the system, then released for nginx to take). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1');
  });
}

export interface RunningNginx {
  url: string;
  port: number;
  /** Folder with nginx.conf, the pid file and error.log. */
  prefix: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** 0: any free port. */
  port?: number;
  workers?: number | 'auto';
  accessLog?: boolean;
  /** Keep the prefix folder after stopping (npm start prints where it is). */
  keepPrefix?: boolean;
}

/**
 * Starts nginx in the foreground on 127.0.0.1 serving `dist`, with a configuration generated from the same rules
 * as deploy/nginx/ocop-site.conf and its pid file, logs and temporary files in a fresh folder under the system's
 * temporary directory. Works as root (workers stay root to read the checkout) and as any other user.
 */
export async function startNginx(dist: string, options: StartOptions = {}): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error(NGINX_MISSING);
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html not found: run npm run build first`);
  const { rules, options: hostOptions } = siteHost(root);
  const port = options.port || (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'ocop-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const brotli = BROTLI_MODULES.every((module) => existsSync(module));
  const server = nginxServerBlock(rules, { ...hostOptions, root, listen: `127.0.0.1:${port}`, brotli });
  const conf = nginxStandaloneConf(server, {
    prefix,
    brotliModules: brotli ? BROTLI_MODULES : undefined,
    userRoot: process.getuid?.() === 0,
    workers: options.workers,
    accessLog: options.accessLog,
  });
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exited = false;
  const exit = new Promise<void>((done) =>
    child.once('exit', () => {
      exited = true;
      done();
    }),
  );
  const log = () => {
    const file = join(prefix, 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`.trim();
  };
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not start on 127.0.0.1:${port} (configuration: ${prefix}/nginx.conf):\n${log()}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    prefix,
    process: child,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM'); // nginx's fast shutdown; the master stops its workers
        await exit;
      }
      if (!options.keepPrefix) rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/**
 * The web editor on this computer: decap-server (Decap CMS's local proxy, which reads and writes files in a folder)
 * on a free 127.0.0.1 port, and a small server for the /admin/ page on another. Used by `npm run admin` on the real
 * content/ and by tests/e2e/admin.e2e.ts on a temporary copy. Saves are written straight to the files (no review,
 * no commit): the trial shows what the editor writes, and `git diff` shows it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { siteUrl } from '../../src/config.ts';
import { adminTextFiles, cmsBackend, decapBundleFiles } from '../../src/lib/admin/adminFiles.ts';

export interface LocalAdmin {
  /** Address of the editor page: http://127.0.0.1:<port>/admin/ */
  url: string;
  /** Address of decap-server's API. */
  proxyUrl: string;
  stop: () => Promise<void>;
}

export interface LocalAdminOptions {
  /** Folder that holds content/ (decap-server's repository root): the project, or a temporary copy. */
  repoDir: string;
  /** Port of the page; 0 (default) picks a free one. */
  port?: number;
  /** Output of decap-server: 'inherit' to see it, 'ignore' in tests. */
  proxyOutput?: 'inherit' | 'ignore';
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForProxy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`decap-server did not answer at ${url} within 20 s`);
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
};

export async function startLocalAdmin(options: LocalAdminOptions): Promise<LocalAdmin> {
  const repoDir = resolve(options.repoDir);
  const proxyPort = await freePort();
  const proxyUrl = `http://127.0.0.1:${proxyPort}/api/v1`;
  const serverEntry = join(
    dirname(createRequire(import.meta.url).resolve('decap-server/package.json')),
    'dist/index.js',
  );
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(proxyPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: repoDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', options.proxyOutput ?? 'ignore', options.proxyOutput ?? 'ignore'],
  });
  // A test that fails half-way must not leave the proxy running.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stopProxy = () =>
    new Promise<void>((done) => {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  try {
    await waitForProxy(proxyUrl, child);
  } catch (error) {
    await stopProxy();
    throw error;
  }

  const text = await adminTextFiles({
    contentRoot: join(repoDir, 'content'),
    siteUrl: siteUrl(),
    backend: cmsBackend(),
    localBackend: proxyUrl,
  });
  const bundle = new Map(decapBundleFiles().map((file) => [file.name, file.path]));
  const favicon = resolve('public/favicon.svg');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/admin') {
      response.writeHead(302, { location: '/admin/' });
      response.end();
      return;
    }
    const name = path === '/admin/' ? 'index.html' : path.replace(/^\/admin\//, '');
    const type = TYPES[name.split('.').at(-1) ?? ''] ?? 'application/octet-stream';
    const body = text.get(name);
    if (body !== undefined && path.startsWith('/admin/')) {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
      return;
    }
    const file = path.startsWith('/admin/') ? bundle.get(name) : path === '/favicon.svg' ? favicon : undefined;
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(options.port ?? 0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    proxyUrl,
    stop: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise<void>((closed) => server.close(() => closed())), stopProxy()]);
    },
  };
}

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from '../../src/config.ts';
import { startNginx } from '../../scripts/lib/host/nginxServer.ts';

/**
 * Serves dist/ for the whole browser run through nginx, with the configuration the build generates for a real
 * server (headers, precompressed files, not-found pages), on a free 127.0.0.1 port; tests read the address from
 * inject('baseUrl').
 */
export default async function setup(project: TestProject) {
  const root = distDir();
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/index.html not found: run npm run build before the browser tests`);
  const nginx = await startNginx(root);
  project.provide('baseUrl', nginx.url);
  return () => nginx.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

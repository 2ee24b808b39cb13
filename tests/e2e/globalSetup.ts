import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir } from '../../src/config.ts';
import { serveStatic } from '../../scripts/lib/staticServer.ts';

/** Serves dist/ for the whole browser run; tests read the address from inject('baseUrl'). */
export default async function setup(project: TestProject) {
  const root = distDir();
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/index.html not found: run npm run build before the browser tests`);
  const { server, url } = await serveStatic(root);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

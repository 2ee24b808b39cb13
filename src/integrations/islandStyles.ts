import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from '../lib/site/islandStyles.ts';

/** After the build: Astro's island `<style>` moves from `<body>` into `<head>` on every page that has an island. */
export default function islandStyles(): AstroIntegration {
  return {
    name: 'ocop-island-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter(
          (file) => file.endsWith('.html') && !file.startsWith('admin'),
        );
        let changed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          if (!html.includes('astro-island')) continue;
          const fixed = hoistIslandStyle(html);
          if (fixed === html) continue;
          await writeFile(path, fixed);
          changed++;
        }
        logger.info(`island style moved into <head> on ${changed} page(s)`);
      },
    },
  };
}

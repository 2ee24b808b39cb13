import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle, ISLAND_PAGES } from '../lib/site/islandStyles.ts';

/**
 * After the build: Astro's island `<style>` moves from `<body>` into `<head>` on the pages that hold an island
 * (ISLAND_PAGES: six of 130,850 at 20,000 products). Reading every page to find them cost 27 s a render process at
 * 20,000 products; the page check catches an island on a page the list misses.
 */
export default function islandStyles(): AstroIntegration {
  return {
    name: 'ocop-island-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let changed = 0;
        // A render process of scripts/build.ts writes only its share of the pages.
        for (const file of ISLAND_PAGES.filter((page) => existsSync(join(root, page)))) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const fixed = hoistIslandStyle(html);
          if (fixed === html) continue;
          writeFileSync(path, fixed);
          changed++;
        }
        logger.info(`island style moved into <head> on ${changed} page(s)`);
      },
    },
  };
}

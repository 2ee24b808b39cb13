import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { today } from '../lib/core/clock.ts';
import { buildShard, previousPagesFile } from '../config.ts';
import { sitemapFiles, sitemapPages } from '../lib/site/sitemap.ts';

/**
 * Writes sitemap-index.xml and sitemap-N.xml after the build: every HTML page except the offline fallbacks and the
 * not-found pages, with its other-language alternate (see src/lib/site/sitemap.ts for why not @astrojs/sitemap).
 */
export default function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'ocop-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'https://ocop.example.vn';
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        // A build of some of the pages (scripts/build.ts) does not know them all: that script writes the sitemap.
        if (buildShard() || previousPagesFile()) return;
        const paths = sitemapPages(pages.map((page) => page.pathname));
        const files = sitemapFiles(paths, site, today());
        await Promise.all([...files].map(([name, xml]) => writeFile(join(fileURLToPath(dir), name), xml)));
        logger.info(`${paths.length} pages in ${files.size - 1} sitemap file(s)`);
      },
    },
  };
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { today } from '../lib/core/clock.ts';
import { sitemapFiles } from '../lib/site/sitemap.ts';

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
        const paths = pages
          .map((page) => page.pathname)
          // Data files, feeds and images are not pages; the offline and not-found pages are not content.
          // The former /sort/<order>/ listing addresses only point to the search page.
          .filter(
            (path) =>
              !/\.[a-z0-9]+$/i.test(path) &&
              !/(^|\/)(offline|404)\/$/.test(path) &&
              path !== '404' &&
              !/(^|\/)sort\/[a-z]+\/$/.test(path),
          );
        const files = sitemapFiles(paths, site, today());
        await Promise.all([...files].map(([name, xml]) => writeFile(join(fileURLToPath(dir), name), xml)));
        logger.info(`${paths.length} pages in ${files.size - 1} sitemap file(s)`);
      },
    },
  };
}

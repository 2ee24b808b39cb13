import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { buildShard, previousPagesFile } from '../config.ts';
import { pagesOfShard } from '../lib/site/pageShards.ts';

/**
 * Lets `scripts/build.ts` choose which pages an `astro build` renders, without touching any page: it wraps Astro's
 * own prerenderer and filters the list of pages it is about to render.
 * - OCOP_SHARD=i/n: the i-th of n shares (see src/lib/site/pageShards.ts); the processes' outputs are merged.
 * - OCOP_PREVIOUS_PAGES=<file>: a rebuild after a change: only the pages that are new, have no key, or whose key
 *   differs from the previous build's (src/pages/_views/pageKeys.ts).
 * With neither set, it does nothing. When set, the first process writes the list of all the site's pages to
 * `<outDir>/ocop-all-pages.json` (scripts/build.ts writes the sitemap from it, keeps it for the next rebuild, and
 * moves it out of the site).
 */
export const PAGE_LIST = 'ocop-all-pages.json';

/** What `PAGE_LIST` holds. */
export interface PageList {
  /** Every path Astro renders, pages and endpoints ('/products/x', '/data/products.json'). */
  paths: string[];
  /** The pages, as the astro:build:done hook names them (for the sitemap). */
  pages: string[];
  /** The key of each path that has one. */
  keys: Record<string, string>;
  /** The paths this build rendered. */
  rendered: string[];
}

interface Page {
  pathname: string;
  route: { type: string };
  cacheKey?: string | undefined;
}

/** The pages a rebuild renders: new ones, those without a key, and those whose key changed. */
export function changedPages<P extends Page>(pages: readonly P[], previous: PageList): P[] {
  const known = new Set(previous.paths);
  return pages.filter(
    (page) =>
      !known.has(page.pathname) || page.cacheKey === undefined || previous.keys[page.pathname] !== page.cacheKey,
  );
}

function pageList(pages: readonly Page[], rendered: readonly Page[]): PageList {
  return {
    paths: pages.map((page) => page.pathname),
    // As Astro's own list (trailingSlash 'always'): '/products/x' → 'products/x/', '/' → ''.
    pages: pages
      .filter((page) => page.route.type === 'page')
      .map((page) => page.pathname.replace(/\/?$/, '/').replace(/^\//, '')),
    keys: Object.fromEntries(pages.flatMap((page) => (page.cacheKey ? [[page.pathname, page.cacheKey]] : []))),
    rendered: rendered.map((page) => page.pathname),
  };
}

export default function pageSelection(): AstroIntegration {
  let outDir = '';
  return {
    name: 'ocop-page-selection',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const shard = buildShard();
        const previousFile = previousPagesFile();
        if (!shard && !previousFile) return;
        const previous = previousFile ? (JSON.parse(readFileSync(previousFile, 'utf8')) as PageList) : undefined;
        setPrerenderer((astro: AstroPrerenderer): AstroPrerenderer => {
          const getStaticPaths = async () => {
            const all = await astro.getStaticPaths();
            const selected = previous ? changedPages(all, previous) : all;
            if (!shard || shard.index === 0) {
              mkdirSync(outDir, { recursive: true });
              writeFileSync(join(outDir, PAGE_LIST), JSON.stringify(pageList(all, selected)));
            }
            const pages = shard ? pagesOfShard(selected, shard.index, shard.count) : selected;
            logger.info(
              `${pages.length} of ${all.length} pages` +
                (previous ? `, ${selected.length} new or changed` : '') +
                (shard ? `, share ${shard.index + 1} of ${shard.count}` : ''),
            );
            return pages;
          };
          // Everything else is Astro's own prerenderer, methods bound to it.
          return new Proxy(astro, {
            get(target, key) {
              if (key === 'getStaticPaths') return getStaticPaths;
              const value: unknown = Reflect.get(target, key);
              return typeof value === 'function' ? value.bind(target) : value;
            },
          });
        });
      },
    },
  };
}

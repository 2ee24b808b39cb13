/** The sitemap index the build writes (src/integrations/sitemap.ts). */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/**
 * /robots.txt: every public page may be crawled; the web editor at /admin/ is not content (it also says noindex).
 * The offline and not-found pages stay crawlable so that their `noindex` is seen. Names the sitemap index by its
 * absolute URL, as the protocol asks.
 */
export function robotsTxt(site: string | URL): string {
  const sitemap = new URL(SITEMAP_INDEX_PATH, site).href;
  return ['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${sitemap}`, ''].join('\n');
}

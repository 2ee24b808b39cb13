export type OfflineCacheRule = 'page' | 'asset' | undefined;

/**
 * What the service worker keeps for offline reading, by site path. Self-contained on purpose (no imports, no
 * closures): the service worker embeds its source, as the inline scripts embed stateOn() and eventPhaseOn().
 * - "page": the pages a visitor wants on the road — the home pages, the visitor guides, product pages and trace
 *   pages, in both languages, and the offline pages themselves. Fetched network-first, the saved copy when offline.
 * - "asset": content-hashed build files (/_astro/: styles, fonts, product images), the map outline, the app icons,
 *   the favicon and QR codes. They never change under the same name, so they are served from the cache first.
 * Everything else (listings, search, data files, feeds) goes to the network untouched: it changes often and is large.
 */
export function offlineCacheRule(path: string): OfflineCacheRule {
  if (/^\/(?:en\/)?(?:(?:guide|products|t)\/[^/]+\/|offline\/)?$/.test(path)) return 'page';
  if (/^\/(?:_astro\/|icons\/|map\/vietnam\.svg$|favicon\.svg$|t\/[^/]+\/qr\.svg$)/.test(path)) return 'asset';
  return undefined;
}

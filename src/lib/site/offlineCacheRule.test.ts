import { describe, expect, it } from 'vitest';
import { offlineCacheRule } from './offlineCacheRule.ts';
import {
  guideUrl,
  offlineUrl,
  productUrl,
  productsUrl,
  searchUrl,
  traceQrUrl,
  traceUrl,
  vietnamMapUrl,
} from './urls.ts';

describe('offlineCacheRule', () => {
  it('keeps guide, product, trace, home and offline pages in both languages', () => {
    for (const lang of ['vi', 'en'] as const)
      for (const path of [
        guideUrl('hue', lang),
        productUrl('me-xung-kinh-thanh', lang),
        traceUrl('7KQ2M9XD', lang),
        offlineUrl(lang),
        lang === 'vi' ? '/' : '/en/',
      ])
        expect(offlineCacheRule(path), path).toBe('page');
  });
  it('serves build files, the map, icons and QR codes from the cache', () => {
    for (const path of ['/_astro/index.Bx1.css', '/_astro/me-xung.Cq2_Z1.webp', vietnamMapUrl(), '/icons/192.png'])
      expect(offlineCacheRule(path), path).toBe('asset');
    expect(offlineCacheRule(traceQrUrl('7KQ2M9XD', 'svg'))).toBe('asset');
  });
  it('leaves listings, search and data files to the network', () => {
    for (const path of [
      productsUrl('vi'),
      '/products/page/2/',
      searchUrl('en'),
      '/data/products.json',
      '/pagefind/pagefind.js',
      '/guide/',
      '/sw.js',
    ])
      expect(offlineCacheRule(path), path).toBeUndefined();
  });
});

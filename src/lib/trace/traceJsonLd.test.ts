import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../tests/support/fixtureCatalog.ts';
import { traceJsonLd } from './traceJsonLd.ts';

const { catalog } = fixtureCatalog('content', '2026-12-03');
const priced = catalog.products.find((p) => p.data.packs.some((pack) => pack.priceVnd !== undefined));
if (!priced) throw new Error('the sample catalogue needs a product with a priced pack');

const options = {
  lang: 'en' as const,
  traceUrl: 'https://ocop.example.vn/en/t/X/',
  productUrl: 'https://ocop.example.vn/en/products/x/',
};

describe('traceJsonLd', () => {
  it('gives the Product its photo and one Offer per priced pack, as the product page does', () => {
    const data = traceJsonLd(priced, {
      ...options,
      imageUrl: 'https://ocop.example.vn/_astro/cover.jpg',
      packs: [{ size: '500 ml bottle', priceVnd: 85000 }, { size: 'sample' }],
    }) as Record<string, unknown>;
    expect(data['image']).toBe('https://ocop.example.vn/_astro/cover.jpg');
    expect(data['offers']).toEqual([
      {
        '@type': 'Offer',
        name: '500 ml bottle',
        price: 85000,
        priceCurrency: 'VND',
        availability: 'https://schema.org/InStock',
      },
    ]);
  });

  it('leaves image and offers out when there is no photo and no price, rather than writing empty ones', () => {
    const data = traceJsonLd(priced, { ...options, imageUrl: undefined, packs: [{ size: 'sample' }] });
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('offers');
  });
});

import { localName, type Lang } from '../core/locale.ts';
import { OCOP_GROUPS } from '../../schemas/groups.ts';
import type { ProductLike, ProductView } from './buildCatalog.ts';

interface Options {
  lang: Lang;
  url: string;
  imageUrl: string | undefined;
  packs: { size: string; priceVnd?: number | undefined }[];
  description: string;
}

/** schema.org Offers for the packs with a retail price (a pack without one is no offer). */
export function packOffers(packs: readonly { size: string; priceVnd?: number | undefined }[]): object[] {
  return packs
    .filter((pack) => pack.priceVnd !== undefined)
    .map((pack) => ({
      '@type': 'Offer',
      name: pack.size,
      price: pack.priceVnd,
      priceCurrency: 'VND',
      availability: 'https://schema.org/InStock',
    }));
}

/** schema.org Product for a product page: what search engines show as name, brand, origin and price. */
export function productJsonLd<P extends ProductLike>(product: ProductView<P>, options: Options): object {
  const { lang } = options;
  const offers = packOffers(options.packs);
  const stars = product.cert.result;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: localName(product.data, lang),
    alternateName: lang === 'en' ? product.data.name : product.data.nameEn,
    url: options.url,
    description: options.description,
    sku: product.data.traceCode,
    category: OCOP_GROUPS[product.data.group][lang],
    brand: { '@type': 'Brand', name: product.producer.data.name },
    manufacturer: { '@type': 'Organization', name: product.producer.data.name, address: product.producer.data.address },
    countryOfOrigin: { '@type': 'Country', name: 'Vietnam' },
    ...(options.imageUrl ? { image: options.imageUrl } : {}),
    ...(stars !== undefined && product.cert.certified
      ? {
          award: stars === 'potential-5' ? 'OCOP potential 5-star' : `OCOP ${stars}-star`,
        }
      : {}),
    ...(offers.length > 0 ? { offers } : {}),
  };
}

import { localName, type Lang } from '../core/locale.ts';
import type { ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { packOffers } from '../catalog/productJsonLd.ts';

interface Options {
  lang: Lang;
  /** Absolute URL of the trace page. */
  traceUrl: string;
  /** Absolute URL of the product page (the product's canonical description). */
  productUrl: string;
  /** Absolute URL of the cover photo, when the product has one. */
  imageUrl: string | undefined;
  /** Packs as the page shows them (size in the page's language); the priced ones become offers. */
  packs: readonly { size: string; priceVnd?: number | undefined }[];
}

function starsName(result: ProductLike['certifications'][number]['result']): string {
  return result === 'potential-5' ? 'OCOP potential 5-star' : `OCOP ${result}-star`;
}

/**
 * schema.org data for a trace page: the product with its photo and priced packs (the same offers as the product
 * page), its manufacturer's address and position, and every OCOP decision as a Certification whose status is the one
 * certificateState gave it.
 */
export function traceJsonLd<P extends ProductLike>(product: ProductView<P>, options: Options): object {
  const { lang } = options;
  const producer = product.producer.data;
  const current = product.cert.current;
  const offers = packOffers(options.packs);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: localName(product.data, lang),
    url: options.productUrl,
    mainEntityOfPage: options.traceUrl,
    sku: product.data.traceCode,
    ...(options.imageUrl ? { image: options.imageUrl } : {}),
    ...(offers.length > 0 ? { offers } : {}),
    countryOfOrigin: { '@type': 'Country', name: 'Vietnam' },
    manufacturer: {
      '@type': 'Organization',
      name: producer.name,
      address: { '@type': 'PostalAddress', streetAddress: producer.address, addressCountry: 'VN' },
      ...(producer.coordinates
        ? {
            location: {
              '@type': 'Place',
              geo: {
                '@type': 'GeoCoordinates',
                latitude: producer.coordinates.lat,
                longitude: producer.coordinates.lng,
              },
            },
          }
        : {}),
    },
    hasCertification: product.cert.history
      .filter((item) => item.status !== 'pending')
      .map((item) => ({
        '@type': 'Certification',
        name: starsName(item.entry.result),
        certificationIdentification: item.entry.decision,
        issuedBy: { '@type': 'Organization', name: item.entry.authority },
        validFrom: item.entry.signed,
        expires: item.validUntil,
        certificationStatus:
          item.entry === current && product.cert.certified
            ? 'https://schema.org/CertificationActive'
            : 'https://schema.org/CertificationInactive',
        ...(item.entry.score !== undefined
          ? { certificationRating: { '@type': 'Rating', ratingValue: item.entry.score, bestRating: 100 } }
          : {}),
      })),
  };
}

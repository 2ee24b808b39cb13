import type { Certification } from '../../schemas/product.ts';

interface WithCertifications {
  id: string;
  data: { certifications: readonly Certification[] };
}

/**
 * Certification decisions already signed by `today`, most recently signed first (then by product id, so the feed is
 * stable), at most `limit`: the items of the "new certifications" feed.
 */
export function recentCertifications<P extends WithCertifications>(
  products: readonly P[],
  today: string,
  limit: number,
): { product: P; certification: Certification }[] {
  return products
    .flatMap((product) => product.data.certifications.map((certification) => ({ product, certification })))
    .filter(({ certification }) => certification.signed <= today)
    .sort(
      (a, b) =>
        (a.certification.signed < b.certification.signed
          ? 1
          : a.certification.signed > b.certification.signed
            ? -1
            : 0) || (a.product.id < b.product.id ? -1 : a.product.id > b.product.id ? 1 : 0),
    )
    .slice(0, limit);
}

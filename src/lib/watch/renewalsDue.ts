import type { Catalog, ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { DUE_BUCKETS, dueBucket, type DueBucket } from '../certification/certificateWatch.ts';
import { starKey } from '../certification/starLevels.ts';

/** One row of "renewals due": what an office needs to plan a re-evaluation, or a buyer to act on. */
export interface RenewalRow<P extends ProductLike = ProductLike> {
  product: ProductView<P>;
  bucket: DueBucket;
  /** Star key of the decision concerned ("4", "potential-5"). */
  stars: string;
  decision: string;
  signed: string;
  /** Last valid day of that decision. */
  validUntil: string;
  revokedOn: string | undefined;
}

/**
 * The renewals-due lists of the whole catalogue or one province, on the catalogue's day: each bucket in the order
 * offices act on them (lapsing within 90 days, within 180, lapsed, revoked), rows by last valid day, soonest first
 * (lapsed and revoked: most recent first), then by product name.
 */
export function renewalsDue<P extends ProductLike>(
  catalog: Catalog<P>,
  province?: string,
): { bucket: DueBucket; rows: RenewalRow<P>[] }[] {
  const products = province === undefined ? catalog.products : catalog.productsOfProvince(province);
  const rows: RenewalRow<P>[] = [];
  for (const product of products) {
    const bucket = dueBucket(product.cert, catalog.today);
    const { current, validUntil } = product.cert;
    if (!bucket || !current || !validUntil) continue;
    rows.push({
      product,
      bucket,
      stars: starKey(current.result),
      decision: current.decision,
      signed: current.signed,
      validUntil,
      revokedOn: product.cert.revokedOn,
    });
  }
  return DUE_BUCKETS.map((bucket) => {
    const inBucket = rows.filter((row) => row.bucket === bucket);
    const key = (row: RenewalRow<P>) => (bucket === 'revoked' ? (row.revokedOn ?? '') : row.validUntil);
    const newestFirst = bucket === 'lapsed' || bucket === 'revoked';
    // catalog.products is in Vietnamese name order already, and Array.prototype.sort is stable.
    inBucket.sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) !== newestFirst ? -1 : 1));
    return { bucket, rows: inBucket };
  });
}

import type { Catalog, ProductLike, ProductView } from '../catalog/buildCatalog.ts';
import { certificateChanges, type CertificateChange } from '../certification/certificateWatch.ts';

export interface CatalogChange<P extends ProductLike = ProductLike> extends CertificateChange {
  product: ProductView<P>;
}

/**
 * Every certificate change in the catalogue (or one province) up to the catalogue's day, newest first, then by
 * product in name order: the entries of the change feeds and of /data/changes.json. Built from the certification
 * history alone, so an entry, once published, is in every later build too.
 */
export function catalogChanges<P extends ProductLike>(catalog: Catalog<P>, province?: string): CatalogChange<P>[] {
  const products = province === undefined ? catalog.products : catalog.productsOfProvince(province);
  const changes = products.flatMap((product) =>
    certificateChanges(product.data.certifications, catalog.today).map((change) => ({ ...change, product })),
  );
  // Stable sort: products stay in name order within a day.
  return changes.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** A stable id of one change, for feed entries and JSON rows: product, kind and day. */
export function changeId(change: CatalogChange): string {
  return `${change.product.id}/${change.kind}/${change.date}`;
}

import { starKey, type Catalog, type ProductLike } from './buildCatalog.ts';
import { producerUrl, productUrl, traceUrl } from './urls.ts';

/** One row of /data/products.json: the contract later features and outside tools read. */
export interface ProductRow {
  id: string;
  name: { vi: string; en: string | null };
  province: { id: string; name: { vi: string; en: string | null }; asWritten: string; formerName: boolean };
  group: string;
  subgroup: string;
  /** "3", "4", "5", "potential-5", or null when no decision is in force yet. */
  stars: string | null;
  certificate: {
    state: string;
    certified: boolean;
    decision: string | null;
    signed: string | null;
    validUntil: string | null;
    revokedOn: string | null;
  };
  producer: string;
  traceCode: string;
  urls: { vi: string; en: string; traceVi: string; traceEn: string; producerVi: string; producerEn: string };
  sample: boolean;
}

export interface ProductsExport {
  generated: string;
  /** The date certificate states were computed for; pages re-check in the browser, consumers should too. */
  statesAsOf: string;
  count: number;
  products: ProductRow[];
}

export function productsExport<P extends ProductLike & { sample?: boolean }>(
  catalog: Catalog<P>,
  generated: string,
): ProductsExport {
  const products = catalog.products.map((product): ProductRow => {
    const { cert } = product;
    return {
      id: product.id,
      name: { vi: product.data.name, en: product.data.nameEn ?? null },
      province: {
        id: product.province.id,
        name: { vi: product.province.data.name.vi, en: product.province.data.name.en ?? null },
        asWritten: product.origin.asWritten,
        formerName: product.origin.match?.former ?? false,
      },
      group: product.data.group,
      subgroup: product.data.subgroup,
      stars: cert.result === undefined ? null : starKey(cert.result),
      certificate: {
        state: cert.state,
        certified: cert.certified,
        decision: cert.current?.decision ?? null,
        signed: cert.current?.signed ?? null,
        validUntil: cert.validUntil ?? null,
        revokedOn: cert.revokedOn ?? null,
      },
      producer: product.producer.id,
      traceCode: product.data.traceCode,
      urls: {
        vi: productUrl(product.id, 'vi'),
        en: productUrl(product.id, 'en'),
        traceVi: traceUrl(product.data.traceCode, 'vi'),
        traceEn: traceUrl(product.data.traceCode, 'en'),
        producerVi: producerUrl(product.producer.id, 'vi'),
        producerEn: producerUrl(product.producer.id, 'en'),
      },
      sample: product.data.sample === true,
    };
  });
  return { generated, statesAsOf: catalog.today, count: products.length, products };
}

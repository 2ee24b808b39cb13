import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { starKey } from '../certification/starLevels.ts';
import type { ProductRow } from '../../schemas/openData.ts';
import { toCsv } from '../core/csv.ts';
import { OPEN_DATA_LICENCE } from './openDataLicence.ts';
import { producerUrl, productUrl, traceUrl } from '../site/urls.ts';

/** One row of /data/products.json: the contract later features and outside tools read (schema in src/schemas/openData.ts). */
export type { ProductRow };

export interface ProductsExport {
  generated: string;
  /** The date certificate states were computed for; pages re-check in the browser, consumers should too. */
  statesAsOf: string;
  licence: string;
  /** Province the file is limited to, or null for the whole catalogue. */
  province: string | null;
  count: number;
  products: ProductRow[];
}

export function productsExport<P extends ProductLike & { sample?: boolean }>(
  catalog: Catalog<P>,
  generated: string,
  province?: string,
): ProductsExport {
  const list = province === undefined ? catalog.products : catalog.productsOfProvince(province);
  const products = list.map((product): ProductRow => {
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
      subgroup: product.data.subgroup as ProductRow['subgroup'],
      stars: cert.result === undefined ? null : (starKey(cert.result) as ProductRow['stars']),
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
  return {
    generated,
    statesAsOf: catalog.today,
    licence: OPEN_DATA_LICENCE.url,
    province: province ?? null,
    count: products.length,
    products,
  };
}

/** Columns of products.csv: the JSON fields flattened with dots. */
export const PRODUCTS_CSV_COLUMNS = [
  'id',
  'name.vi',
  'name.en',
  'province.id',
  'province.name.vi',
  'province.asWritten',
  'province.formerName',
  'group',
  'subgroup',
  'stars',
  'certificate.state',
  'certificate.certified',
  'certificate.decision',
  'certificate.signed',
  'certificate.validUntil',
  'certificate.revokedOn',
  'producer',
  'traceCode',
  'urls.vi',
  'urls.en',
  'sample',
] as const;

/** products.csv: the same rows as products.json, one line each, UTF-8 with BOM. */
export function productsCsv(document: ProductsExport): string {
  return toCsv(
    PRODUCTS_CSV_COLUMNS,
    document.products.map((p) => [
      p.id,
      p.name.vi,
      p.name.en,
      p.province.id,
      p.province.name.vi,
      p.province.asWritten,
      p.province.formerName,
      p.group,
      p.subgroup,
      p.stars,
      p.certificate.state,
      p.certificate.certified,
      p.certificate.decision,
      p.certificate.signed,
      p.certificate.validUntil,
      p.certificate.revokedOn,
      p.producer,
      p.traceCode,
      p.urls.vi,
      p.urls.en,
      p.sample,
    ]),
  );
}

import type { ProducerRow } from '../../schemas/openData.ts';
import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { toCsv } from '../core/csv.ts';
import { OPEN_DATA_LICENCE } from './openDataLicence.ts';
import { producerUrl } from '../site/urls.ts';

export interface ProducersExport {
  generated: string;
  statesAsOf: string;
  licence: string;
  province: string | null;
  count: number;
  producers: ProducerRow[];
}

/** /data/producers.json: every producer record as published, with its products and links. */
export function producersExport<P extends ProductLike>(
  catalog: Catalog<P>,
  generated: string,
  province?: string,
): ProducersExport {
  const list =
    province === undefined ? catalog.producers : catalog.producers.filter((p) => p.data.province === province);
  const producers = list.map((producer): ProducerRow => {
    const products = catalog.productsOfProducer(producer.id);
    return {
      id: producer.id,
      ...producer.data,
      products: products.map((p) => p.id),
      certifiedProducts: products.filter((p) => p.cert.certified).length,
      urls: { vi: producerUrl(producer.id, 'vi'), en: producerUrl(producer.id, 'en') },
    };
  });
  return {
    generated,
    statesAsOf: catalog.today,
    licence: OPEN_DATA_LICENCE.url,
    province: province ?? null,
    count: producers.length,
    producers,
  };
}

export const PRODUCERS_CSV_COLUMNS = [
  'id',
  'name',
  'nameEn',
  'type',
  'province',
  'address',
  'commune',
  'contact.person',
  'contact.phone',
  'contact.email',
  'contact.website',
  'contact.zalo',
  'capacity.perMonth',
  'capacity.unit',
  'minimumOrder.quantity',
  'minimumOrder.unit',
  'leadTimeDays',
  'salesChannels',
  'certifications',
  'products',
  'certifiedProducts',
  'urls.vi',
  'urls.en',
  'sample',
] as const;

/** producers.csv: one line per producer; lists are joined with "; ", certifications written "name (until date)". */
export function producersCsv(document: ProducersExport): string {
  return toCsv(
    PRODUCERS_CSV_COLUMNS,
    document.producers.map((p) => [
      p.id,
      p.name,
      p.nameEn,
      p.type,
      p.province,
      p.address,
      p.commune,
      p.contact.person,
      p.contact.phone,
      p.contact.email,
      p.contact.website,
      p.contact.zalo,
      p.capacity?.perMonth,
      p.capacity?.unit,
      p.minimumOrder?.quantity,
      p.minimumOrder?.unit,
      p.leadTimeDays,
      p.salesChannels.join('; '),
      p.certifications.map((c) => `${c.name} (${c.expires})`).join('; '),
      p.products.join('; '),
      p.certifiedProducts,
      p.urls.vi,
      p.urls.en,
      p.sample,
    ]),
  );
}

import { describe, expect, it } from 'vitest';
import { ProducerSchema } from '../../schemas/producer.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { buildCatalog, type ProductLike } from '../catalog/buildCatalog.ts';
import { readResultCertificate, searchRecord } from './searchRecord.ts';

const provinces = [
  {
    id: 'hue',
    data: ProvinceSchema.parse({
      kind: 'city',
      name: { vi: 'TP Huế', en: 'Huế City' },
      officialName: { vi: 'Thành phố Huế', en: 'Huế City' },
      region: 'north-central',
      formerly: [{ name: 'Thừa Thiên Huế', change: 'renamed', since: '2025-01-01' }],
    }),
  },
];
const producers = [
  {
    id: 'htx-dong-ba',
    data: ProducerSchema.parse({
      name: 'HTX Đông Ba',
      type: 'cooperative',
      province: 'hue',
      address: 'phường Đông Ba, Huế',
    }),
  },
];
const product = (id: string, name: string, asWritten: string, signed: string): { id: string; data: ProductLike } => ({
  id,
  data: {
    name,
    producer: 'htx-dong-ba',
    group: 'food',
    subgroup: 'processed',
    traceCode: '7KQ2M9XD',
    origin: { asWritten: 'phường Đông Ba', province: asWritten },
    certifications: [
      { decision: '1/QĐ-UBND', signed, level: 'province', authority: 'UBND', result: 4, kind: 'new', sample: true },
    ],
    outlets: [],
  },
});
const catalog = buildCatalog(
  {
    provinces,
    producers,
    products: [
      product('me-xung', 'Mè xửng Đông Ba', 'Thừa Thiên Huế', '2020-11-16'),
      product('tra', 'Trà cung đình', 'TP Huế', '2025-03-01'),
    ],
    events: [],
    outlets: [],
  },
  '2026-01-15',
);

describe('searchRecord', () => {
  it('gives a product written under a pre-2025 name its former province as a filter, beside today’s unit', () => {
    const record = searchRecord(catalog.product('me-xung'), 'vi');
    expect(record.filters.province).toEqual(['hue']);
    expect(record.filters.formerProvince).toEqual(['thua-thien-hue']);
    expect(searchRecord(catalog.product('tra'), 'vi').filters.formerProvince).toEqual([]);
  });
  it('files stars, state, group and producer type under their ids, and the lapsed certificate as expired', () => {
    const { filters, meta } = searchRecord(catalog.product('me-xung'), 'en');
    expect(filters).toMatchObject({
      stars: ['4'],
      state: ['expired'],
      group: ['food'],
      subgroup: ['processed'],
      producerType: ['cooperative'],
    });
    expect(meta).toEqual({
      title: 'Mè xửng Đông Ba',
      stars: '4',
      province: 'Huế City',
      producer: 'HTX Đông Ba',
      cert: '2020-11-16|2023-11-16|',
    });
  });
  it('keeps a copy of the key fields with đ as d, so "dong ba" typed without đ reaches the product', () => {
    const { keys } = searchRecord(catalog.product('me-xung'), 'vi');
    expect(keys).toBe('Dông');
    expect(searchRecord(catalog.product('tra'), 'vi').keys).toBe('dình Dông');
  });
  it('keeps no copy of a product whose key fields have no đ', () => {
    const plain = buildCatalog(
      {
        provinces,
        producers: [{ id: 'htx-a', data: ProducerSchema.parse({ ...producers[0]?.data, name: 'HTX An Cựu' }) }],
        products: [
          {
            ...product('tra', 'Trà cung đình', 'TP Huế', '2025-03-01'),
            data: {
              ...product('tra', 'Trà', 'TP Huế', '2025-03-01').data,
              producer: 'htx-a',
              name: 'Trà Huế',
              origin: { asWritten: 'phường An Cựu', province: 'TP Huế' },
            },
          },
        ],
        events: [],
        outlets: [],
      },
      '2026-01-15',
    );
    expect(searchRecord(plain.product('tra'), 'vi').keys).toBe('');
  });
  it('indexes names, producer and places as sentences, so an excerpt never runs two fields together', () => {
    const { text } = searchRecord(catalog.product('me-xung'), 'vi');
    expect(text.names).toBe('Mè xửng Đông Ba.');
    expect(text.places).toBe('HTX Đông Ba. phường Đông Ba, Thừa Thiên Huế, TP Huế.');
    expect(text.summary).toBe('');
  });
  it('keeps the certificate dates of a result and reads them back', () => {
    const cert = searchRecord(catalog.product('tra'), 'vi').meta.cert;
    expect(readResultCertificate(cert)).toEqual({ signed: '2025-03-01', validUntil: '2028-03-01', revokedOn: null });
    expect(readResultCertificate('2025-03-01|soon|')).toBeUndefined();
    expect(readResultCertificate(undefined)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ProducerSchema } from '../../schemas/producer.ts';
import { ProvinceSchema } from '../../schemas/province.ts';
import { buildCatalog, type ProductLike } from '../catalog/buildCatalog.ts';
import { searchRecord } from './searchRecord.ts';

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
    const record = searchRecord(catalog.product('me-xung'), 'vi', 0);
    expect(record.filters.province).toEqual(['hue']);
    expect(record.filters.formerProvince).toEqual(['thua-thien-hue']);
    expect(searchRecord(catalog.product('tra'), 'vi', 1).filters.formerProvince).toEqual([]);
  });
  it('files stars, state, group and producer type under their ids, and the lapsed certificate as expired', () => {
    const { filters, meta } = searchRecord(catalog.product('me-xung'), 'en', 0);
    expect(filters).toMatchObject({
      stars: ['4'],
      state: ['expired'],
      group: ['food'],
      subgroup: ['processed'],
      producerType: ['cooperative'],
    });
    expect(meta).toEqual({ stars: '4', province: 'Huế City' });
  });
  it('keeps a copy of the key fields with đ as d, so "dong ba" typed without đ reaches the product', () => {
    const { keys } = searchRecord(catalog.product('me-xung'), 'vi', 0);
    expect(keys).toContain('Mè xửng Dông Ba');
    expect(keys).toContain('HTX Dông Ba');
    expect(keys).toContain('Thừa Thiên Huế');
    expect(keys).not.toMatch(/[đĐ]/);
  });
  it('sorts by catalogue name order, stars and signing date with keys that compare as strings', () => {
    const a = searchRecord(catalog.product('me-xung'), 'vi', 0).sort;
    const b = searchRecord(catalog.product('tra'), 'vi', 12).sort;
    expect(a.name < b.name).toBe(true);
    expect(b.name).toBe('000012');
    expect(a.certified).toBe('2020-11-16');
    expect(a.stars).toBe('4');
  });
});

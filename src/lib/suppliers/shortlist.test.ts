import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../core/csv.ts';
import {
  addItem,
  groupShortlist,
  parseItems,
  quoteMailto,
  removeItem,
  serializeItems,
  shareUrl,
  shortlistCalendarItems,
  shortlistRows,
  SHORTLIST_COLUMNS,
  telHref,
  type ShortlistRowOptions,
} from './shortlist.ts';
import type { ProductIndexEntry, SupplierIndexEntry } from './suppliersIndex.ts';

const anLo: SupplierIndexEntry = {
  id: 'htx-an-lo',
  name: 'HTX SX-KD-DV nông nghiệp An Lỗ',
  type: 'cooperative',
  province: 'hue',
  groups: ['food'],
  stars: ['4'],
  certified: 1,
  leadTimeDays: 7,
  email: 'anlo@example.vn',
};
const rice: ProductIndexEntry = {
  id: 'gao-huu-co-an-lo',
  name: 'Gạo hữu cơ An Lỗ',
  producer: 'htx-an-lo',
  group: 'food',
  stars: '4',
  state: 'valid',
};

const stateWords: Record<string, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Đã hết hạn',
  revoked: 'Đã bị thu hồi',
  pending: 'Chưa có hiệu lực',
};
const options: ShortlistRowOptions = {
  today: '2026-12-03',
  provinceName: () => 'TP Huế',
  starsLabel: (key) => `${key} sao`,
  stateLabel: (state) => stateWords[state] ?? state,
  formatDate: (date) => date.split('-').reverse().join('/'),
  formatPrice: (vnd) => `${vnd.toLocaleString('de-DE')} ₫`,
  productUrl: (id) => `https://ocop.example.vn/products/${id}/`,
};

describe('shortlist items', () => {
  it('add once, remove, and survive a share link', () => {
    let items = addItem([], { kind: 'product', id: 'gao-huu-co-an-lo' });
    items = addItem(items, { kind: 'product', id: 'gao-huu-co-an-lo' });
    items = addItem(items, { kind: 'producer', id: 'htx-tai-hoan' });
    expect(serializeItems(items)).toBe('product:gao-huu-co-an-lo,producer:htx-tai-hoan');
    const link = new URL(shareUrl('https://ocop.example.vn', '/shortlist/', items));
    expect(parseItems(link.searchParams.get('items'))).toEqual(items);
    expect(removeItem(items, { kind: 'product', id: 'gao-huu-co-an-lo' })).toEqual([
      { kind: 'producer', id: 'htx-tai-hoan' },
    ]);
  });

  it('ignores malformed entries in a link', () => {
    expect(parseItems('product:ok,evil:<x>,producer:Bad Id,')).toEqual([{ kind: 'product', id: 'ok' }]);
  });
});

describe('shortlist export', () => {
  it('writes one row per product with its supplier terms, readable back with Vietnamese intact', () => {
    const groups = groupShortlist(
      [
        { kind: 'product', id: rice.id },
        { kind: 'product', id: 'removed-record' },
      ],
      new Map([[anLo.id, anLo]]),
      new Map([[rice.id, rice]]),
    );
    const rows = shortlistRows(groups, options);
    expect(rows).toHaveLength(1);
    const parsed = parseCsv(toCsv(['a'], rows));
    expect(parsed[1]?.slice(0, 6)).toEqual([
      'HTX SX-KD-DV nông nghiệp An Lỗ',
      'htx-an-lo',
      'TP Huế',
      'Gạo hữu cơ An Lỗ',
      'gao-huu-co-an-lo',
      '4 sao',
    ]);
  });
});

describe("shortlist export in the language of its headers, on the visitor's day", () => {
  const ricePriced: ProductIndexEntry = {
    ...rice,
    signed: '2023-12-29',
    validUntil: '2026-12-29',
    packs: [
      { size: 'túi 2 kg', priceVnd: 90000 },
      { size: 'túi 5 kg', priceVnd: 210000 },
    ],
  };
  const supplier: SupplierIndexEntry = { ...anLo, phone: '+84 234 3000 101', zalo: '0900000101' };
  const groups = groupShortlist(
    [{ kind: 'product', id: rice.id }],
    new Map([[supplier.id, supplier]]),
    new Map([[rice.id, ricePriced]]),
  );
  const column = (rows: ReturnType<typeof shortlistRows>, key: (typeof SHORTLIST_COLUMNS)[number]) =>
    parseCsv(toCsv([...SHORTLIST_COLUMNS], rows))[1]?.[SHORTLIST_COLUMNS.indexOf(key)];

  it('writes the state and stars in words, re-computed for the day it is downloaded', () => {
    expect(column(shortlistRows(groups, options), 'certificate')).toBe('Sắp hết hạn');
    expect(column(shortlistRows(groups, { ...options, today: '2026-12-30' }), 'certificate')).toBe('Đã hết hạn');
    expect(column(shortlistRows(groups, options), 'stars')).toBe('4 sao');
    expect(column(shortlistRows(groups, options), 'validUntil')).toBe('29/12/2026');
  });

  it('carries the prices and the product page', () => {
    expect(column(shortlistRows(groups, options), 'price')).toBe('túi 2 kg: 90.000 ₫; túi 5 kg: 210.000 ₫');
    expect(column(shortlistRows(groups, options), 'url')).toBe('https://ocop.example.vn/products/gao-huu-co-an-lo/');
  });

  it('protects phone and Zalo numbers the same way, with no apostrophe showing', () => {
    const rows = shortlistRows(groups, options);
    expect(column(rows, 'phone')).toBe('(+84) 234 3000 101');
    expect(column(rows, 'zalo')).toBe('0900 000 101');
    expect(toCsv([...SHORTLIST_COLUMNS], rows)).not.toContain("'");
  });

  it('gives tel: links for phones as written', () => {
    expect(telHref('+84 234 3000 101')).toBe('tel:+842343000101');
  });
});

describe('shortlist certificate calendar', () => {
  const products = new Map(
    [
      { ...rice, validUntil: '2027-02-28' },
      { ...rice, id: 'me-xung', state: 'expiring', validUntil: '2026-12-31' },
      { ...rice, id: 'nuoc-mam', state: 'expired', validUntil: '2026-01-10' },
      { ...rice, id: 'tra', state: 'valid', validUntil: '2026-12-20' },
    ].map((p) => [p.id, p]),
  );
  const groups = groupShortlist(
    parseItems('product:gao-huu-co-an-lo,product:nuoc-mam,product:me-xung,product:tra,producer:htx-an-lo'),
    new Map([[anLo.id, anLo]]),
    products,
  );
  const describeItem = (product: ProductIndexEntry) => ({ summary: product.id, description: '', url: product.id });

  it('holds one event per listed product with a certificate in force, in list order', () => {
    const items = shortlistCalendarItems(groups, '2026-12-03', describeItem);
    expect(items.map((i) => [i.productId, i.validUntil])).toEqual([
      ['gao-huu-co-an-lo', '2027-02-28'],
      ['me-xung', '2026-12-31'],
      ['tra', '2026-12-20'],
    ]);
  });

  it("leaves out a certificate that has lapsed by the visitor's day, even if the index still says valid", () => {
    expect(shortlistCalendarItems(groups, '2026-12-21', describeItem).map((i) => i.productId)).toEqual([
      'gao-huu-co-an-lo',
      'me-xung',
    ]);
  });
});

describe('quoteMailto', () => {
  it('encodes Vietnamese subject and body', () => {
    const link = quoteMailto('anlo@example.vn', 'Yêu cầu báo giá', 'Xin chào,\nGạo hữu cơ');
    expect(link.startsWith('mailto:anlo@example.vn?subject=')).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Yêu cầu báo giá');
    expect(url.searchParams.get('body')).toBe('Xin chào,\nGạo hữu cơ');
  });
});

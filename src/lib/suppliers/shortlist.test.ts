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
  shortlistRows,
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
    const rows = shortlistRows(groups, () => 'TP Huế');
    expect(rows).toHaveLength(1);
    const parsed = parseCsv(toCsv(['a'], rows));
    expect(parsed[1]?.slice(0, 6)).toEqual([
      'HTX SX-KD-DV nông nghiệp An Lỗ',
      'htx-an-lo',
      'TP Huế',
      'Gạo hữu cơ An Lỗ',
      'gao-huu-co-an-lo',
      '4',
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

import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchKey, searchQueries, slugify } from './foldVietnamese.ts';
import { normalizeText } from './normalizeText.ts';

describe('foldVietnamese', () => {
  it('removes every tone and vowel mark and folds đ to d', () => {
    expect(foldVietnamese('Mè xửng Đông Ba')).toBe('me xung dong ba');
    expect(foldVietnamese('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldVietnamese('ĐẮK LẮK')).toBe('dak lak');
    expect(foldVietnamese('ỹ ử ợ ặ ẫ ệ ổ')).toBe('y u o a a e o');
  });
  it('treats NFD input like NFC', () => {
    const nfd = 'Dầu tràm'.normalize('NFD');
    expect(nfd).not.toBe('Dầu tràm');
    expect(foldVietnamese(nfd)).toBe(foldVietnamese('Dầu tràm'));
  });
  it('makes URL slugs', () => {
    expect(slugify('Nước mắm Lú Huế')).toBe('nuoc-mam-lu-hue');
  });
});

describe('normalizeText', () => {
  it('converts NFD to NFC and collapses odd spacing', () => {
    expect(normalizeText('  Gạo\u00a0 hữu cơ '.normalize('NFD'))).toBe('Gạo hữu cơ');
  });
});

describe('searchKey', () => {
  it('maps đ to d and keeps every other mark, so Pagefind can still rank the exact spelling first', () => {
    expect(searchKey('Đông trùng hạ thảo Đắk Lắk')).toBe('Dông trùng hạ thảo Dắk Lắk');
  });
  it('composes NFD text and collapses spacing', () => {
    const nfd = '  Tinh dầu   tràm '.normalize('NFD');
    expect(searchKey(nfd)).toBe('Tinh dầu tràm');
    expect(searchKey(nfd)).toBe(searchKey('Tinh dầu tràm'));
  });
  it('agrees with foldVietnamese once marks are folded', () => {
    for (const text of ['Đồng Rui', 'Quảng Điền', 'mè xửng']) {
      expect(foldVietnamese(searchKey(text))).toBe(foldVietnamese(text));
    }
  });
});

describe('searchQueries', () => {
  it('runs the query as typed first, then with đ as d', () => {
    expect(searchQueries('đông trùng')).toEqual(['đông trùng', 'dông trùng']);
  });
  it('runs one query when there is no đ, composing an NFD paste', () => {
    expect(searchQueries('dầu tràm'.normalize('NFD'))).toEqual(['dầu tràm']);
    expect(searchQueries('dong trung ha thao')).toEqual(['dong trung ha thao']);
  });
  it('runs nothing for blank input', () => {
    expect(searchQueries('   ')).toEqual([]);
  });
});

describe('folding at the edges', () => {
  it('turns every run of punctuation and spaces into one space, and trims', () => {
    expect(foldVietnamese('  Huế, Việt Nam! ')).toBe('hue viet nam');
    expect(foldVietnamese('Bà Rịa–Vũng Tàu')).toBe('ba ria vung tau');
  });

  it('collapses runs of spaces in what a visitor typed', () => {
    expect(searchQueries('nước   mắm\t Huế ')).toEqual(['nước mắm Huế']);
  });
});

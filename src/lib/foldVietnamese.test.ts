import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './foldVietnamese.ts';
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

import { describe, expect, it } from 'vitest';
import { authorityEn, inEnglish, packSizeEn, writtenText } from './englishRendering.ts';

describe('packSizeEn', () => {
  it.each([
    ['chai 500 ml', '500 ml bottle'],
    ['túi 2 kg', '2 kg bag'],
    ['Túi 2 kg', '2 kg bag'],
    ['hũ 250 g', '250 g jar'],
    ['gói 1 kg', '1 kg pack'],
    ['5 kg', '5 kg'],
    ['1 lít', '1 l'],
    ['hộp 10 gói', 'box of 10 packs'],
    ['hộp 50 túi', 'box of 50 bags'],
    ['hộp 25 túi lọc', 'box of 25 tea bags'],
    ['hộp 1 cái', 'box of 1 piece'],
    ['thùng 24 chai 500 ml', 'carton of 24 × 500 ml bottles'],
    ['hộp 2 chai 500 ml', 'box of 2 × 500 ml bottles'],
    ['hộp quà 2 chai', 'gift box of 2 bottles'],
    ['lốc 6 hũ', 'pack of 6 jars'],
    ['thùng 10 kg', '10 kg carton'],
    ['chai 500 ml (29%)', '500 ml bottle (29%)'],
    ['trái (0,8–1 kg)', 'fruit (0.8–1 kg)'],
    ['chậu Ø30 cm', 'Ø30 cm pot'],
    ['bộ 3 giỏ', 'set of 3 baskets'],
    ['bó 10 bông', 'bunch of 10 flowers'],
  ])('%s → %s', (vi, en) => {
    expect(packSizeEn(vi)).toBe(en);
  });

  it.each(['tour nửa ngày (người)', 'nón bài thơ', 'chậu dáng cổ, cao 1,2 m', 'vải lụa (mét)', ''])(
    'leaves "%s" to the record rather than half-translating it',
    (vi) => {
      expect(packSizeEn(vi)).toBeUndefined();
    },
  );
});

describe('authorityEn', () => {
  it.each([
    ['UBND tỉnh Thừa Thiên Huế', "Thừa Thiên Huế Provincial People's Committee"],
    ['UBND thành phố Huế', "Huế City People's Committee"],
    ['UBND huyện Phú Vang', "Phú Vang District People's Committee"],
    ['UBND thị xã Hương Thủy', "Hương Thủy Town People's Committee"],
    ['UBND quận Thuận Hóa', "Thuận Hóa Urban District People's Committee"],
    ['Bộ Nông nghiệp và Phát triển nông thôn', 'Ministry of Agriculture and Rural Development'],
    [
      'Bộ Nông nghiệp và Phát triển nông thôn; UBND tỉnh Lào Cai',
      "Ministry of Agriculture and Rural Development; Lào Cai Provincial People's Committee",
    ],
  ])('%s → %s', (vi, en) => {
    expect(authorityEn(vi)).toBe(en);
  });

  it('leaves a body it does not know, alone or among others, to the record', () => {
    expect(authorityEn('Hiệp hội Du lịch Huế')).toBeUndefined();
    expect(authorityEn('UBND tỉnh Lào Cai; Hiệp hội Du lịch')).toBeUndefined();
  });
});

describe('inEnglish', () => {
  it("prefers the record's own English to the rule, and says when there is none", () => {
    expect(inEnglish('chai 500 ml', '500 ml glass bottle', packSizeEn).english).toBe('500 ml glass bottle');
    expect(inEnglish('chai 500 ml', undefined, packSizeEn).english).toBe('500 ml bottle');
    expect(inEnglish('chai 500 ml', '  ', packSizeEn).english).toBe('500 ml bottle');
    expect(inEnglish('nón bài thơ', undefined, packSizeEn)).toEqual({ vietnamese: 'nón bài thơ', english: undefined });
    expect(inEnglish('5 kg', undefined, packSizeEn).english).toBeUndefined();
  });
});

describe('writtenText', () => {
  it('writes the English with the Vietnamese as written in brackets on English pages, the Vietnamese alone otherwise', () => {
    expect(writtenText('en', 'UBND tỉnh Lào Cai', undefined, authorityEn)).toBe(
      "Lào Cai Provincial People's Committee (UBND tỉnh Lào Cai)",
    );
    expect(writtenText('vi', 'UBND tỉnh Lào Cai', undefined, authorityEn)).toBe('UBND tỉnh Lào Cai');
    expect(writtenText('en', 'Hiệp hội Du lịch', undefined, authorityEn)).toBe('Hiệp hội Du lịch');
  });
});

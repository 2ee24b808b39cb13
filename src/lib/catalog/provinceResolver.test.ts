import { describe, expect, it } from 'vitest';
import type { Province } from '../../schemas/province.ts';
import { makeProvinceResolver } from './provinceResolver.ts';

const unit = (id: string, vi: string, en: string, official: string, formerly: string[] = []) => ({
  id,
  data: {
    kind: vi.startsWith('TP') ? 'city' : 'province',
    name: { vi, en },
    officialName: { vi: official, en },
    region: 'north-central',
    formerly: formerly.map((name) => ({ name, change: 'merged', since: '2025-07-01' })),
    communes: 40,
    sample: false,
  } as unknown as Province,
});

// Huế was Thừa Thiên Huế until 2025; Quảng Trị took in Quảng Bình. "Bình Định" is a former name that also sits in
// another unit's current name below, to show that a current name wins.
const resolve = makeProvinceResolver([
  unit('hue', 'TP Huế', 'Huế City', 'Thành phố Huế', ['Thừa Thiên Huế']),
  unit('quang-tri', 'Quảng Trị', 'Quảng Trị Province', 'Tỉnh Quảng Trị', ['Quảng Bình', 'Bình Định']),
  unit('binh-dinh', 'Bình Định', 'Bình Định Province', 'Tỉnh Bình Định'),
  unit('ha-noi', 'Hà Nội', 'Hanoi', 'Thành phố Hà Nội'),
  // An id that is not a slug of any name, and a unit with no English name.
  unit('tp-hcm', 'Hồ Chí Minh', 'Ho Chi Minh City', 'Thành phố Hồ Chí Minh'),
  {
    ...unit('lao-cai', 'Lào Cai', '', 'Tỉnh Lào Cai'),
    data: {
      ...unit('lao-cai', 'Lào Cai', '', 'Tỉnh Lào Cai').data,
      name: { vi: 'Lào Cai' },
      officialName: { vi: 'Tỉnh Lào Cai' },
    } as unknown as Province,
  },
]);

describe('the province resolver', () => {
  it('finds a unit by its current name, with or without marks, in any case', () => {
    expect(resolve('TP Huế')).toEqual({ id: 'hue', former: false });
    expect(resolve('tp hue')).toEqual({ id: 'hue', former: false });
    expect(resolve('QUẢNG TRỊ')).toEqual({ id: 'quang-tri', former: false });
  });

  it('finds it by its official name and its English name', () => {
    expect(resolve('Thành phố Huế')).toEqual({ id: 'hue', former: false });
    expect(resolve('Huế City')).toEqual({ id: 'hue', former: false });
    expect(resolve('Hanoi')).toEqual({ id: 'ha-noi', former: false });
  });

  it('strips "TP", "thành phố", "tỉnh", "city of", "province of" before and "city", "province" after the name', () => {
    expect(resolve('Huế')).toEqual({ id: 'hue', former: false });
    expect(resolve('tỉnh Quảng Trị')).toEqual({ id: 'quang-tri', former: false });
    expect(resolve('Thanh pho Ha Noi')).toEqual({ id: 'ha-noi', former: false });
    expect(resolve('City of Hue')).toEqual({ id: 'hue', former: false });
    expect(resolve('Province of Quang Tri')).toEqual({ id: 'quang-tri', former: false });
    expect(resolve('Quang Tri province')).toEqual({ id: 'quang-tri', former: false });
    expect(resolve('Hue city')).toEqual({ id: 'hue', former: false });
  });

  it('strips a suffix the records do not write, and a prefix before a former name', () => {
    expect(resolve('Hà Nội city')).toEqual({ id: 'ha-noi', former: false });
    expect(resolve('Ha Noi province')).toEqual({ id: 'ha-noi', former: false });
    expect(resolve('TP Thừa Thiên Huế')).toEqual({ id: 'hue', former: true });
  });

  it('does not strip a prefix or suffix that is only part of a word, or stands inside the name', () => {
    expect(resolve('Tphue')).toBeUndefined();
    expect(resolve('Huecity')).toBeUndefined();
    expect(resolve('Quảng tỉnh Trị')).toBeUndefined();
    expect(resolve('Quảng province Trị')).toBeUndefined();
  });

  it('maps a former name to the unit it became part of, and says it is a former name', () => {
    expect(resolve('Thừa Thiên Huế')).toEqual({ id: 'hue', former: true });
    expect(resolve('tỉnh Thừa Thiên Huế')).toEqual({ id: 'hue', former: true });
    expect(resolve('Quảng Bình')).toEqual({ id: 'quang-tri', former: true });
  });

  it("never lets a former name override another unit's current name", () => {
    expect(resolve('Bình Định')).toEqual({ id: 'binh-dinh', former: false });
  });

  it('finds a unit by its id written with spaces, and nothing for an unknown name', () => {
    expect(resolve('quang tri')).toEqual({ id: 'quang-tri', former: false });
    expect(resolve('tp hcm')).toEqual({ id: 'tp-hcm', former: false });
    expect(resolve('hcm')).toEqual({ id: 'tp-hcm', former: false });
    expect(resolve('Lào Cai')).toEqual({ id: 'lao-cai', former: false });
    expect(resolve('Sài Gòn')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
  });
});

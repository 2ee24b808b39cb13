import { describe, expect, it } from 'vitest';
import {
  groupOfText,
  inferSubgroup,
  producerTypeOf,
  readDate,
  readKind,
  readScore,
  readStars,
  starsOfScore,
  subgroupOfText,
} from './values.ts';

describe('readStars', () => {
  it('reads every way provinces write stars', () => {
    for (const written of [4, '4', '4 sao', '4 Sao', '4*', '4 ★', '★★★★', 'Hạng 4 sao']) {
      expect(readStars(written)).toEqual({ value: 4 });
    }
    expect(readStars('5 sao')).toEqual({ value: 5 });
    expect(readStars('3*')).toEqual({ value: 3 });
    expect(readStars('Tiềm năng 5 sao')).toEqual({ value: 'potential-5' });
    expect(readStars('tiem nang 5*')).toEqual({ value: 'potential-5' });
  });

  it('refuses what it cannot read, and 1 or 2 stars, saying what to write', () => {
    expect(readStars('4,5 sao')).toMatchInlineSnapshot(`
      {
        "problem": "cannot read the stars "4,5 sao"; write 3, 4 or 5 (or "4 sao", "4*", "★★★★"), or "tiềm năng 5 sao"",
      }
    `);
    expect(readStars('2 sao')).toMatchInlineSnapshot(`
      {
        "problem": "2 stars is not an OCOP certification (only 3, 4 and 5 are); leave the row out of the import",
      }
    `);
    expect(readStars(6)).toHaveProperty('problem');
    expect(readStars('tiềm năng')).toHaveProperty('problem');
  });
});

describe('readScore and starsOfScore', () => {
  it('reads a decimal comma or point', () => {
    expect(readScore('75,5')).toEqual({ value: 75.5 });
    expect(readScore('75.5')).toEqual({ value: 75.5 });
    expect(readScore(92)).toEqual({ value: 92 });
    expect(readScore('80 điểm')).toEqual({ value: 80 });
    expect(readScore('105')).toHaveProperty('problem');
    expect(readScore('bảy mươi')).toHaveProperty('problem');
  });

  it('gives the stars of the Decision 148 bands; 90+ from a province is potential 5, not 5', () => {
    expect([49, 50, 69.5, 70, 89, 90].map(starsOfScore)).toEqual([undefined, 3, 3, 4, 4, 'potential-5']);
  });
});

describe('readDate', () => {
  it('reads day-first text, serial numbers and date cells', () => {
    expect(readDate('16/11/2020')).toEqual({ value: '2020-11-16' });
    expect(readDate('5-3-2024')).toEqual({ value: '2024-03-05' });
    expect(readDate('05.03.2024')).toEqual({ value: '2024-03-05' });
    expect(readDate('ngày 16 tháng 11 năm 2020')).toEqual({ value: '2020-11-16' });
    expect(readDate('2020-11-16')).toEqual({ value: '2020-11-16' });
    expect(readDate(44151)).toEqual({ value: '2020-11-16' });
    expect(readDate(new Date(Date.UTC(2020, 10, 16)))).toEqual({ value: '2020-11-16' });
  });

  it('refuses impossible and unreadable dates', () => {
    expect(readDate('31/02/2024')).toMatchInlineSnapshot(`
      {
        "problem": ""31/02/2024" is not a real calendar date; check the day and month",
      }
    `);
    expect(readDate('tháng 11/2020')).toMatchInlineSnapshot(`
      {
        "problem": "cannot read the date "tháng 11/2020"; write it as dd/mm/yyyy, like 16/11/2020",
      }
    `);
    expect(readDate(12)).toHaveProperty('problem');
  });
});

describe('readKind', () => {
  it('reads the three labels of a decision', () => {
    expect(readKind('Cấp mới')).toEqual({ value: 'new' });
    expect(readKind('cap lai')).toEqual({ value: 'renewed' });
    expect(readKind('Nâng hạng')).toEqual({ value: 'upgraded' });
    expect(readKind('?')).toHaveProperty('problem');
  });
});

describe('producerTypeOf', () => {
  it('derives the legal form from the prefix, with or without marks', () => {
    expect(producerTypeOf('HTX SX-KD-DV nông nghiệp An Lỗ')).toBe('cooperative');
    expect(producerTypeOf('Hợp tác xã Tài Hoan')).toBe('cooperative');
    expect(producerTypeOf('Công ty TNHH Hà Diệp')).toBe('enterprise');
    expect(producerTypeOf('CÔNG TY CP NGỌC TRAI HẠ LONG')).toBe('enterprise');
    expect(producerTypeOf('Tổ hợp tác sản xuất nước ớt Vinh Xuân')).toBe('cooperative-group');
    expect(producerTypeOf('THT Vinh Xuân')).toBe('cooperative-group');
    expect(producerTypeOf('Hộ kinh doanh Hồ Văn Mão')).toBe('household');
    expect(producerTypeOf('HKD Nguyễn Thị Lan')).toBe('household');
    expect(producerTypeOf('Cơ sở sản xuất mắm nêm Mệ Em')).toBe('household');
    expect(producerTypeOf('Hộ ông Lê Văn Tám')).toBe('household');
    expect(producerTypeOf('Nguyễn Văn Nón')).toBeUndefined();
    // "Hồ" (a family name) is not "Hộ".
    expect(producerTypeOf('Hồ Văn Mão')).toBeUndefined();
  });
});

describe('groups and subgroups', () => {
  it('reads group headings and cells', () => {
    expect(groupOfText('I. NHÓM THỰC PHẨM')).toBe('food');
    expect(groupOfText('II. Nhóm đồ uống')).toBe('beverages');
    expect(groupOfText('Thu cong my nghe')).toBe('handicrafts');
    expect(groupOfText('Nhóm sản phẩm dịch vụ du lịch')).toBeUndefined();
    expect(groupOfText('Dịch vụ du lịch')).toBe('tourism');
    expect(groupOfText('Tổng cộng')).toBeUndefined();
  });

  it('reads subgroup labels in Vietnamese, English or as ids', () => {
    expect(subgroupOfText('Gia vị')).toBe('condiments');
    expect(subgroupOfText('che va tra')).toBe('tea');
    expect(subgroupOfText('Alcoholic beverages')).toBe('alcoholic');
    expect(subgroupOfText('essential-oils')).toBe('essential-oils');
    expect(subgroupOfText('Bánh kẹo')).toBeUndefined();
  });

  it('infers a subgroup from the name only when one subgroup fits', () => {
    expect(inferSubgroup('Nước mắm ruốc Làng Trài', 'food')).toEqual(['condiments']);
    expect(inferSubgroup('Rượu Tà Rương Mão', undefined)).toEqual(['alcoholic']);
    expect(inferSubgroup('Du lịch làng cổ Phước Tích', 'tourism')).toEqual(['community-eco-tourism']);
    expect(inferSubgroup('Trà hoa vàng Quy Hoa', 'food')).toEqual(['tea']);
    // Without a group, "vàng" (gold) reads as "vang" (wine) and "hoa" as flowers: refused, not guessed.
    expect(inferSubgroup('Trà hoa vàng Quy Hoa', undefined).sort()).toEqual(['alcoholic', 'flowers', 'tea']);
    expect(inferSubgroup('Nước ép thanh trà', undefined).sort()).toEqual(['fresh-produce', 'non-alcoholic']);
    expect(inferSubgroup('Ngọc trai Hạ Long', 'handicrafts')).toEqual([]);
  });
});

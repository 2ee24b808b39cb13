import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isRealIsoDate } from './isoDate.ts';
import { vietnamDate } from './clock.ts';

describe('isRealIsoDate', () => {
  it.each(['2024-02-29', '2023-12-31', '2025-07-01'])('accepts %s', (date) => expect(isRealIsoDate(date)).toBe(true));
  it.each(['2023-02-29', '2023-02-30', '2023-13-01', '2023-04-31', '2023-00-10', '23-01-01', '2023-1-1'])(
    'rejects %s',
    (date) => expect(isRealIsoDate(date)).toBe(false),
  );
});

describe('date arithmetic', () => {
  it('adds months across years and clamps month ends', () => {
    expect(addMonths('2020-11-16', 36)).toBe('2023-11-16');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });
  it('adds days and counts days between', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2023-11-16', '2024-02-14')).toBe(90);
  });
});

describe('vietnamDate', () => {
  it('turns the day at 17:00 UTC, midnight in Hanoi and Huế', () => {
    expect(vietnamDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

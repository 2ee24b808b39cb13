import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isoDateFromDate, isRealIsoDate } from './isoDate.ts';
import { vietnamDate } from './clock.ts';

describe('isRealIsoDate', () => {
  it.each(['2024-02-29', '2023-12-31', '2025-07-01', '2023-01-01', '2023-01-31'])('accepts %s', (date) =>
    expect(isRealIsoDate(date)).toBe(true),
  );
  it.each([
    '2023-02-29',
    '2023-02-30',
    '2023-13-01',
    '2023-04-31',
    '2023-00-10',
    '2023-01-00',
    '23-01-01',
    '2023-1-1',
    'x2023-01-01',
    '2023-01-01x',
    ' 2023-01-01',
    '2023-01-01\n',
    '2023/01/01',
  ])('rejects %s', (date) => expect(isRealIsoDate(date)).toBe(false));
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

describe('dates written without quotes in YAML', () => {
  it('keeps the calendar date a YAML parser turned into a Date at midnight UTC', () => {
    expect(isoDateFromDate(new Date(Date.UTC(2020, 10, 16)))).toBe('2020-11-16');
    expect(isoDateFromDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(isoDateFromDate(new Date(Date.UTC(999, 0, 5)))).toBe('0999-01-05');
  });
});

describe('date arithmetic at the edges', () => {
  it('goes back across a year and clamps to the shorter month', () => {
    expect(addMonths('2024-01-31', -2)).toBe('2023-11-30');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
  it('adds negative days and counts backwards', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-02-14', '2023-11-16')).toBe(-90);
    expect(daysBetween('2024-01-01', '2024-01-01')).toBe(0);
  });
  it('refuses arithmetic on text that is not a date', () => {
    expect(() => addDays('16/11/2020', 1)).toThrow('not an ISO date: 16/11/2020');
  });
});

describe('vietnamDate', () => {
  it('turns the day at 17:00 UTC, midnight in Hanoi and Huế', () => {
    expect(vietnamDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

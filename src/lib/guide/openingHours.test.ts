import { describe, expect, it } from 'vitest';
import { summariseOpeningHours } from './openingHours.ts';

const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

describe('summariseOpeningHours', () => {
  it('says "daily" for seven days with the same hours', () => {
    expect(summariseOpeningHours([{ days: [...week], opens: '06:00', closes: '18:00' }])).toEqual([
      { days: 'daily', opens: '06:00', closes: '18:00' },
    ]);
  });
  it('turns consecutive days into ranges and keeps gaps', () => {
    expect(
      summariseOpeningHours([
        { days: ['sat'], opens: '08:00', closes: '12:00' },
        { days: ['mon', 'tue', 'wed', 'fri'], opens: '08:00', closes: '17:00' },
      ]),
    ).toEqual([
      {
        days: [
          ['mon', 'wed'],
          ['fri', 'fri'],
        ],
        opens: '08:00',
        closes: '17:00',
      },
      { days: [['sat', 'sat']], opens: '08:00', closes: '12:00' },
    ]);
  });
  it('merges lines with the same hours written separately', () => {
    expect(
      summariseOpeningHours([
        { days: ['sat', 'sun'], opens: '07:00', closes: '22:00' },
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:00', closes: '22:00' },
      ]),
    ).toEqual([{ days: 'daily', opens: '07:00', closes: '22:00' }]);
  });
  it('returns nothing for an outlet without published hours', () => {
    expect(summariseOpeningHours([])).toEqual([]);
  });
});

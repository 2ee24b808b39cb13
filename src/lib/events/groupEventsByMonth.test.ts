import { describe, expect, it } from 'vitest';
import { groupEventsByMonth, splitMonthsAt } from './groupEventsByMonth.ts';

const ev = (id: string, start: string, end = start) => ({ id, data: { start, end } });
const ids = (groups: ReturnType<typeof groupEventsByMonth<ReturnType<typeof ev>>>) =>
  groups.map((g) => [g.month, g.events.map((e) => e.id)]);

describe('groupEventsByMonth', () => {
  it('lists months in calendar order with their events soonest first', () => {
    const groups = groupEventsByMonth([ev('b', '2026-12-18'), ev('a', '2026-06-01'), ev('c', '2026-12-05')]);
    expect(ids(groups)).toEqual([
      ['2026-06', ['a']],
      ['2026-12', ['c', 'b']],
    ]);
  });

  it('lists an event that runs over a month or year end in every month it covers', () => {
    const groups = groupEventsByMonth([ev('tet', '2026-12-30', '2027-01-02'), ev('jan', '2027-01-15')]);
    expect(ids(groups)).toEqual([
      ['2026-12', ['tet']],
      ['2027-01', ['tet', 'jan']],
    ]);
  });

  it('leaves out months with nothing on, even inside a long event gap', () => {
    expect(ids(groupEventsByMonth([ev('a', '2026-01-10'), ev('b', '2026-04-10')])).map(([m]) => m)).toEqual([
      '2026-01',
      '2026-04',
    ]);
  });

  it('returns no months for no events', () => {
    expect(groupEventsByMonth([])).toEqual([]);
  });
});

describe('splitMonthsAt', () => {
  const months = groupEventsByMonth([
    { data: { start: '2019-11-27', end: '2019-12-01' } },
    { data: { start: '2026-11-28', end: '2026-12-02' } },
    { data: { start: '2027-06-10', end: '2027-06-17' } },
  ]);
  it('starts at the month of the given day and keeps the earlier months apart, latest first', () => {
    const { fromThisMonth, earlier } = splitMonthsAt(months, '2026-12-03');
    expect(fromThisMonth.map((m) => m.month)).toEqual(['2026-12', '2027-06']);
    expect(earlier.map((m) => m.month)).toEqual(['2026-11', '2019-12', '2019-11']);
  });
  it('puts every month in exactly one of the two lists, whatever the day', () => {
    for (const day of ['2019-01-01', '2019-11-30', '2026-12-31', '2030-01-01']) {
      const { fromThisMonth, earlier } = splitMonthsAt(months, day);
      expect([...earlier].reverse().concat(fromThisMonth)).toEqual(months);
    }
  });
});

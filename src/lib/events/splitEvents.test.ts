import { describe, expect, it } from 'vitest';
import { eventPhaseOn } from './eventPhase.ts';
import { eventsOfProduct } from './eventsOfProduct.ts';
import { splitEvents } from './splitEvents.ts';

const ev = (id: string, start: string, end = start, products: string[] = []) => ({
  id,
  data: { start, end, products },
});

// Under mutation testing (OCOP_MUTATION, vitest.mutation.config.ts) the function's source carries Stryker's
// instrumentation, which calls helpers of the instrumented module that a rebuilt function cannot see; the rule itself
// is pinned by the tests above, which call it directly.
const underMutation = process.env['OCOP_MUTATION'] === '1';

describe('eventPhaseOn', () => {
  it('is upcoming before the first day, ongoing through the last day, past the day after', () => {
    expect(eventPhaseOn('2026-12-17', '2026-12-18', '2026-12-21')).toBe('upcoming');
    expect(eventPhaseOn('2026-12-18', '2026-12-18', '2026-12-21')).toBe('ongoing');
    expect(eventPhaseOn('2026-12-21', '2026-12-18', '2026-12-21')).toBe('ongoing');
    expect(eventPhaseOn('2026-12-22', '2026-12-18', '2026-12-21')).toBe('past');
  });

  it.skipIf(underMutation)('is self-contained, so the inline script can embed its source', () => {
    const rebuilt = new Function(`return ${eventPhaseOn.toString()}`)() as typeof eventPhaseOn;
    expect(rebuilt('2027-01-01', '2026-12-18', '2026-12-21')).toBe('past');
  });
});

describe('splitEvents', () => {
  const events = [
    ev('old', '2024-05-01'),
    ev('last-year-a', '2025-06-01'),
    ev('last-year-b', '2025-12-18', '2025-12-21'),
    ev('on-now', '2026-11-20', '2026-11-24'),
    ev('next', '2026-12-05'),
    ev('earlier-this-year', '2026-03-01'),
  ];

  it('lists what is on now and coming, soonest first', () => {
    expect(splitEvents(events, '2026-11-23').current.map((e) => e.id)).toEqual(['on-now', 'next']);
  });

  it('archives the rest by year, latest year and latest event first', () => {
    expect(splitEvents(events, '2026-11-23').pastByYear.map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      ['2026', ['earlier-this-year']],
      ['2025', ['last-year-b', 'last-year-a']],
      ['2024', ['old']],
    ]);
  });

  it('moves an event to the archive the day after its last day', () => {
    expect(splitEvents(events, '2026-11-24').current.map((e) => e.id)).toContain('on-now');
    expect(splitEvents(events, '2026-11-25').current.map((e) => e.id)).not.toContain('on-now');
  });
});

describe('eventsOfProduct', () => {
  it('lists only the events that show the product, split into coming and past', () => {
    const split = eventsOfProduct(
      [
        ev('a', '2025-01-01', '2025-01-01', ['rice']),
        ev('b', '2027-01-01', '2027-01-01', ['rice']),
        ev('c', '2027-02-01', '2027-02-01', ['tea']),
      ],
      'rice',
      '2026-11-23',
    );
    expect(split.current.map((e) => e.id)).toEqual(['b']);
    expect(split.pastByYear.flatMap((y) => y.events.map((e) => e.id))).toEqual(['a']);
  });
});

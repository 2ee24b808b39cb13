import { WEEKDAYS, type Weekday } from '../../schemas/outlet.ts';

export interface OpeningLine {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

/** One line of a compact timetable: every day, or runs of consecutive days, with the same hours. */
export interface HoursSummary {
  /** "daily", or runs of consecutive weekdays as [first, last] (first === last for a single day). */
  days: 'daily' | [Weekday, Weekday][];
  opens: string;
  closes: string;
}

/**
 * Compacts opening hours into the fewest lines a visitor reads: days sharing the same hours are merged whatever
 * line of the record they came from, runs of consecutive days (Monday first) become ranges, and seven days become
 * "daily". Lines are ordered by their first day. Days listed twice with different hours keep both hours.
 */
export function summariseOpeningHours(lines: readonly OpeningLine[]): HoursSummary[] {
  const byHours = new Map<string, Set<Weekday>>();
  for (const line of lines) {
    const key = `${line.opens}-${line.closes}`;
    const days = byHours.get(key) ?? new Set<Weekday>();
    for (const day of line.days) days.add(day);
    byHours.set(key, days);
  }
  const summaries = [...byHours].map(([key, days]) => {
    const [opens, closes] = key.split('-') as [string, string];
    const ordered = WEEKDAYS.filter((day) => days.has(day));
    const runs: [Weekday, Weekday][] = [];
    let previous = -2;
    for (const day of ordered) {
      const index = WEEKDAYS.indexOf(day);
      const last = runs.at(-1);
      if (last && index === previous + 1) last[1] = day;
      else runs.push([day, day]);
      previous = index;
    }
    return {
      days: ordered.length === 7 ? ('daily' as const) : runs,
      opens,
      closes,
      first: WEEKDAYS.indexOf(ordered[0] ?? 'mon'),
    };
  });
  return summaries
    .sort((a, b) => a.first - b.first || (a.opens < b.opens ? -1 : 1))
    .map(({ days, opens, closes }) => ({ days, opens, closes }));
}

import { eventPhaseOn } from './eventPhase.ts';

interface Dated {
  data: { start: string; end: string };
}

export interface SplitEvents<E extends Dated> {
  /** Upcoming and ongoing events, soonest first. */
  current: E[];
  /** Finished events grouped by the year they started, latest year first and latest event first. */
  pastByYear: { year: string; events: E[] }[];
}

const byStart = (a: Dated, b: Dated) =>
  a.data.start < b.data.start ? -1 : a.data.start > b.data.start ? 1 : a.data.end < b.data.end ? -1 : 0;

/** The events listing: what is on or coming first, then the archive by year. */
export function splitEvents<E extends Dated>(events: readonly E[], today: string): SplitEvents<E> {
  const sorted = [...events].sort(byStart);
  const current = sorted.filter((e) => eventPhaseOn(today, e.data.start, e.data.end) !== 'past');
  const past = sorted.filter((e) => eventPhaseOn(today, e.data.start, e.data.end) === 'past').reverse();
  const pastByYear: { year: string; events: E[] }[] = [];
  for (const event of past) {
    const year = event.data.start.slice(0, 4);
    const last = pastByYear.at(-1);
    if (last?.year === year) last.events.push(event);
    else pastByYear.push({ year, events: [event] });
  }
  return { current, pastByYear };
}

interface Dated {
  data: { start: string; end: string };
}

export interface MonthGroup<E> {
  /** YYYY-MM */
  month: string;
  events: E[];
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The month view: months in calendar order, each with the events taking place in it, soonest first. An event that
 * runs across a month's end (30 Dec – 2 Jan) is listed in every month it covers; months without events are left out.
 */
export function groupEventsByMonth<E extends Dated>(events: readonly E[]): MonthGroup<E>[] {
  const months = new Map<string, E[]>();
  const sorted = [...events].sort((a, b) => (a.data.start < b.data.start ? -1 : a.data.start > b.data.start ? 1 : 0));
  for (const event of sorted) {
    const last = event.data.end.slice(0, 7);
    for (let month = event.data.start.slice(0, 7); month <= last; month = nextMonth(month)) {
      const list = months.get(month);
      if (list) list.push(event);
      else months.set(month, [event]);
    }
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, list]) => ({ month, events: list }));
}

/**
 * The month view opens on today's month: the months from it on in calendar order, and the earlier ones apart,
 * latest first (the page folds them away). A month is "earlier" when it ends before today's month begins, so an
 * event running from last month into this one is also listed under this month.
 */
export function splitMonthsAt<E>(
  months: readonly MonthGroup<E>[],
  today: string,
): { fromThisMonth: MonthGroup<E>[]; earlier: MonthGroup<E>[] } {
  const thisMonth = today.slice(0, 7);
  return {
    fromThisMonth: months.filter((group) => group.month >= thisMonth),
    earlier: months.filter((group) => group.month < thisMonth).reverse(),
  };
}

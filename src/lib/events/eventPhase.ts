export type EventPhase = 'upcoming' | 'ongoing' | 'past';

/**
 * Where an event stands on a given day in Vietnam, from its first and last day (YYYY-MM-DD, compared as text).
 * Self-contained on purpose (no imports, no closures): pages embed its source in the inline script that re-checks
 * the phase against the visitor's date, so a page built weeks ago never lists a finished fair as upcoming.
 */
export function eventPhaseOn(today: string, start: string, end: string): EventPhase {
  if (today < start) return 'upcoming';
  if (today > end) return 'past';
  return 'ongoing';
}

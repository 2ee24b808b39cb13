import { type Lang, formatDate } from '../lib/core/locale.ts';
// Aliased: useTranslations is a plain function, not a React hook, whatever its name tells the linter.
import { useTranslations as translationsFor } from './index.ts';

interface EventDays {
  start: string;
  end: string;
  opens?: string | undefined;
  closes?: string | undefined;
}

/** "18/12/2026 – 21/12/2026", or one date for a one-day event. */
export function formatEventDates(event: EventDays, lang: Lang): string {
  const start = formatDate(event.start, lang);
  return event.end === event.start ? start : `${start} – ${formatDate(event.end, lang)}`;
}

/** "08:00–22:00 each day", "From 08:00" or "All day" (times are Vietnam time). */
export function formatEventHours(event: EventDays, lang: Lang): string {
  const t = translationsFor(lang);
  if (event.opens === undefined) return t('events.allDay');
  if (event.closes === undefined) return t('events.hoursFrom', { opens: event.opens });
  return t('events.hoursDaily', { opens: event.opens, closes: event.closes });
}

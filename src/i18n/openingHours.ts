import { summariseOpeningHours, type OpeningLine } from '../lib/guide/openingHours.ts';
import type { Lang } from '../lib/core/locale.ts';
// Aliased: useTranslations is a plain function, not a React hook, whatever its name tells the linter.
import { useTranslations as translationsFor } from './index.ts';

/**
 * Opening hours as short lines a visitor reads at a glance: "Daily 06:00–18:00", "Mon–Fri 08:00–17:00",
 * "T2–T6 08:00–17:00". Empty when the outlet publishes none (the page then says so).
 */
export function formatOpeningHours(lines: readonly OpeningLine[], lang: Lang): string[] {
  const t = translationsFor(lang);
  return summariseOpeningHours(lines).map(({ days, opens, closes }) => {
    const when =
      days === 'daily'
        ? t('guide.hours.daily')
        : days
            .map(([first, last]) =>
              first === last ? t(`guide.day.${first}`) : `${t(`guide.day.${first}`)}–${t(`guide.day.${last}`)}`,
            )
            .join(', ');
    return t('guide.hours.line', { days: when, opens, closes });
  });
}

import { z } from 'zod';
import { isRealIsoDate, isoDateFromDate } from '../lib/core/isoDate.ts';
import { normalizeText } from '../lib/core/normalizeText.ts';

/** Any human-written text: normalised to NFC with single spaces, and never empty. */
export const Text = z
  .string()
  .transform(normalizeText)
  .pipe(z.string().min(1, { error: 'must not be empty' }));

/** Record ids and references: lowercase ASCII words joined by hyphens, as in file names ("an-lo-organic-rice"). */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and hyphens, like "me-xung-hue"' });

const DATE_EXAMPLE = 'year first, like 2024-03-01 for 1 March 2024';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What is wrong with a date as written, in words an office clerk can act on, with the date to write instead when it
 * can be worked out (16/11/2020 → 2020-11-16; 2025-16-11, day and month swapped → 2025-11-16); undefined when valid.
 */
export function dateProblem(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso === null) {
    const dayFirst = /^\s*(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})\s*$/.exec(value);
    const yearFirst = /^\s*(\d{4})[/.\-\s](\d{1,2})[/.\-\s](\d{1,2})\s*$/.exec(value);
    const meant =
      dayFirst !== null
        ? `${dayFirst[3]}-${pad(Number(dayFirst[2]))}-${pad(Number(dayFirst[1]))}`
        : yearFirst !== null
          ? `${yearFirst[1]}-${pad(Number(yearFirst[2]))}-${pad(Number(yearFirst[3]))}`
          : undefined;
    if (meant !== undefined && isRealIsoDate(meant)) return `must be written year-month-day: write ${meant} instead`;
    return `must be a date written YYYY-MM-DD, ${DATE_EXAMPLE}`;
  }
  if (isRealIsoDate(value)) return undefined;
  const [year, month] = [Number(iso[1]), Number(iso[2])];
  const swapped = `${iso[1]}-${iso[3]}-${iso[2]}`;
  if (month > 12 && isRealIsoDate(swapped))
    return `is not a real calendar date: there is no month ${month}; if the day and month are swapped, write ${swapped} (YYYY-MM-DD, year first)`;
  if (month < 1 || month > 12)
    return `is not a real calendar date: there is no month ${month}; write YYYY-MM-DD, ${DATE_EXAMPLE}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `is not a real calendar date: ${MONTHS[month - 1]} ${year} has ${last} days; check the day`;
}

/**
 * A calendar date written YYYY-MM-DD. Accepts the Date a YAML parser makes of an unquoted date, but the validator
 * reads dates as text first so that a date that does not exist (2023-02-30) is reported instead of rolled over.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? isoDateFromDate(value) : value),
  z.string({ error: `must be a date written YYYY-MM-DD, ${DATE_EXAMPLE}` }).superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** A local time of day in Vietnam, 24-hour "HH:MM". */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: (issue) => {
    // "7h30", "7:30", "19.00", "8h" → "07:30", "19:00", "08:00" when that is a real time of day.
    const match = /^\s*(\d{1,2})\s*[h:.]\s*(\d{2})?\s*$/i.exec(String(issue.input));
    const meant = match === null ? undefined : `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? '00'}`;
    return meant !== undefined && /^([01]\d|2[0-3]):[0-5]\d$/.test(meant)
      ? `must be a time written HH:MM in 24-hour form and in quotes: write "${meant}" instead`
      : 'must be a time written HH:MM in 24-hour form and in quotes, like "07:30" or "21:00"';
  },
});

/** A position in decimal degrees (WGS 84), limited to Vietnam and its seas. */
export const Coordinates = z.strictObject({
  /** Latitude in decimal degrees, 8–24 °N for Vietnam. */
  lat: z.number().min(8).max(24),
  /** Longitude in decimal degrees, 102–118 °E for Vietnam and its islands. */
  lng: z.number().min(102).max(118),
});

/** A web address starting with https:// or http://. */
export const WebUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });

/** Text with an optional English translation, shown in the page's language with a fallback to Vietnamese. */
export const Localized = z.strictObject({
  /** Vietnamese text (required). */
  vi: Text,
  /** English text; when missing, English pages show the Vietnamese with a note. */
  en: Text.optional(),
});

/** Sample data flag: every demonstration record says so, and the site labels it. */
export const SampleFlag = z.boolean().default(false);

/**
 * Whether a field of the object being refined already has a problem of its own (a malformed date, a score out of
 * range…). A rule that compares two fields skips when either one has: the wrong value is reported once, in its own
 * words, not again as "must not be before the signing date 2025-13-45".
 */
export function hasOwnIssue(ctx: z.RefinementCtx, ...fields: (string | readonly string[])[]): boolean {
  return fields.some((field) => {
    const path = typeof field === 'string' ? [field] : field;
    return ctx.issues.some((issue) => path.every((key, index) => issue.path?.[index] === key));
  });
}

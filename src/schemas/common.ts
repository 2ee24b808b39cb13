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

/**
 * A calendar date written YYYY-MM-DD. Accepts the Date a YAML parser makes of an unquoted date, but the validator
 * reads dates as text first so that a date that does not exist (2023-02-30) is reported instead of rolled over.
 */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? isoDateFromDate(value) : value),
  z.string({ error: 'must be a date written YYYY-MM-DD' }).superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' });
    else if (!isRealIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
  }),
);

/** A local time of day in Vietnam, 24-hour "HH:MM". */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM (24-hour)' });

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

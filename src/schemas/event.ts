import { z } from 'zod';
import {
  Coordinates,
  hasOwnIssue,
  IsoDateSchema,
  Localized,
  SampleFlag,
  Slug,
  Text,
  TimeOfDay,
  WebUrl,
} from './common.ts';

export const EVENT_KINDS = [
  'national-fair',
  'regional-fair',
  'provincial-fair',
  'festival',
  'trade-show',
  'star-announcement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A fair or trade event where OCOP products are shown. File: content/events/<id>.md; the body describes it. */
export const EventSchema = z
  .strictObject({
    /** Kind of event. */
    kind: z.enum(EVENT_KINDS),
    /** Name, Vietnamese with optional English. */
    name: Localized,
    /** First day, YYYY-MM-DD (Vietnam time). */
    start: IsoDateSchema,
    /** Last day, YYYY-MM-DD; the same as start for a one-day event. */
    end: IsoDateSchema,
    /** Opening time each day, HH:MM, when known; without it the event is shown as all-day. */
    opens: TimeOfDay.optional(),
    /** Closing time each day, HH:MM. */
    closes: TimeOfDay.optional(),
    /** Where it takes place. */
    venue: z.strictObject({
      /** Venue name: "Hoàng thành Thăng Long". */
      name: Text,
      /** Street address. */
      address: Text,
      coordinates: Coordinates.optional(),
    }),
    /** Province id where it takes place. */
    province: Slug,
    /** Organiser as published. */
    organiser: Text,
    /** The organiser in English, when the rule ("UBND tỉnh X" → "X Provincial People's Committee") does not know it. */
    organiserEn: Text.optional(),
    /** Official pages about the event: the link text in Vietnamese and, optionally, in English. */
    links: z.array(z.strictObject({ label: Text, labelEn: Text.optional(), url: WebUrl })).default([]),
    /** Producer ids taking part. */
    producers: z.array(Slug).default([]),
    /** Product ids shown there. */
    products: z.array(Slug).default([]),
    /** Number of booths, when published. */
    booths: z.number().int().positive().optional(),
    /** English description (the Markdown body is the Vietnamese one). */
    descriptionEn: Text.optional(),
    /** Demonstration record. */
    sample: SampleFlag,
  })
  .superRefine((event, ctx) => {
    if (!hasOwnIssue(ctx, 'start', 'end') && event.end < event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `must not be before start ${event.start} (got ${event.end})`,
      });
    }
    if (event.closes !== undefined && event.opens === undefined) {
      ctx.addIssue({ code: 'custom', path: ['opens'], message: 'is required when closes is given' });
    }
    if (
      event.opens !== undefined &&
      event.closes !== undefined &&
      !hasOwnIssue(ctx, 'opens', 'closes') &&
      event.closes <= event.opens
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: `must be after opens ${event.opens} (got ${event.closes})`,
      });
    }
  });

export type EventInput = z.input<typeof EventSchema>;
export type Event = z.output<typeof EventSchema>;

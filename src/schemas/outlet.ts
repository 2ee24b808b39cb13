import { z } from 'zod';
import { ContactSchema } from './contact.ts';
import { Coordinates, hasOwnIssue, Localized, SampleFlag, Slug, Text, TimeOfDay } from './common.ts';

/** Places where OCOP introduction-and-sales points may be set up, after Decision 950/QĐ-BCT (2023). */
export const OUTLET_KINDS = [
  'station',
  'airport',
  'bus-terminal',
  'ferry-terminal',
  'highway-rest-stop',
  'mall',
  'supermarket',
  'market',
  'tourist-site',
  'restaurant',
  'hotel',
  'craft-village',
  'commercial-centre',
  'fair-centre',
  'post-office',
  'showroom',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An OCOP showroom or point of sale. File: content/outlets/<province>/<id>.yaml. */
export const OutletSchema = z.strictObject({
  /** Kind of place (Decision 950/QĐ-BCT). */
  kind: z.enum(OUTLET_KINDS),
  /** Name, Vietnamese with optional English. */
  name: Localized,
  /** Current province id; must match the folder. */
  province: Slug,
  /** Street address. */
  address: Text,
  coordinates: Coordinates.optional(),
  /** Opening hours: each line covers some weekdays. An outlet with none published shows "hours not published". */
  openingHours: z
    .array(
      z
        .strictObject({
          days: z.array(z.enum(WEEKDAYS)).min(1),
          opens: TimeOfDay,
          closes: TimeOfDay,
        })
        .superRefine((line, ctx) => {
          if (!hasOwnIssue(ctx, 'opens', 'closes') && line.closes <= line.opens) {
            ctx.addIssue({ code: 'custom', path: ['closes'], message: `must be after opens ${line.opens}` });
          }
        }),
    )
    .default([]),
  contact: ContactSchema.default({}),
  /** Producer ids whose products are stocked (products list their outlets themselves). */
  producers: z.array(Slug).default([]),
  /** A sentence for visitors: what is special, how to find it. */
  note: Localized.optional(),
  /** Demonstration record. */
  sample: SampleFlag,
});

export type OutletInput = z.input<typeof OutletSchema>;
export type Outlet = z.output<typeof OutletSchema>;

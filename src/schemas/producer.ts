import { z } from 'zod';
import { ContactSchema } from './contact.ts';
import { Coordinates, IsoDateSchema, Localized, SampleFlag, Slug, Text, WebUrl } from './common.ts';

export const PRODUCER_TYPES = ['enterprise', 'cooperative', 'cooperative-group', 'household'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const SALES_CHANNELS = [
  'direct',
  'wholesale',
  'supermarket',
  'ocop-shop',
  'e-commerce',
  'export',
  'tourism',
] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/**
 * A producer (chủ thể OCOP): enterprise, cooperative (HTX), cooperative group (tổ hợp tác) or household business.
 * File: content/producers/<province>/<id>.yaml.
 */
export const ProducerSchema = z.strictObject({
  /** Legal name as registered: "HTX SX-KD-DV nông nghiệp An Lỗ". */
  name: Text,
  /** English rendering of the name, when the producer uses one. */
  nameEn: Text.optional(),
  /** Legal form: enterprise, cooperative (HTX), cooperative-group (tổ hợp tác) or household (hộ kinh doanh). */
  type: z.enum(PRODUCER_TYPES),
  /** Current province id (a file name in content/provinces/); must match the folder the file is in. */
  province: Slug,
  /** Address exactly as registered, possibly with pre-2025 district and province names. */
  address: Text,
  /** Today's commune or ward (xã/phường) after the July 2025 reform, when known. */
  commune: Text.optional(),
  /** Position of the workshop or head office. */
  coordinates: Coordinates.optional(),
  /** A few sentences about the producer, Vietnamese with optional English. */
  about: Localized.optional(),
  /** Led by a woman, as reported in OCOP statistics. */
  womenLed: z.boolean().optional(),
  /** How to reach the producer. */
  contact: ContactSchema.default({}),
  /** What the producer can supply, for retail buyers. */
  capacity: z
    .strictObject({
      /** Quantity per month. */
      perMonth: z.number().positive(),
      /** Unit of that quantity: "kg", "litre", "bottle", "piece"… */
      unit: Text,
    })
    .optional(),
  /** Smallest order accepted from a trade buyer. */
  minimumOrder: z.strictObject({ quantity: z.number().positive(), unit: Text }).optional(),
  /** Days from order to dispatch. */
  leadTimeDays: z.number().int().min(0).max(365).optional(),
  /** Where the producer already sells. */
  salesChannels: z.array(z.enum(SALES_CHANNELS)).default([]),
  /** Certifications other than OCOP (VietGAP, HACCP, ISO 22000, organic…), each with its expiry. */
  certifications: z
    .array(
      z.strictObject({
        /** Scheme: "VietGAP", "HACCP", "ISO 22000", "Organic (TCVN 11041)"… */
        name: Text,
        /** Certificate number, when published. */
        number: Text.optional(),
        /** Body that issued it. */
        issuer: Text.optional(),
        /** Last day of validity, YYYY-MM-DD. */
        expires: IsoDateSchema,
      }),
    )
    .default([]),
  /** Online shops and marketplace pages. */
  onlineShops: z.array(z.strictObject({ name: Text, url: WebUrl })).default([]),
  /** Demonstration record: its contact details and figures are invented. */
  sample: SampleFlag,
});

export type ProducerInput = z.input<typeof ProducerSchema>;
export type Producer = z.output<typeof ProducerSchema>;

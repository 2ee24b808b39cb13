/**
 * The open data files (/data/*.json) as Zod schemas: the TypeScript types of the exports and the JSON Schemas
 * published beside them (/data/schemas/*.schema.json) both come from here, so they cannot drift apart. Producer,
 * event and outlet rows are the records themselves plus their id and links.
 */
import { z } from 'zod';
import { Slug } from './common.ts';
import { EventSchema } from './event.ts';
import { GROUP_IDS, SUBGROUP_IDS } from './groups.ts';
import { OutletSchema } from './outlet.ts';
import { ProducerSchema } from './producer.ts';

const IsoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const SitePath = z
  .string()
  .regex(/^\/.*\/$/)
  .meta({ description: 'Site-relative page address' });
const Names = z.strictObject({ vi: z.string(), en: z.string().nullable() });

export const CERTIFICATE_STATES = ['valid', 'expiring', 'expired', 'revoked', 'pending'] as const;

export const ProductRowSchema = z
  .strictObject({
    id: Slug.meta({ description: 'Permanent product id (file name of the record)' }),
    name: Names.meta({ description: 'Product name in Vietnamese, and in English when there is one' }),
    province: z
      .strictObject({
        id: Slug,
        name: Names,
        asWritten: z.string().meta({ description: 'Province name as written on the decision' }),
        formerName: z.boolean().meta({ description: 'asWritten is a pre-2025 name of the province' }),
      })
      .meta({ description: "Today's province of the producer, and the name on the decision" }),
    group: z.enum(GROUP_IDS).meta({ description: 'OCOP group (Decision 148/QĐ-TTg, 2023)' }),
    subgroup: z.enum(SUBGROUP_IDS),
    stars: z
      .enum(['3', '4', '5', 'potential-5'])
      .nullable()
      .meta({ description: 'Result of the decision in force or last in force; null before the first decision' }),
    certificate: z
      .strictObject({
        state: z.enum(CERTIFICATE_STATES),
        certified: z.boolean().meta({ description: 'valid or expiring on statesAsOf' }),
        decision: z.string().nullable(),
        signed: IsoDateText.nullable(),
        validUntil: IsoDateText.nullable(),
        revokedOn: IsoDateText.nullable(),
      })
      .meta({ description: 'OCOP certificate state on statesAsOf (36 months from signing)' }),
    producer: Slug.meta({ description: 'Producer id, see producers.json' }),
    traceCode: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/),
    urls: z.strictObject({
      vi: SitePath,
      en: SitePath,
      traceVi: SitePath,
      traceEn: SitePath,
      producerVi: SitePath,
      producerEn: SitePath,
    }),
    sample: z.boolean().meta({ description: 'Demonstration record with invented details' }),
  })
  .meta({ title: 'OCOP product' });
export type ProductRow = z.output<typeof ProductRowSchema>;

const Urls = z.strictObject({ vi: SitePath, en: SitePath });

export const ProducerRowSchema = ProducerSchema.safeExtend({
  id: Slug.meta({ description: 'Permanent producer id' }),
  products: z.array(Slug).meta({ description: 'Ids of the producer’s products in products.json' }),
  certifiedProducts: z.int().min(0).meta({ description: 'Products with an OCOP certificate in force on statesAsOf' }),
  urls: Urls,
}).meta({ title: 'OCOP producer (supplier)' });
export type ProducerRow = z.output<typeof ProducerRowSchema>;

export const EventRowSchema = EventSchema.safeExtend({ id: Slug, urls: Urls }).meta({ title: 'OCOP fair or event' });
export type EventRow = z.output<typeof EventRowSchema>;

export const OutletRowSchema = OutletSchema.safeExtend({ id: Slug }).meta({ title: 'OCOP showroom or point of sale' });
export type OutletRow = z.output<typeof OutletRowSchema>;

export const CHANGE_KINDS = ['new', 'renewed', 'upgraded', 'expired', 'revoked'] as const;

export const ChangeRowSchema = z
  .strictObject({
    id: z.string().meta({ description: 'Stable id of the change: product id, kind and date' }),
    date: IsoDateText.meta({
      description: 'Day the change took effect: signing day, the day after the last valid day, or revocation day',
    }),
    kind: z.enum(CHANGE_KINDS),
    product: Slug.meta({ description: 'Product id, see products.json' }),
    name: Names,
    province: Slug.meta({ description: "Today's province of the producer" }),
    producer: Slug.meta({ description: 'Producer id, see producers.json' }),
    stars: z.enum(['3', '4', '5', 'potential-5']).meta({ description: 'Result of the decision concerned' }),
    decision: z
      .string()
      .meta({ description: 'The decision concerned: the new one, or the one that lapsed or was revoked' }),
    signed: IsoDateText,
    validUntil: IsoDateText.meta({ description: 'Last valid day of that decision' }),
    urls: z.strictObject({ vi: SitePath, en: SitePath }),
  })
  .meta({ title: 'OCOP certificate change' });
export type ChangeRow = z.output<typeof ChangeRowSchema>;

/** Every JSON file wraps its rows with when it was made, the day certificate states refer to, and the licence. */
function documentSchema<K extends string, R extends z.ZodType>(key: K, row: R, title: string) {
  return z
    .strictObject({
      generated: z.string().meta({ description: 'When the file was built (ISO 8601)' }),
      statesAsOf: IsoDateText.meta({ description: 'Day certificate states were computed for' }),
      licence: z.string().meta({ description: 'Licence of the data' }).optional(),
      province: Slug.nullable().meta({ description: 'Province the file is limited to, or null' }).optional(),
      count: z.int().min(0),
      ...({ [key]: z.array(row) } as Record<K, z.ZodArray<R>>),
    })
    .meta({ title });
}

export const OPEN_DATA_DOCUMENTS = {
  product: documentSchema('products', ProductRowSchema, 'OCOP products'),
  producer: documentSchema('producers', ProducerRowSchema, 'OCOP producers'),
  event: documentSchema('events', EventRowSchema, 'OCOP fairs and events'),
  outlet: documentSchema('outlets', OutletRowSchema, 'OCOP showrooms and points of sale'),
  change: documentSchema('changes', ChangeRowSchema, 'OCOP certificate changes, newest first'),
};
export type OpenDataKind = keyof typeof OPEN_DATA_DOCUMENTS;
export const OPEN_DATA_KINDS = Object.keys(OPEN_DATA_DOCUMENTS) as OpenDataKind[];

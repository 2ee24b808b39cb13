import { z } from 'zod';
import { IsoDateSchema, Localized, SampleFlag, Text } from './common.ts';

export const REGIONS = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * One of the 34 provincial-level units in force since 1 July 2025. File: content/provinces/<id>.yaml, where the id
 * is the folder name used for that province's products, producers and outlets.
 */
export const ProvinceSchema = z.strictObject({
  /** "province" (tỉnh) or "city" (centrally-run city, thành phố trực thuộc trung ương). */
  kind: z.enum(['province', 'city']),
  /** Everyday name, as shown in lists and after "nay là" / "now": { vi: "TP Huế", en: "Huế City" }. */
  name: Localized,
  /** Official full name: { vi: "Thành phố Huế", en: "Huế City" }. */
  officialName: Localized,
  /** Socio-economic region, used to group provinces on the browse pages. */
  region: z.enum(REGIONS),
  /**
   * Names this unit had or absorbed before the 2025 reform, as written on older certificates; a look-up by any of
   * them resolves to this unit. Huế: Thừa Thiên Huế. Thái Nguyên: Bắc Kạn.
   */
  formerly: z
    .array(
      z.strictObject({
        /** The former name as written ("Thừa Thiên Huế"). */
        name: Text,
        /** What happened: "renamed" (same territory, new name) or "merged" (absorbed into this unit). */
        change: z.enum(['renamed', 'merged']),
        /** Date the change took effect, YYYY-MM-DD. */
        since: IsoDateSchema,
      }),
    )
    .default([]),
  /** Number of commune-level units after 1 July 2025, when known. */
  communes: z.number().int().positive().optional(),
  /** Marks invented figures; the list of units itself is real. */
  sample: SampleFlag,
});

export type ProvinceInput = z.input<typeof ProvinceSchema>;
export type Province = z.output<typeof ProvinceSchema>;

import { z } from 'zod';
import { gtinProblem } from '../lib/core/gtin.ts';
import { GROUP_IDS, OCOP_GROUPS, SUBGROUP_IDS } from './groups.ts';
import { Coordinates, hasOwnIssue, IsoDateSchema, Localized, SampleFlag, Slug, Text, WebUrl } from './common.ts';

/** An OCOP result: 3, 4 or 5 stars, or "potential-5" (scored ≥ 90 by the province and sent to the centre). */
export const StarResult = z.union([z.literal(3), z.literal(4), z.literal(5), z.literal('potential-5')], {
  error: 'must be 3, 4, 5 or "potential-5" (1 and 2 stars are not certified)',
});
export type StarResult = z.output<typeof StarResult>;

/** Decision 148/QĐ-TTg, with its A/B/C maxima of 40/25/35, applies to decisions signed from this day. */
export const SCORING_2023_FROM = '2023-02-24';

/** One decision in a product's certification history. */
export const CertificationSchema = z
  .strictObject({
    /** Decision number exactly as written: "2919/QĐ-UBND". */
    decision: Text,
    /** Date the decision was signed, YYYY-MM-DD. Validity runs 36 months from this day. */
    signed: IsoDateSchema,
    /**
     * Who rated: "district" (3 stars under Decision 148/2023, until districts were abolished on 1 July 2025),
     * "province" (3 and 4 stars, potential 5) or "central" (5 stars, the ministry).
     */
    level: z.enum(['district', 'province', 'central']),
    /** Issuing authority exactly as written on the decision: "UBND tỉnh Thừa Thiên Huế". */
    authority: Text,
    /**
     * The authority in English, when the rule (src/lib/catalog/englishRendering.ts: "UBND tỉnh X" → "X Provincial
     * People's Committee") gets it wrong or does not know the body. English pages show it beside the Vietnamese.
     */
    authorityEn: Text.optional(),
    /** The rating: 3, 4, 5 or "potential-5". */
    result: StarResult,
    /** Total score out of 100, when published. */
    score: z.number().min(0).max(100).optional(),
    /**
     * Score parts. Decision 148/2023 (signed from 24 Feb 2023): A production ≤ 40, B marketing ≤ 25, C quality ≤ 35.
     * Decision 1048/2019 (earlier decisions): A ≤ 35, B ≤ 25, C ≤ 40.
     */
    scoreParts: z
      .strictObject({
        /** A: production organisation and community strength. */
        a: z.number().min(0).max(40),
        /** B: marketing and product story. */
        b: z.number().min(0).max(25),
        /** C: product quality. */
        c: z.number().min(0).max(40),
      })
      .optional(),
    /** "new" (cấp mới), "renewed" (cấp lại) or "upgraded" (nâng hạng). */
    kind: z.enum(['new', 'renewed', 'upgraded']),
    /** Last day of validity when the decision states one; otherwise 36 months from signing. */
    validUntil: IsoDateSchema.optional(),
    /** Set when the certificate was withdrawn before it lapsed. */
    revoked: z
      .strictObject({
        /** Date of the revocation decision, YYYY-MM-DD. */
        date: IsoDateSchema,
        /** Revocation decision number as written. */
        decision: Text,
        /** Why, as published: "not re-evaluated", "failed re-evaluation"… */
        reason: Text.optional(),
      })
      .optional(),
    /** True when the decision number or date is invented for the demonstration catalogue. */
    sample: SampleFlag,
  })
  .superRefine((entry, ctx) => {
    // Each rule compares fields; it is skipped when one of them has its own problem (reported once, in its words).
    // Worked out before any rule adds a problem, so one rule's message does not hide another's.
    const resultOk = !hasOwnIssue(ctx, 'result', 'level');
    const levelOk = !hasOwnIssue(ctx, 'level');
    const signedOk = !hasOwnIssue(ctx, 'signed');
    const scoreOk = !hasOwnIssue(ctx, 'score');
    const partOk = { a: !hasOwnIssue(ctx, ['scoreParts', 'a']), c: !hasOwnIssue(ctx, ['scoreParts', 'c']) };
    const partsOk = !hasOwnIssue(ctx, 'scoreParts');
    const validUntilOk = !hasOwnIssue(ctx, 'validUntil');
    const revokedOk = !hasOwnIssue(ctx, ['revoked', 'date']);
    if (resultOk && entry.result === 5 && entry.level !== 'central') {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: '5 stars are rated by the central ministry: level must be "central"',
      });
    }
    if (resultOk && entry.level === 'district' && entry.result !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: `a district could only give 3 stars; a ${String(entry.result)} result is given by the province: write level: province`,
      });
    }
    if (signedOk && levelOk && entry.level === 'district' && entry.signed >= '2025-07-01') {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: `districts were abolished on 1 July 2025; a decision signed ${entry.signed} is provincial`,
      });
    }
    if (resultOk && entry.result !== 5 && entry.level === 'central') {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: 'only 5-star results are rated centrally: level must be "province"',
      });
    }
    if (resultOk && scoreOk && entry.result === 'potential-5' && entry.score !== undefined && entry.score < 90) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `a potential 5-star result needs a score of at least 90 (got ${entry.score})`,
      });
    }
    if (entry.scoreParts !== undefined && signedOk) {
      const scheme =
        entry.signed >= SCORING_2023_FROM
          ? { a: 40, c: 35, name: 'Decision 148/2023' }
          : { a: 35, c: 40, name: 'Decision 1048/2019' };
      for (const part of ['a', 'c'] as const) {
        if (partOk[part] && entry.scoreParts[part] > scheme[part]) {
          ctx.addIssue({
            code: 'custom',
            path: ['scoreParts', part],
            message: `must be at most ${scheme[part]} under ${scheme.name}, which applied on ${entry.signed} (got ${entry.scoreParts[part]})`,
          });
        }
      }
    }
    if (entry.scoreParts !== undefined && entry.score !== undefined && partsOk && scoreOk) {
      const sum = entry.scoreParts.a + entry.scoreParts.b + entry.scoreParts.c;
      if (Math.abs(sum - entry.score) > 0.5) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoreParts'],
          message: `A + B + C must add up to the score ${entry.score} (got ${sum})`,
        });
      }
    }
    if (entry.validUntil !== undefined && validUntilOk && signedOk && entry.validUntil <= entry.signed) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `must be after the signing date ${entry.signed} (got ${entry.validUntil})`,
      });
    }
    if (entry.revoked !== undefined && revokedOk && signedOk && entry.revoked.date < entry.signed) {
      ctx.addIssue({
        code: 'custom',
        path: ['revoked', 'date'],
        message: `must not be before the signing date ${entry.signed} (got ${entry.revoked.date})`,
      });
    }
  });
export type CertificationInput = z.input<typeof CertificationSchema>;
export type Certification = z.output<typeof CertificationSchema>;

/**
 * Builds the product schema around an image field. Astro passes its image() helper so images become optimisable
 * assets; the validator passes a plain string and checks the file exists itself.
 */
export function makeProductSchema<TImage extends z.ZodType>(image: () => TImage) {
  return z
    .strictObject({
      /** Product name in Vietnamese, as on the certificate: "Gạo hữu cơ An Lỗ". */
      name: Text,
      /** English name for visitors: "An Lỗ organic rice". */
      nameEn: Text.optional(),
      /** One-sentence summary shown in lists; Vietnamese with optional English. */
      summary: Localized.optional(),
      /** English description (the Markdown body is the Vietnamese description). */
      descriptionEn: Text.optional(),
      /** Producer id: the file name (without .yaml) in content/producers/<province>/. */
      producer: Slug,
      /** OCOP group of Decision 148/2023. */
      group: z.enum(GROUP_IDS),
      /** Subgroup within that group. */
      subgroup: z.enum(SUBGROUP_IDS),
      /**
       * Permanent traceability code printed on packaging as a QR code: 8 characters of Crockford base 32
       * (digits and capitals without I, L, O, U). Never derived from the name, never changed.
       */
      traceCode: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, {
        error: 'must be 8 characters from 0-9 and A-Z without I, L, O, U (e.g. "7KQ2M9XD")',
      }),
      /** Where the product is made, exactly as written on the decision, and the province name used there. */
      origin: z.strictObject({
        /** Address as written: "thôn An Lỗ, xã Phong Hiền, huyện Phong Điền". */
        asWritten: Text,
        /** Province or city name as written on the decision: "Thừa Thiên Huế". */
        province: Text,
        /** Today's commune or ward, when known. */
        commune: Text.optional(),
      }),
      /** Certification history, oldest first or in any order; the latest decision in force is the current one. */
      certifications: z.array(CertificationSchema).min(1, { error: 'needs at least one certification decision' }),
      /** Where the raw material comes from. */
      rawMaterial: z
        .strictObject({
          /** Growing or sourcing area: "cánh đồng thôn An Lỗ, 30 ha". */
          area: Text,
          /** Who grows or supplies it: "hộ thành viên HTX". */
          grower: Text.optional(),
          /** Season or harvest months: "vụ Đông Xuân (tháng 1–5)". */
          season: Text.optional(),
          /** Position of the area. */
          coordinates: Coordinates.optional(),
        })
        .optional(),
      /** Production steps in order, one short sentence each. */
      productionSteps: z.array(Text).default([]),
      /** Pack sizes and retail prices. */
      packs: z
        .array(
          z.strictObject({
            /** Pack size as printed: "500 g", "1 lít", "hộp 10 gói". */
            size: Text,
            /**
             * The pack size in English ("half-day tour, per person"), for what the rule ("chai 500 ml" → "500 ml
             * bottle", "hộp 10 gói" → "box of 10 packs") cannot render. English pages show it beside the size as printed.
             */
            sizeEn: Text.optional(),
            /** Retail price in Vietnamese đồng. */
            priceVnd: z.number().int().positive().optional(),
            /** GS1 barcode number (GTIN-8, -12, -13 or -14, check digit included), when the pack has one. */
            gtin: z
              .string()
              .superRefine((value, ctx) => {
                const problem = gtinProblem(value);
                if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
              })
              .optional(),
          }),
        )
        .default([]),
      /** Shelf life in months from production. */
      shelfLifeMonths: z.number().positive().max(120).optional(),
      /** Storage instructions. */
      storage: Localized.optional(),
      /** Product photos; the first is the cover. Paths are relative to this file. */
      images: z
        .array(
          z.strictObject({
            /** Image file beside the record, e.g. "./images/an-lo-rice.jpg". */
            src: image(),
            /** What the picture shows, in Vietnamese. */
            alt: Text,
            /** What the picture shows, in English. */
            altEn: Text.optional(),
          }),
        )
        .default([]),
      /** Outlet ids (content/outlets/<province>/<id>.yaml) where the product is sold. */
      outlets: z.array(Slug).default([]),
      /** Online shops selling this product. */
      onlineShops: z.array(z.strictObject({ name: Text, url: WebUrl })).default([]),
      /** Keywords that help search ("nem chua", "quà Huế"). */
      keywords: z.array(Text).default([]),
      /** Demonstration record: prices, codes and details are invented. */
      sample: SampleFlag,
    })
    .superRefine((product, ctx) => {
      if (hasOwnIssue(ctx, 'group', 'subgroup')) return;
      const subgroups: Record<string, unknown> = OCOP_GROUPS[product.group].subgroups;
      if (!(product.subgroup in subgroups)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subgroup'],
          message: `is not a subgroup of "${product.group}"; use one of ${Object.keys(subgroups).join(', ')} (got ${product.subgroup})`,
        });
      }
    });
}

/** The product schema with image paths as plain strings (for scripts, tests and exports). */
export const ProductSchema = makeProductSchema(() => z.string().min(1));
export type ProductInput = z.input<typeof ProductSchema>;
export type Product = z.output<typeof ProductSchema>;

import { describe, expect, it } from 'vitest';
import { formatProblem, problemsFromZod } from '../lib/records/formatIssues.ts';
import { dateProblem } from './common.ts';
import { EventSchema } from './event.ts';
import { OutletSchema } from './outlet.ts';
import { ProducerSchema } from './producer.ts';
import { ProductSchema, type ProductInput } from './product.ts';
import { ProvinceSchema } from './province.ts';

const product: ProductInput = {
  name: 'Mè xửng Thiên Hương',
  nameEn: 'Thiên Hương sesame candy',
  producer: 'co-so-thien-huong',
  group: 'food',
  subgroup: 'processed',
  traceCode: '7KQ2M9XD',
  origin: { asWritten: 'phường Phú Hội, TP Huế', province: 'Thừa Thiên Huế' },
  certifications: [
    {
      decision: '12/QĐ-UBND',
      signed: '2024-03-01',
      level: 'province',
      authority: 'UBND tỉnh Thừa Thiên Huế',
      result: 4,
      kind: 'new',
    },
  ],
};

/** The editor-facing lines for an input, as the validator prints them. */
function problems(
  schema: { safeParse: (data: unknown, params?: object) => { success: boolean; error?: { issues: unknown[] } } },
  data: unknown,
): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return problemsFromZod('content/x.md', result.error?.issues as never, data).map(formatProblem);
}

describe('product schema', () => {
  it('accepts a complete record and fills defaults', () => {
    const parsed = ProductSchema.parse(product);
    expect(parsed.packs).toEqual([]);
    expect(parsed.sample).toBe(false);
    expect(parsed.certifications[0]?.sample).toBe(false);
  });

  it('normalises NFD text and odd spacing to NFC', () => {
    const parsed = ProductSchema.parse({ ...product, name: ' Mè  xửng\u00a0Huế '.normalize('NFD') });
    expect(parsed.name).toBe('Mè xửng Huế');
    expect(parsed.name).toBe(parsed.name.normalize('NFC'));
  });

  it.each([
    [
      'stars out of range',
      { certifications: [{ ...product.certifications[0], result: 6 }] },
      'content/x.md: certifications[0].result: must be 3, 4, 5 or "potential-5" (1 and 2 stars are not certified) (got 6)',
    ],
    [
      '2 stars',
      { certifications: [{ ...product.certifications[0], result: 2 }] },
      'content/x.md: certifications[0].result: must be 3, 4, 5 or "potential-5" (1 and 2 stars are not certified) (got 2)',
    ],
    [
      'a date that does not exist',
      { certifications: [{ ...product.certifications[0], signed: '2023-02-30' }] },
      'content/x.md: certifications[0].signed: is not a real calendar date: February 2023 has 28 days; check the day (got "2023-02-30")',
    ],
    [
      'a date in another format',
      { certifications: [{ ...product.certifications[0], signed: '16/11/2020' }] },
      'content/x.md: certifications[0].signed: must be written year-month-day: write 2020-11-16 instead (got "16/11/2020")',
    ],
    [
      '5 stars rated by a province',
      { certifications: [{ ...product.certifications[0], result: 5 }] },
      'content/x.md: certifications[0].level: 5 stars are rated by the central ministry: level must be "central" (got "province")',
    ],
    [
      'score parts that do not add up',
      { certifications: [{ ...product.certifications[0], score: 75, scoreParts: { a: 30, b: 20, c: 20 } }] },
      'content/x.md: certifications[0].scoreParts: A + B + C must add up to the score 75 (got 70)',
    ],
    [
      'a 4-star result rated by a district',
      { certifications: [{ ...product.certifications[0], level: 'district' }] },
      'content/x.md: certifications[0].level: a district could only give 3 stars; a 4 result is given by the province: write level: province (got "district")',
    ],
    [
      'a district decision after districts were abolished',
      { certifications: [{ ...product.certifications[0], level: 'district', result: 3, signed: '2025-08-01' }] },
      'content/x.md: certifications[0].level: districts were abolished on 1 July 2025; a decision signed 2025-08-01 is provincial (got "district")',
    ],
    [
      'C above 35 under Decision 148/2023',
      { certifications: [{ ...product.certifications[0], score: 80, scoreParts: { a: 20, b: 22, c: 38 } }] },
      'content/x.md: certifications[0].scoreParts.c: must be at most 35 under Decision 148/2023, which applied on 2024-03-01 (got 38)',
    ],
    [
      'a missing producer',
      { producer: undefined },
      'content/x.md: producer: is required but missing; add a line "producer: …" (see the README for what to write)',
    ],
    [
      'an unknown group',
      { group: 'snacks' },
      'content/x.md: group: must be one of "food", "beverages", "herbal", "handicrafts", "ornamental", "tourism" (got "snacks")',
    ],
    [
      'a missing group',
      { group: undefined },
      'content/x.md: group: is required but missing; add a line "group: …" with one of "food", "beverages", "herbal", "handicrafts", "ornamental", "tourism"',
    ],
    [
      'a group written almost right',
      { group: 'beverage' },
      'content/x.md: group: did you mean "beverages"? It must be one of "food", "beverages", "herbal", "handicrafts", "ornamental", "tourism" (got "beverage")',
    ],
    [
      'a subgroup of another group',
      { subgroup: 'alcoholic' },
      'content/x.md: subgroup: is not a subgroup of "food"; use one of fresh-produce, raw-preprocessed, processed, condiments, tea, coffee-cocoa (got alcoholic)',
    ],
    [
      'a trace code with O and I',
      { traceCode: 'OI2M9XD1' },
      'content/x.md: traceCode: must be 8 characters from 0-9 and A-Z without I, L, O, U (e.g. "7KQ2M9XD") (got "OI2M9XD1")',
    ],
    [
      'a misspelt field',
      { shelfLife: 12 },
      'content/x.md: shelfLife: is not a field of this record (check the spelling; see the README for the record format)',
    ],
    ['an empty name', { name: '   ' }, 'content/x.md: name: must not be empty (got "   ")'],
    [
      'no certification',
      { certifications: [] },
      'content/x.md: certifications: needs at least one certification decision (got a list of 0)',
    ],
  ])('reports %s', (_, change, message) => {
    expect(problems(ProductSchema, { ...product, ...change })).toEqual([message]);
  });

  it('accepts C up to 40 under the 2019 scoring of Decision 1048', () => {
    const old = { ...product.certifications[0], signed: '2020-11-16', score: 80, scoreParts: { a: 20, b: 22, c: 38 } };
    expect(problems(ProductSchema, { ...product, certifications: [old] })).toEqual([]);
  });

  it('reports every problem of a record at once', () => {
    expect(problems(ProductSchema, { ...product, group: 'x', traceCode: 'bad', extra: 1 })).toHaveLength(3);
  });
});

describe('producer, event, outlet and province schemas', () => {
  const producer = {
    name: 'HTX Tài Hoan',
    type: 'cooperative',
    province: 'thai-nguyen',
    address: 'xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn',
  };

  it('accepts a minimal producer and rejects a bad e-mail and an unknown type', () => {
    expect(problems(ProducerSchema, producer)).toEqual([]);
    expect(
      problems(ProducerSchema, { ...producer, type: 'company', contact: { email: 'taihoan.example.vn' } }),
    ).toEqual([
      'content/x.md: type: must be one of "enterprise", "cooperative", "cooperative-group", "household" (got "company")',
      'content/x.md: contact.email: must be an e-mail address (got "taihoan.example.vn")',
    ]);
  });

  it('rejects an event that ends before it starts, and closing before opening', () => {
    const event = {
      kind: 'provincial-fair',
      name: { vi: 'Hội chợ OCOP Quảng Ninh' },
      start: '2026-12-10',
      end: '2026-12-09',
      opens: '18:00',
      closes: '08:00',
      venue: { name: 'Cung Quy hoạch', address: 'Hạ Long' },
      province: 'quang-ninh',
      organiser: 'Sở Công Thương',
    };
    expect(problems(EventSchema, event)).toEqual([
      'content/x.md: end: must not be before start 2026-12-10 (got 2026-12-09)',
      'content/x.md: closes: must be after opens 18:00 (got 08:00)',
    ]);
  });

  it('rejects an outlet kind outside Decision 950 and an impossible time', () => {
    const outlet = {
      kind: 'casino',
      name: { vi: 'X' },
      province: 'hue',
      address: 'Huế',
      openingHours: [{ days: ['mon'], opens: '25:00', closes: '22:00' }],
    };
    expect(problems(OutletSchema, outlet)).toEqual([
      expect.stringMatching(/^content\/x\.md: kind: must be one of "station", "airport".* \(got "casino"\)$/),
      'content/x.md: openingHours[0].opens: must be a time written HH:MM in 24-hour form and in quotes, like "07:30" or "21:00" (got "25:00")',
    ]);
    expect(
      problems(OutletSchema, {
        ...outlet,
        kind: 'showroom',
        openingHours: [{ days: ['mon'], opens: '09:00', closes: '08:00' }],
      }),
    ).toEqual(['content/x.md: openingHours[0].closes: must be after opens 09:00 (got "08:00")']);
  });

  it('accepts the province record shape with former names', () => {
    const province = {
      kind: 'city',
      name: { vi: 'TP Huế', en: 'Huế City' },
      officialName: { vi: 'Thành phố Huế', en: 'Huế City' },
      region: 'north-central',
      formerly: [{ name: 'Thừa Thiên Huế', change: 'renamed', since: '2025-01-01' }],
    };
    expect(problems(ProvinceSchema, province)).toEqual([]);
  });
});

describe('a rule comparing two fields is skipped when one of them is itself invalid', () => {
  const decision = product.certifications[0];
  const event = {
    kind: 'provincial-fair',
    name: { vi: 'Hội chợ OCOP Quảng Ninh' },
    start: '2026-12-10',
    end: '2026-12-12',
    venue: { name: 'Cung Quy hoạch', address: 'Hạ Long' },
    province: 'quang-ninh',
    organiser: 'Sở Công Thương',
  };
  const outlet = { kind: 'showroom', name: { vi: 'X' }, province: 'hue', address: 'Huế' };
  it.each([
    [
      'a revocation compared with a signing date that does not exist',
      ProductSchema,
      {
        ...product,
        certifications: [{ ...decision, signed: '2025-13-45', revoked: { date: '2025-02-01', decision: '5/QĐ-UBND' } }],
      },
      'content/x.md: certifications[0].signed: is not a real calendar date: there is no month 13; write YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024 (got "2025-13-45")',
    ],
    [
      'an expiry compared with a signing date in another format',
      ProductSchema,
      { ...product, certifications: [{ ...decision, signed: '2020/11/16', validUntil: '2019-01-01' }] },
      'content/x.md: certifications[0].signed: must be written year-month-day: write 2020-11-16 instead (got "2020/11/16")',
    ],
    [
      'an expiry that does not exist compared with the signing date',
      ProductSchema,
      { ...product, certifications: [{ ...decision, validUntil: '2024-02-30' }] },
      'content/x.md: certifications[0].validUntil: is not a real calendar date: February 2024 has 29 days; check the day (got "2024-02-30")',
    ],
    [
      'a district rating compared with a signing date that does not exist',
      ProductSchema,
      { ...product, certifications: [{ ...decision, level: 'district', result: 3, signed: '2025-13-45' }] },
      'content/x.md: certifications[0].signed: is not a real calendar date: there is no month 13; write YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024 (got "2025-13-45")',
    ],
    [
      'the scoring scheme chosen by a signing date that does not exist',
      ProductSchema,
      {
        ...product,
        certifications: [{ ...decision, signed: '2025-13-45', score: 80, scoreParts: { a: 20, b: 22, c: 38 } }],
      },
      'content/x.md: certifications[0].signed: is not a real calendar date: there is no month 13; write YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024 (got "2025-13-45")',
    ],
    [
      'a score part above its own maximum, checked again against the scheme',
      ProductSchema,
      { ...product, certifications: [{ ...decision, score: 87, scoreParts: { a: 45, b: 22, c: 20 } }] },
      'content/x.md: certifications[0].scoreParts.a: must be at most 40 (got 45)',
    ],
    [
      'a score above 100, added up against its parts',
      ProductSchema,
      { ...product, certifications: [{ ...decision, score: 120, scoreParts: { a: 35, b: 22, c: 30 } }] },
      'content/x.md: certifications[0].score: must be at most 100 (got 120)',
    ],
    [
      'a negative score of a potential 5-star result',
      ProductSchema,
      { ...product, certifications: [{ ...decision, result: 'potential-5', score: -5 }] },
      'content/x.md: certifications[0].score: must be at least 0 (got -5)',
    ],
    [
      'an event end compared with a start date that does not exist',
      EventSchema,
      { ...event, start: '2026-12-32' },
      'content/x.md: start: is not a real calendar date: December 2026 has 31 days; check the day (got "2026-12-32")',
    ],
    [
      'an event closing time compared with an opening time in another format',
      EventSchema,
      { ...event, opens: '8h00', closes: '07:00' },
      'content/x.md: opens: must be a time written HH:MM in 24-hour form and in quotes: write "08:00" instead (got "8h00")',
    ],
    [
      'an outlet closing time compared with an opening time that does not exist',
      OutletSchema,
      { ...outlet, openingHours: [{ days: ['mon'], opens: '25:00', closes: '22:00' }] },
      'content/x.md: openingHours[0].opens: must be a time written HH:MM in 24-hour form and in quotes, like "07:30" or "21:00" (got "25:00")',
    ],
  ])('%s: only the invalid value is reported', (_, schema, data, message) => {
    expect(problems(schema, data)).toEqual([message]);
  });
});

describe('date and time messages say what to write instead', () => {
  it.each([
    ['16/11/2020', 'must be written year-month-day: write 2020-11-16 instead'],
    ['5.3.2024', 'must be written year-month-day: write 2024-03-05 instead'],
    ['2024/3/5', 'must be written year-month-day: write 2024-03-05 instead'],
    [
      '2025-16-11',
      'is not a real calendar date: there is no month 16; if the day and month are swapped, write 2025-11-16 (YYYY-MM-DD, year first)',
    ],
    [
      '2025-13-45',
      'is not a real calendar date: there is no month 13; write YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024',
    ],
    ['2023-02-29', 'is not a real calendar date: February 2023 has 28 days; check the day'],
    ['31/02/2024', 'must be a date written YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024'],
    ['ngày 5 tháng 3', 'must be a date written YYYY-MM-DD, year first, like 2024-03-01 for 1 March 2024'],
  ])('%s', (written, message) => {
    expect(dateProblem(written)).toBe(message);
  });

  it('accepts a real date', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined();
  });

  it('turns 7h30 into "07:30" and leaves 25:00 to the general rule', () => {
    const outlet = { kind: 'showroom', name: { vi: 'X' }, province: 'hue', address: 'Huế' };
    const hours = (opens: string) => ({ ...outlet, openingHours: [{ days: ['mon'], opens, closes: '22:00' }] });
    expect(problems(OutletSchema, hours('7h30'))).toEqual([
      'content/x.md: openingHours[0].opens: must be a time written HH:MM in 24-hour form and in quotes: write "07:30" instead (got "7h30")',
    ]);
    expect(problems(OutletSchema, hours('25h'))).toEqual([
      'content/x.md: openingHours[0].opens: must be a time written HH:MM in 24-hour form and in quotes, like "07:30" or "21:00" (got "25h")',
    ]);
  });
});

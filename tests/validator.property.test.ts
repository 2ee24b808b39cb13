import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/records/formatIssues.ts';
import { parseRecord } from '../src/lib/records/parseRecord.ts';
import { readContentTree, type RawFile } from '../src/lib/records/readContentTree.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';

/**
 * Property tests of the validator on in-memory record trees: the minimal fixture, with one record rewritten.
 * A broken record always yields an error line naming its file and the broken field, and never a crash; a record
 * changed only within what the format allows always passes.
 */

const { files } = readContentTree('tests/fixtures/minimal');
const options = {
  today: '2026-11-23' as const,
  imageExists: (file: string, src: string) => existsSync(resolve(dirname(file), src)),
};

type Kind = 'products' | 'producers' | 'events' | 'outlets';
type Data = Record<string, unknown>;

function target(kind: Kind) {
  const file = files.find((f) => f.collection === kind);
  if (!file) throw new Error(`the minimal fixture has no ${kind}`);
  const parsed = parseRecord(file.file, file.text);
  if (!('record' in parsed)) throw new Error(`${file.file} does not parse`);
  return { file, data: parsed.record.data, body: parsed.record.body };
}
const TARGETS = {
  products: target('products'),
  producers: target('producers'),
  events: target('events'),
  outlets: target('outlets'),
};
const KINDS = Object.keys(TARGETS) as Kind[];

/** The tree with the record of `kind` written back from `data` and `body`, as an editor would save it. */
function treeWith(kind: Kind, data: Data, body: string): { tree: RawFile[]; file: string } {
  const { file } = TARGETS[kind];
  const text = file.file.endsWith('.md') ? `---\n${stringify(data)}---\n${body}` : stringify(data);
  return { tree: files.map((f) => (f === file ? { ...f, text } : f)), file: file.file };
}

const clone = (data: Data): Data => structuredClone(data);
const ids = new Set(files.map((f) => f.id));

/** Fields every record of the kind must have (the schema rejects the record without them). */
const REQUIRED: Record<Kind, string[]> = {
  products: ['name', 'producer', 'group', 'subgroup', 'traceCode', 'origin', 'certifications'],
  producers: ['name', 'type', 'province', 'address'],
  events: ['kind', 'name', 'start', 'end', 'venue', 'province', 'organiser'],
  outlets: ['kind', 'name', 'province', 'address'],
};
/** Fields whose value is text. */
const TEXT: Record<Kind, string[]> = {
  products: ['name', 'producer', 'group', 'subgroup', 'traceCode'],
  producers: ['name', 'type', 'province', 'address'],
  events: ['kind', 'start', 'end', 'province', 'organiser'],
  outlets: ['kind', 'province', 'address'],
};
/** Free-text fields (dotted paths) an editor writes prose into. */
const PROSE: Record<Kind, string[]> = {
  products: ['name', 'nameEn', 'summary.vi', 'summary.en', 'origin.asWritten'],
  producers: ['name', 'nameEn', 'address'],
  events: ['name.vi', 'name.en', 'organiser', 'venue.name', 'venue.address'],
  outlets: ['name.vi', 'name.en', 'address'],
};
/** Fields that name another record, and how the reference is written. */
const REFERENCES: Record<Kind, { field: string; list: boolean }[]> = {
  products: [
    { field: 'producer', list: false },
    { field: 'outlets', list: true },
  ],
  producers: [{ field: 'province', list: false }],
  events: [
    { field: 'products', list: true },
    { field: 'producers', list: true },
    { field: 'province', list: false },
  ],
  outlets: [{ field: 'province', list: false }],
};
/** Date fields (dotted paths, list indexes as numbers) present in the fixture record. */
const DATES: Record<Kind, string[]> = {
  products: ['certifications.0.signed', 'certifications.1.signed'],
  producers: ['certifications.0.expires'],
  events: ['start', 'end'],
  outlets: [],
};

function setPath(data: Data, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = data as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1) as string] = value;
}
/** "certifications.0.signed" → "certifications[0].signed", as the validator names fields. */
const shownPath = (path: string) => path.replace(/\.(\d+)/g, '[$1]');

interface Broken {
  kind: Kind;
  /** The field the error line must name (a prefix: a nested problem may name a deeper path). */
  field: string;
  data: Data;
  body: string;
  what: string;
}

const slug = fc.stringMatching(/^[a-z]{3,10}(-[a-z]{2,8}){0,2}$/).filter((id) => !ids.has(id));
const wrongTypeValue = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.string({ maxLength: 8 }), { minKeys: 1, maxKeys: 3 }),
);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const impossibleDate = fc.oneof(
  fc
    .record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
    .chain(({ year, month }) => {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const last = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
      return fc
        .integer({ min: last + 1, max: 39 })
        .map((day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }),
  fc
    .record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 13, max: 99 }) })
    .map(({ year, month }) => `${year}-${month}-01`),
  fc.constantFrom('2024-1-5', '05/01/2024', 'next spring', '2024-00-10', ''),
);
const htmlTag = fc.constantFrom(
  '<script>alert(1)</script>',
  '<b>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example">',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="color:red">',
  '<span>',
  '<style>body{}</style>',
  '<svg onload=alert(1)>',
);
const UNSAFE_BODY_HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(1)">xem</a>',
  '[xem](javascript:alert(1))',
  '<p onclick="alert(1)">bấm</p>',
  '<style>body{display:none}</style>',
  '<object data="x.swf"></object>',
  '<form action="https://evil.example/"><input name=q></form>',
];

function brokenRecords(kind: Kind): fc.Arbitrary<Broken> {
  const { data, body } = TARGETS[kind];
  const cases: fc.Arbitrary<Broken>[] = [
    fc.constantFrom(...REQUIRED[kind]).map((field) => {
      const next = clone(data);
      delete next[field];
      return { kind, field, data: next, body, what: `without ${field}` };
    }),
    fc.record({ field: fc.constantFrom(...TEXT[kind]), value: wrongTypeValue }).map(({ field, value }) => {
      const next = clone(data);
      next[field] = value;
      return { kind, field, data: next, body, what: `${field} = ${JSON.stringify(value)}` };
    }),
    fc.stringMatching(/^zz[a-zA-Z]{1,12}$/).map((key) => {
      const next = clone(data);
      next[key] = 'x';
      return { kind, field: key, data: next, body, what: `unknown key ${key}` };
    }),
    fc.record({ ref: fc.constantFrom(...REFERENCES[kind]), id: slug }).map(({ ref, id }) => {
      const next = clone(data);
      next[ref.field] = ref.list ? [id] : id;
      return { kind, field: ref.field, data: next, body, what: `${ref.field} → ${id}` };
    }),
    fc
      .record({
        path: fc.constantFrom(...PROSE[kind]),
        before: fc.string({ maxLength: 10 }),
        tag: htmlTag,
      })
      .map(({ path, before, tag }) => {
        const next = clone(data);
        setPath(next, path, `${before.replace(/</g, '')}Gạo ${tag} ngon`);
        return { kind, field: shownPath(path), data: next, body, what: `${path} with ${tag}` };
      }),
  ];
  if (DATES[kind].length > 0)
    cases.push(
      fc.record({ path: fc.constantFrom(...DATES[kind]), date: impossibleDate }).map(({ path, date }) => {
        const next = clone(data);
        setPath(next, path, date);
        return { kind, field: shownPath(path), data: next, body, what: `${path} = ${date}` };
      }),
    );
  if (kind === 'products') {
    const outOfRange = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }).filter((n) => n !== 3 && n !== 4 && n !== 5),
      fc.double({ min: 3.01, max: 4.99, noNaN: true }),
      fc.constantFrom('6', 'five', 'potential-4', '', '4 sao', 'potential-3'),
    );
    cases.push(
      fc.record({ index: fc.constantFrom(0, 1), stars: outOfRange }).map(({ index, stars }) => {
        const next = clone(data);
        setPath(next, `certifications.${index}.result`, stars);
        return {
          kind,
          field: `certifications[${index}].result`,
          data: next,
          body,
          what: `result = ${JSON.stringify(stars)}`,
        };
      }),
    );
  }
  if (TARGETS[kind].file.file.endsWith('.md'))
    cases.push(
      fc
        .record({ html: fc.constantFrom(...UNSAFE_BODY_HTML), at: fc.constantFrom('start', 'end') })
        .map(({ html, at }) => ({
          kind,
          field: 'body',
          data: clone(data),
          body: at === 'start' ? `${html}\n\n${body}` : `${body}\n\n${html}\n`,
          what: `body with ${html}`,
        })),
    );
  return fc.oneof(...cases);
}

describe('validator properties', () => {
  it('the unchanged fixture passes (the baseline the properties start from)', () => {
    expect(validateCatalog(files, options).errors).toEqual([]);
  });

  it('a broken record always gets an error line naming its file and the broken field, never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS).chain(brokenRecords), (broken) => {
        const { tree, file } = treeWith(broken.kind, broken.data, broken.body);
        const lines = validateCatalog(tree, options).errors.map(formatProblem);
        const named = lines.filter(
          (line) => line.startsWith(`${file}: ${broken.field}`) && /^[^:]+: [^:]+: ./.test(line),
        );
        expect(named, `${broken.what}\n${lines.join('\n')}`).not.toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }).map((chars) => chars.join(''));
  const prose = fc
    .array(
      fc.oneof(
        word,
        word.map((w) => w.toUpperCase()),
        fc.constantFrom('-', '&', '"', "'", '100%', '(ok)'),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((words) => `${words.join(' ')}x`);
  const safeBody = fc
    .array(
      fc.oneof(
        prose,
        prose.map((p) => `**${p}**`),
        prose.map((p) => `- ${p}`),
        prose.map((p) => `[${p}](https://example.vn/${encodeURIComponent(p.slice(0, 5))})`),
        prose.map((p) => `<b>${p}</b> <em>${p}</em>`),
        prose.map((p) => `a < b, ${p} > c`),
      ),
      { maxLength: 5 },
    )
    .map((paragraphs) => paragraphs.join('\n\n'));
  const realDate = fc
    .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('a record changed only within the format (texts, stars, dates, body) always passes', () => {
    fc.assert(
      fc.property(
        fc.record({
          productTexts: fc.record({ name: prose, nameEn: prose, summaryVi: prose, summaryEn: prose }),
          stars: fc.tuple(fc.constantFrom(3, 4, 5, 'potential-5'), fc.constantFrom(3, 4, 5, 'potential-5')),
          productBody: safeBody,
          producerTexts: fc.record({ name: prose, address: prose }),
          eventDays: fc.tuple(realDate, realDate).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
          eventBody: safeBody,
          outletTexts: fc.record({ vi: prose, en: prose, address: prose }),
        }),
        (valid) => {
          const product = clone(TARGETS.products.data);
          Object.assign(product, { name: valid.productTexts.name, nameEn: valid.productTexts.nameEn });
          product['summary'] = { vi: valid.productTexts.summaryVi, en: valid.productTexts.summaryEn };
          valid.stars.forEach((stars, index) => {
            setPath(product, `certifications.${index}.result`, stars);
            // 5 stars are rated by the ministry, everything else by the province (a rule of the format).
            setPath(product, `certifications.${index}.level`, stars === 5 ? 'central' : 'province');
          });
          const producer = { ...clone(TARGETS.producers.data), ...valid.producerTexts };
          const event = clone(TARGETS.events.data);
          [event['start'], event['end']] = valid.eventDays;
          const outlet = clone(TARGETS.outlets.data);
          outlet['name'] = { vi: valid.outletTexts.vi, en: valid.outletTexts.en };
          outlet['address'] = valid.outletTexts.address;

          let tree = files;
          for (const [kind, data, body] of [
            ['products', product, valid.productBody],
            ['producers', producer, ''],
            ['events', event, valid.eventBody],
            ['outlets', outlet, ''],
          ] as const) {
            const { file } = TARGETS[kind];
            const text = file.file.endsWith('.md') ? `---\n${stringify(data)}---\n${body}` : stringify(data);
            tree = tree.map((f) => (f.file === file.file ? { ...f, text } : f));
          }
          expect(validateCatalog(tree, options).errors.map(formatProblem)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});

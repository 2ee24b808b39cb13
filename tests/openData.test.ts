import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/core/csv.ts';
import { FILE_KIND, OPEN_DATA_FILES, openDataFile, openDataJsonSchema } from '../src/lib/openData/openDataFiles.ts';
import { PRODUCERS_CSV_COLUMNS } from '../src/lib/openData/producersExport.ts';
import { PRODUCTS_CSV_COLUMNS } from '../src/lib/openData/productsExport.ts';
import { OPEN_DATA_KINDS } from '../src/schemas/openData.ts';
import { fixtureCatalog } from './support/fixtureCatalog.ts';

const { catalog, ids } = fixtureCatalog('tests/fixtures/minimal', '2026-11-23');
const generated = '2026-11-23T00:00:00.000Z';
const rowsKey = {
  product: 'products',
  producer: 'producers',
  event: 'events',
  outlet: 'outlets',
  change: 'changes',
} as const;
const collection = { product: 'products', producer: 'producers', event: 'events', outlet: 'outlets' } as const;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv;
}

describe('open data files', () => {
  const jsonFiles = OPEN_DATA_FILES.filter((f) => f.endsWith('.json'));
  // changes.json lists changes of products, not records of a collection: see certificateWatch.test.ts for its rows.
  const recordFiles = jsonFiles.filter((f) => FILE_KIND[f] !== 'change');
  const recordKind = (file: (typeof recordFiles)[number]) => FILE_KIND[file] as keyof typeof collection;

  it.each(recordFiles)('%s lists exactly the records of its collection, with the right count', (file) => {
    const kind = recordKind(file);
    const document = JSON.parse(openDataFile(catalog, file, generated));
    const rows: { id: string }[] = document[rowsKey[kind]];
    expect(rows.map((r) => r.id).sort()).toEqual(ids[collection[kind]]);
    expect(document.count).toBe(rows.length);
    expect(document.statesAsOf).toBe('2026-11-23');
  });

  it.each(jsonFiles)('%s validates against its published JSON Schema', (file) => {
    const kind = FILE_KIND[file];
    const validate = validator().compile(openDataJsonSchema(kind, `https://example.test/${kind}.schema.json`));
    const valid = validate(JSON.parse(openDataFile(catalog, file, generated)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a file that breaks the schema, so the check can fail', () => {
    const validate = validator().compile(openDataJsonSchema('product', 'https://example.test/p.json'));
    const document = JSON.parse(openDataFile(catalog, 'products.json', generated));
    document.products[0].stars = '6';
    expect(validate(document)).toBe(false);
  });

  it('splits per province without losing or duplicating a record', () => {
    for (const file of jsonFiles) {
      const kind = FILE_KIND[file];
      const all = JSON.parse(openDataFile(catalog, file, generated))[rowsKey[kind]] as { id: string }[];
      const perProvince = catalog.provinces.flatMap(
        (p) => JSON.parse(openDataFile(catalog, file, generated, p.id))[rowsKey[kind]] as { id: string }[],
      );
      expect(perProvince.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
      if (kind !== 'change') expect(all.map((r) => r.id).sort()).toEqual(ids[collection[kind]]);
    }
  });

  it('keeps the products.json row format other features rely on', () => {
    const document = JSON.parse(openDataFile(catalog, 'products.json', generated));
    const rice = document.products.find((p: { id: string }) => p.id === 'gao-huu-co-an-lo');
    expect(Object.keys(rice)).toEqual([
      'id',
      'name',
      'province',
      'group',
      'subgroup',
      'stars',
      'certificate',
      'producer',
      'traceCode',
      'urls',
      'sample',
    ]);
    expect(rice.urls.producerVi).toBe('/producers/htx-an-lo/');
  });

  it('publishes a schema for every record kind, generated with titles and field descriptions', () => {
    for (const kind of OPEN_DATA_KINDS) {
      const schema = openDataJsonSchema(kind, 'x') as { $schema: string; title: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toMatch(/OCOP/);
    }
  });
});

describe('CSV files', () => {
  it('products.csv holds the same products as products.json and reads back with Vietnamese intact', () => {
    const json = JSON.parse(openDataFile(catalog, 'products.json', generated));
    const csv = openDataFile(catalog, 'products.csv', generated);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...PRODUCTS_CSV_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual(json.products.map((p: { id: string }) => p.id));
    const nameColumn = header?.indexOf('name.vi') ?? -1;
    expect(rows.map((r) => r[nameColumn])).toEqual(json.products.map((p: { name: { vi: string } }) => p.name.vi));
    expect(rows.map((r) => r[nameColumn])).toContain('Gạo hữu cơ An Lỗ');
  });

  it('producers.csv holds every producer, with addresses containing commas kept in one field', () => {
    const [header, ...rows] = parseCsv(openDataFile(catalog, 'producers.csv', generated));
    expect(header).toEqual([...PRODUCERS_CSV_COLUMNS]);
    expect(rows.map((r) => r[0]).sort()).toEqual(ids.producers);
    const anLo = rows.find((r) => r[0] === 'htx-an-lo');
    expect(anLo?.[header?.indexOf('address') ?? -1]).toBe(
      'thôn An Lỗ, xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế',
    );
    expect(anLo?.length).toBe(header?.length);
  });
});

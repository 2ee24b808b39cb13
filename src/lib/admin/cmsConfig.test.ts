import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OUTLET_LABELS } from '../../schemas/editorLabels.ts';
import { OutletSchema } from '../../schemas/outlet.ts';
import { ProducerSchema } from '../../schemas/producer.ts';
import { ProductSchema } from '../../schemas/product.ts';
import { type CmsField, cmsConfig, cmsFields, RECORD_KINDS, type RecordKind } from './cmsConfig.ts';

const PROVINCES = [
  { id: 'hue', name: 'TP Huế' },
  { id: 'ha-noi', name: 'Hà Nội' },
];
const config = cmsConfig({
  backend: { name: 'github', repo: 'example/ocop', branch: 'main' },
  provinces: PROVINCES,
  publishMode: 'editorial_workflow',
  siteUrl: 'https://ocop.example.vn',
}) as { collections: { name: string; folder: string; fields: CmsField[]; [option: string]: unknown }[] };
const collection = (name: string) => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

function field(fields: readonly CmsField[], name: string): CmsField {
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}
const childrenOf = (parent: CmsField) => (parent['fields'] ?? []) as CmsField[];

/** Every field path of a schema, read from Zod itself rather than from the generator under test. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = current._zod.def;
    const next = (def['innerType'] ?? (def['type'] === 'array' ? def['element'] : undefined)) as
      typeof current | undefined;
    if (next && ['optional', 'default', 'array'].includes(def['type'] as string)) current = next;
    else if (def['type'] === 'pipe' && (def['in'] as typeof current)._zod.def['type'] === 'object')
      current = def['in'] as typeof current;
    else break;
  }
  const shape = current._zod.def['shape'] as Record<string, z.ZodType> | undefined;
  if (current._zod.def['type'] !== 'object' || !shape) return [];
  return Object.entries(shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaPaths(child, path)];
  });
}

/** Every field path the editor shows, read from the generated configuration. */
function configPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const children = (field['fields'] as CmsField[] | undefined) ?? [];
    return [path, ...configPaths(children, path)];
  });
}

const SCHEMAS: Record<RecordKind, z.ZodType> = {
  products: ProductSchema,
  producers: ProducerSchema,
  outlets: OutletSchema,
};

describe('the editor configuration generated from the schemas', () => {
  it.each(RECORD_KINDS)('shows every field of a %s record, and no field the schema lacks', (kind) => {
    const shown = configPaths(collection(`${kind}-hue`).fields).filter((path) => path !== 'body');
    expect(new Set(shown)).toEqual(new Set(schemaPaths(SCHEMAS[kind])));
  });

  it('has a collection per kind and province, in that province’s folder, plus hidden look-up lists', () => {
    expect(config.collections.map((c) => `${c.name} ${c.folder}${c['hide'] ? ' hidden' : ''}`)).toEqual([
      'products-hue content/products/hue',
      'producers-hue content/producers/hue',
      'outlets-hue content/outlets/hue',
      'products-ha-noi content/products/ha-noi',
      'producers-ha-noi content/producers/ha-noi',
      'outlets-ha-noi content/outlets/ha-noi',
      'producers-all content/producers hidden',
      'outlets-all content/outlets hidden',
    ]);
  });

  it('labels fields in Vietnamese, with the schema’s rules as hints and patterns', () => {
    const fields = collection('products-hue').fields;
    const traceCode = field(fields, 'traceCode');
    expect(traceCode).toMatchObject({ label: 'Mã truy xuất', widget: 'string', required: true });
    expect(traceCode['pattern']).toEqual([
      '^[0-9A-HJKMNP-TV-Z]{8}$',
      expect.stringContaining('Sai định dạng. In trên bao bì thành mã QR'),
    ]);
    const certifications = childrenOf(field(fields, 'certifications'));
    expect(field(certifications, 'result')['options']).toEqual([
      { label: '3 sao', value: 3 },
      { label: '4 sao', value: 4 },
      { label: '5 sao', value: 5 },
      { label: 'Tiềm năng 5 sao', value: 'potential-5' },
    ]);
    expect(field(certifications, 'signed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
  });

  it('offers a product only the producers of its own province, and images beside the record', () => {
    const products = collection('products-hue');
    expect(products.fields.find((f) => f.name === 'producer')).toMatchObject({
      widget: 'relation',
      collection: 'producers-hue',
      value_field: '{{slug}}',
    });
    expect(collection('products-ha-noi').fields.find((f) => f.name === 'producer')?.['collection']).toBe(
      'producers-ha-noi',
    );
    expect(products).toMatchObject({ media_folder: 'images', public_folder: './images' });
    expect(childrenOf(field(products.fields, 'images'))[0]).toMatchObject({ name: 'src', widget: 'image' });
  });

  it('fills the province of a producer or outlet from its folder', () => {
    expect(collection('producers-ha-noi').fields.find((f) => f.name === 'province')).toMatchObject({
      widget: 'hidden',
      default: 'ha-noi',
    });
  });

  it('refuses a schema field without a Vietnamese label, and a label without a field', () => {
    expect(() => cmsFields('products', {}, { name: { label: 'Tên' } })).toThrow(
      'editor label missing for the schema field "nameEn"',
    );
    expect(() => cmsFields('outlets', {}, { ...OUTLET_LABELS, 'kind.extra': { label: 'thừa' } })).toThrow(
      'editor labels for fields the outlets schema does not have: kind.extra',
    );
    const { options: _, ...kindWithoutOptions } = OUTLET_LABELS['kind'] ?? { label: '' };
    expect(() => cmsFields('outlets', {}, { ...OUTLET_LABELS, kind: kindWithoutOptions })).toThrow(
      'editor label kind: no Vietnamese name for the value "station"',
    );
  });
});

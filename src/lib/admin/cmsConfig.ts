/**
 * The Decap CMS configuration of the web editor at /admin/, generated from the Zod schemas of the records and the
 * Vietnamese labels beside them (src/schemas/editorLabels.ts). Every schema field becomes an editor field with the
 * widget, required flag, pattern and bounds the schema states, so the editor cannot offer a record the validator
 * would refuse for a reason the form could have caught, and a new schema field cannot be forgotten: a field without
 * a label, or a label without a field, throws here and fails the build.
 */
import type { z } from 'zod';
import { IsoDateSchema } from '../../schemas/common.ts';
import {
  type FieldLabel,
  type FieldLabels,
  OUTLET_LABELS,
  PRODUCER_LABELS,
  PRODUCT_LABELS,
} from '../../schemas/editorLabels.ts';
import { GROUP_IDS, OCOP_GROUPS, SUBGROUP_IDS } from '../../schemas/groups.ts';
import { OutletSchema } from '../../schemas/outlet.ts';
import { ProducerSchema } from '../../schemas/producer.ts';
import { ProductSchema } from '../../schemas/product.ts';

/** One field of a Decap CMS collection (the subset of Decap's field options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  [option: string]: unknown;
}

export type RecordKind = 'products' | 'producers' | 'outlets';
export const RECORD_KINDS: readonly RecordKind[] = ['products', 'producers', 'outlets'];

/** The schema and labels of each kind the editor writes. Provinces and events stay with the developers. */
export const EDITED_KINDS: Record<RecordKind, { schema: z.ZodType; labels: FieldLabels; label: string }> = {
  products: { schema: ProductSchema, labels: PRODUCT_LABELS, label: 'Sản phẩm' },
  producers: { schema: ProducerSchema, labels: PRODUCER_LABELS, label: 'Chủ thể' },
  outlets: { schema: OutletSchema, labels: OUTLET_LABELS, label: 'Điểm bán' },
};

/** Fields whose widget depends on where the record is: references to other records, the province folder. */
export type FieldOverrides = Readonly<Record<string, Partial<CmsField>>>;

// Zod keeps a schema's structure in `_zod.def`; these are the parts of it read here (Zod 4).
interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
}
const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((check) => check._zod.def);

/** Strips optional and default wrappers and input-side transforms, and says whether a value may be left out. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    if (current === IsoDateSchema) return { schema: current, required };
    const def = defOf(current);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // Text is string → normalise → non-empty string: the editor writes the string that goes in.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else return { schema: current, required };
  }
}

const DATE_FIELD = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  // Without a default, Decap fills a new date with today; an empty field must be filled in on purpose.
  default: '',
} as const;

function subgroupOptions() {
  return SUBGROUP_IDS.map((id) => {
    const group = GROUP_IDS.find((g) => id in OCOP_GROUPS[g].subgroups) ?? GROUP_IDS[0];
    const subgroups: Record<string, { vi: string }> = OCOP_GROUPS[group].subgroups;
    return { label: `${OCOP_GROUPS[group].vi} › ${subgroups[id]?.vi ?? id}`, value: id };
  });
}

function enumOptions(path: string, values: readonly (string | number)[], label: FieldLabel) {
  if (path === 'subgroup') return subgroupOptions();
  return values.map((value) => {
    const name = label.options?.[String(value)];
    if (name === undefined) throw new Error(`editor label ${path}: no Vietnamese name for the value "${value}"`);
    return { label: name, value };
  });
}

function stringOptions(schema: z.ZodType, label: FieldLabel): Partial<CmsField> {
  const options: Partial<CmsField> = { widget: label.multiline ? 'text' : 'string' };
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      options['pattern'] = [check.pattern.source, `Sai định dạng. ${label.hint ?? ''}`.trim()];
    } else if (check.check === 'string_format' && check.format === 'email') {
      options['pattern'] = ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Phải là địa chỉ thư điện tử, ví dụ ten@example.vn'];
    } else if (check.check === 'string_format' && check.format === 'url') {
      options['pattern'] = ['^https?://', 'Phải là địa chỉ trang web bắt đầu bằng https://'];
    }
  }
  return options;
}

function numberOptions(schema: z.ZodType): Partial<CmsField> {
  const checks = checksOf(schema);
  const integer = checks.some((check) => check.check === 'number_format');
  const options: Partial<CmsField> = { widget: 'number', value_type: integer ? 'int' : 'float' };
  for (const check of checks) {
    if (check.check === 'greater_than' && check.value !== undefined)
      options['min'] = integer && !check.inclusive ? check.value + 1 : check.value;
    if (check.check === 'less_than' && check.value !== undefined)
      options['max'] = integer && !check.inclusive ? check.value - 1 : check.value;
  }
  return options;
}

interface Walk {
  labels: FieldLabels;
  overrides: FieldOverrides;
  visited: Set<string>;
}

/**
 * `insideOptional`: the field belongs to an optional group (a revocation, score parts, raw material). Decap CMS
 * checks a required field even when its whole group is left out, so such fields are not marked required in the
 * form; the validator still refuses a group that is half filled in.
 */
function fieldOf(
  name: string,
  path: string,
  schema: z.ZodType,
  walk: Walk,
  inList = false,
  insideOptional = false,
): CmsField {
  const label = walk.labels[path];
  if (label === undefined) throw new Error(`editor label missing for the schema field "${path}"`);
  walk.visited.add(path);
  const { schema: inner, required } = unwrap(schema);
  const base: CmsField = {
    name,
    label: label.label,
    widget: 'string',
    required: inList || (required && !insideOptional),
  };
  if (label.hint) base.hint = label.hint;
  const override = walk.overrides[path];
  // A reference's widget depends on the record's province; the caller supplies it.
  if (override) return { ...base, ...override };
  if (inner === IsoDateSchema) return { ...base, ...DATE_FIELD };
  const def = defOf(inner);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, child]) =>
        fieldOf(key, `${path}.${key}`, child, walk, false, insideOptional || !required),
      );
      // A pair (Vietnamese and English, latitude and longitude) stays open; a longer optional group starts folded.
      return { ...base, widget: 'object', collapsed: !required && fields.length > 2, fields };
    }
    case 'array': {
      if (!def.element) throw new Error(`${path}: an array without an element schema`);
      return { ...base, ...fieldsOfArrayElement(path, def.element, walk) };
    }
    case 'enum':
      return { ...base, widget: 'select', options: enumOptions(path, Object.values(def.entries ?? {}), label) };
    case 'union': {
      const values = (def.options ?? []).flatMap((option) => defOf(option).values ?? []);
      if (values.length !== (def.options ?? []).length)
        throw new Error(`${path}: only unions of literals can be edited (a choice from a list)`);
      return { ...base, widget: 'select', options: enumOptions(path, values as (string | number)[], label) };
    }
    case 'string':
      return { ...base, ...stringOptions(inner, label) };
    case 'number':
      return { ...base, ...numberOptions(inner) };
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    default:
      throw new Error(`${path}: no editor widget for a Zod ${def.type}`);
  }
}

/** A list: of sub-records (one form per item), of choices (several from a list) or of lines of text. */
function fieldsOfArrayElement(path: string, element: z.ZodType, walk: Walk): Partial<CmsField> {
  const { schema: item } = unwrap(element);
  const def = defOf(item);
  const itemName = walk.labels[path]?.item;
  const singular = itemName ? { label_singular: itemName } : {};
  if (def.type === 'object') {
    const fields = Object.entries(def.shape ?? {}).map(([key, child]) => fieldOf(key, `${path}.${key}`, child, walk));
    // A folded item shows its first two fields: "2919/QĐ-UBND · 2020-11-16", "Túi 2 kg · 90000".
    const summary = fields
      .slice(0, 2)
      .map((field) => `{{fields.${field.name}}}`)
      .join(' · ');
    return { widget: 'list', collapsed: true, summary, ...singular, fields };
  }
  if (def.type === 'enum') {
    return {
      widget: 'select',
      multiple: true,
      options: enumOptions(path, Object.values(def.entries ?? {}), walk.labels[path] ?? { label: path }),
    };
  }
  // Lines of text stay open: folded, Decap shows each line's label instead of its text.
  return { widget: 'list', collapsed: false, ...singular, field: fieldOf('item', path, element, walk, true) };
}

/**
 * The editor fields of one record kind. Throws when a schema field has no label or a label names no field, so a
 * schema change that the editor would not show fails the build instead.
 */
export function cmsFields(
  kind: RecordKind,
  overrides: FieldOverrides = {},
  labels: FieldLabels = EDITED_KINDS[kind].labels,
): CmsField[] {
  const { schema } = EDITED_KINDS[kind];
  const walk: Walk = { labels, overrides, visited: new Set() };
  const shape = defOf(unwrap(schema).schema).shape ?? {};
  const fields = Object.entries(shape).map(([name, child]) => fieldOf(name, name, child, walk));
  const unused = Object.keys(labels).filter((path) => !walk.visited.has(path));
  if (unused.length > 0)
    throw new Error(`editor labels for fields the ${kind} schema does not have: ${unused.join(', ')}`);
  return fields;
}

/**
 * The order of the fields at every level of each kind ("" is the record itself, "certifications" each decision of
 * the list), so that the editor writes a new decision's fields in the schema's order, as the README shows them.
 */
export function fieldOrder(): Record<RecordKind, Record<string, string[]>> {
  const orderOf = (schema: z.ZodType, path: string, into: Record<string, string[]>) => {
    const def = defOf(unwrap(schema).schema);
    if (def.type === 'array' && def.element) return orderOf(def.element, path, into);
    if (def.type !== 'object' || !def.shape) return into;
    into[path] = Object.keys(def.shape);
    for (const [key, child] of Object.entries(def.shape)) orderOf(child, path === '' ? key : `${path}.${key}`, into);
    return into;
  };
  return {
    products: orderOf(ProductSchema, '', {}),
    producers: orderOf(ProducerSchema, '', {}),
    outlets: orderOf(OutletSchema, '', {}),
  };
}

export interface ProvinceFolder {
  /** Folder name under content/<kind>/: the province id. */
  id: string;
  /** Everyday Vietnamese name: "TP Huế". */
  name: string;
}

/** Where an office signs in and where its changes go. */
export interface CmsBackend {
  /** Decap backend name: github, gitlab, gitea (also Forgejo, whose API is Gitea's). */
  name: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository holding content/. */
  repo: string;
  branch: string;
  /** API root of a self-hosted GitLab or Gitea/Forgejo ("https://git.example.vn/api/v1"). */
  api_root?: string;
  /** OAuth server (GitHub: the site that runs the OAuth exchange; GitLab/Gitea: the instance). */
  base_url?: string;
  /** OAuth application id, for GitLab and Gitea/Forgejo (PKCE, no server of ours). */
  app_id?: string;
  auth_type?: 'pkce' | 'implicit';
  [option: string]: unknown;
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  provinces: readonly ProvinceFolder[];
  /** Reviewed changes (a branch and a pull/merge request per edit), or direct commits for a local trial. */
  publishMode: 'editorial_workflow' | 'simple';
  /** Address of decap-server for trying the editor on one's own computer; absent in a deployed site. */
  localBackend?: string;
  /** Public address of the site, for the "view on site" link. */
  siteUrl: string;
}

const IMAGE_FOLDER = { media_folder: 'images', public_folder: './images' } as const;

function referenceOverrides(kind: RecordKind, province: string): FieldOverrides {
  const provinceField = { widget: 'hidden', default: province };
  switch (kind) {
    case 'products':
      return {
        producer: {
          widget: 'relation',
          collection: `producers-${province}`,
          value_field: '{{slug}}',
          search_fields: ['name', 'nameEn'],
          display_fields: ['name'],
          options_length: 200,
        },
        outlets: {
          widget: 'relation',
          collection: 'outlets-all',
          multiple: true,
          value_field: '{{filename}}',
          search_fields: ['name.vi', 'address'],
          display_fields: ['{{name.vi}} ({{province}})'],
          options_length: 500,
        },
        'images.src': { widget: 'image', choose_url: false, ...IMAGE_FOLDER },
      };
    case 'producers':
      return { province: provinceField };
    case 'outlets':
      return {
        province: provinceField,
        producers: {
          widget: 'relation',
          collection: 'producers-all',
          multiple: true,
          value_field: '{{filename}}',
          search_fields: ['name'],
          display_fields: ['{{name}} ({{province}})'],
          options_length: 500,
        },
      };
  }
}

const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Mô tả (tiếng Việt)',
  hint: 'Giới thiệu sản phẩm bằng tiếng Việt; để trống một dòng giữa hai đoạn.',
  widget: 'markdown',
  // Raw text first: rich-text mode rewrites a description it did not write (list markers, escapes).
  modes: ['raw', 'rich_text'],
  buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  required: false,
};

/**
 * The fields of a kind, the same objects for every province except the two that name it (the producer list of a
 * product, the province of a producer or outlet): the YAML writer then prints them once and refers back to them
 * (&anchor / *alias), which keeps config.yml at about 100 KB instead of 1 MB for 34 provinces.
 */
function provinceFields(kind: RecordKind, province: string, shared: Map<RecordKind, CmsField[]>): CmsField[] {
  let fields = shared.get(kind);
  if (!fields) {
    fields = [...cmsFields(kind, referenceOverrides(kind, '')), ...(kind === 'products' ? [BODY_FIELD] : [])];
    shared.set(kind, fields);
  }
  const own = referenceOverrides(kind, province);
  return fields.map((field) =>
    (field.name === 'producer' && kind === 'products') || field.name === 'province'
      ? { ...field, ...own[field.name] }
      : field,
  );
}

function collectionOf(
  kind: RecordKind,
  province: ProvinceFolder,
  shared: Map<RecordKind, CmsField[]>,
): Record<string, unknown> {
  const isProduct = kind === 'products';
  const nameField = kind === 'outlets' ? 'name.vi' : 'name';
  return {
    name: `${kind}-${province.id}`,
    label: `${province.name} · ${EDITED_KINDS[kind].label}`,
    label_singular: `${EDITED_KINDS[kind].label.toLowerCase()} (${province.name})`,
    folder: `content/${kind}/${province.id}`,
    create: true,
    // Published ids are printed on packaging (trace codes) and linked from other records: never deleted here.
    delete: false,
    extension: isProduct ? 'md' : 'yaml',
    // Registered by /admin/editor.js (src/lib/admin/editorFormats.ts): the YAML the validator reads, unfolded.
    format: `ocop-${kind}`,
    // The file name is the record's permanent id: ASCII words from the name, as the README asks.
    slug: `{{${nameField}}}`,
    identifier_field: nameField,
    summary: `{{${nameField}}}`,
    sortable_fields: [nameField],
    ...(isProduct ? IMAGE_FOLDER : {}),
    fields: provinceFields(kind, province.id, shared),
  };
}

/** Every record of a kind, whatever the province: the choices of a reference that may cross provinces. */
function allOf(kind: 'producers' | 'outlets'): Record<string, unknown> {
  const nameField = kind === 'outlets' ? 'name.vi' : 'name';
  return {
    name: `${kind}-all`,
    label: `Tất cả ${EDITED_KINDS[kind].label.toLowerCase()}`,
    folder: `content/${kind}`,
    path: '{{province}}/{{slug}}',
    extension: 'yaml',
    format: `ocop-${kind}`,
    create: false,
    hide: true,
    identifier_field: nameField,
    fields: [
      { name: 'name', label: 'Tên', widget: kind === 'outlets' ? 'object' : 'string' },
      { name: 'province', label: 'Tỉnh', widget: 'string' },
    ],
  };
}

/** The whole configuration: one collection per province and kind, in the order of the province list. */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const shared = new Map<RecordKind, CmsField[]>();
  return {
    backend: { ...options.backend, squash_merges: true, commit_messages: COMMIT_MESSAGES },
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    publish_mode: options.publishMode,
    locale: 'vi',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    logo_url: '/favicon.svg',
    // Images live beside the records; this folder only receives files from fields that set none.
    media_folder: 'content/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: [
      ...options.provinces.flatMap((province) => RECORD_KINDS.map((kind) => collectionOf(kind, province, shared))),
      allOf('producers'),
      allOf('outlets'),
    ],
  };
}

/** Commit messages in Vietnamese, so the history shows who changed which record. */
const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}} “{{slug}}” (qua trình soạn thảo)',
  update: 'Sửa {{collection}} “{{slug}}” (qua trình soạn thảo)',
  delete: 'Xóa {{collection}} “{{slug}}” (qua trình soạn thảo)',
  uploadMedia: 'Tải ảnh “{{path}}” lên (qua trình soạn thảo)',
  deleteMedia: 'Xóa ảnh “{{path}}” (qua trình soạn thảo)',
  openAuthoring: '{{message}}',
};

import { posix } from 'node:path';
import type { z } from 'zod';
import { EventSchema, type Event } from '../../schemas/event.ts';
import { OutletSchema, type Outlet } from '../../schemas/outlet.ts';
import { ProducerSchema, type Producer } from '../../schemas/producer.ts';
import { ProductSchema, type Product } from '../../schemas/product.ts';
import { ProvinceSchema, type Province } from '../../schemas/province.ts';
import { certificateState, EXPIRING_WITHIN_DAYS } from '../certification/certificateState.ts';
import { closestMatch } from '../core/closestMatch.ts';
import { IMAGE_EXTENSIONS, type CollectionName } from './contentLayout.ts';
import { fieldPath, problemsFromZod, shown, type Problem } from './formatIssues.ts';
import type { IsoDate } from '../core/isoDate.ts';
import { parseRecord } from './parseRecord.ts';
import { salvage, type Salvaged } from './salvage.ts';
import { ALLOWED_TAGS, findUnsafeHtml, firstHtmlTag } from './recordHtml.ts';
import { makeProvinceResolver } from '../catalog/provinceResolver.ts';
import type { RawFile } from './readContentTree.ts';
import { RESERVED_EVENT_IDS, RESERVED_PRODUCT_IDS } from '../site/urls.ts';

/** The schema of each collection's records. */
export const RECORD_SCHEMAS = {
  provinces: ProvinceSchema,
  producers: ProducerSchema,
  products: ProductSchema,
  events: EventSchema,
  outlets: OutletSchema,
} satisfies Record<CollectionName, z.ZodType>;

interface Loaded<T> {
  id: string;
  file: string;
  folder: string | undefined;
  /** Every field that is valid on its own: the whole record when it passed its schema. */
  data: Salvaged<T>;
  /** The record, when it passed its schema. */
  valid: T | undefined;
  /** The record as written (for re-reading a part of a record that failed its schema). */
  written: Record<string, unknown>;
}

/** Front-matter text fields that contain an HTML tag: the field's path and the first tag. */
function htmlInText(value: unknown, path: PropertyKey[] = []): { field: string; tag: string }[] {
  if (typeof value === 'string') {
    const tag = firstHtmlTag(value);
    return tag === undefined ? [] : [{ field: fieldPath(path), tag: tag.length > 40 ? `${tag.slice(0, 37)}…` : tag }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => htmlInText(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => htmlInText(item, [...path, key]));
  return [];
}

/**
 * Why an image path does not name an image inside the content tree, or undefined when it does. Checked on the path
 * itself, before the file system is asked, so "../../../../etc/hostname" is refused even where that file exists.
 */
function imageOutsideTree(productFolder: string | undefined, src: string): string | undefined {
  if (/^([/\\]|[a-z]:)/i.test(src)) {
    return 'must be a path relative to the record, like "./images/photo.jpg", not an absolute path';
  }
  const inTree = posix.normalize(posix.join('products', productFolder ?? '', src.replace(/\\/g, '/')));
  if (inTree === '..' || inTree.startsWith('../')) {
    return 'must stay inside the content folder; put the image beside the record, like "./images/photo.jpg"';
  }
  if (!IMAGE_EXTENSIONS.some((ext) => inTree.toLowerCase().endsWith(ext))) {
    return `must be an image file ending in ${IMAGE_EXTENSIONS.join(', ')}`;
  }
  return undefined;
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
  counts: Record<CollectionName, number>;
}

export interface ValidateOptions {
  /** The day certificate warnings are computed for. */
  today: IsoDate;
  /** Whether an image path, relative to the record file, exists. */
  imageExists: (recordFile: string, src: string) => boolean;
  /** Reads a record's YAML: parseRecord, or a cache of its results (scripts/lib/parseCache.ts). */
  parse?: typeof parseRecord;
}

/**
 * Checks every record of a content tree and reports every problem at once: YAML syntax, schema, cross-references,
 * unique ids and trace codes, folder/province agreement, images. Warnings cover certificates that lapsed or lapse soon.
 */
export function validateCatalog(files: readonly RawFile[], options: ValidateOptions): ValidationResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const loaded = {
    provinces: [] as Loaded<Province>[],
    producers: [] as Loaded<Producer>[],
    products: [] as Loaded<Product>[],
    events: [] as Loaded<Event>[],
    outlets: [] as Loaded<Outlet>[],
  };
  const counts = { provinces: 0, producers: 0, products: 0, events: 0, outlets: 0 };
  const firstFileOfId = new Map<string, string>();

  for (const raw of files) {
    counts[raw.collection] += 1;
    const idKey = `${raw.collection}:${raw.id}`;
    const earlier = firstFileOfId.get(idKey);
    if (earlier !== undefined) {
      errors.push({
        file: raw.file,
        field: '',
        message: `has the same file name (id "${raw.id}") as ${earlier}; ids must be unique across provinces`,
      });
    } else firstFileOfId.set(idKey, raw.file);
    const reserved: readonly string[] =
      raw.collection === 'products' ? RESERVED_PRODUCT_IDS : raw.collection === 'events' ? RESERVED_EVENT_IDS : [];
    if (reserved.includes(raw.id)) {
      errors.push({
        file: raw.file,
        field: '',
        message: `file name "${raw.id}" is reserved for listing pages; choose another`,
      });
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.id)) {
      errors.push({
        file: raw.file,
        field: '',
        message: `file name must be lowercase letters, digits and hyphens (got ${shown(raw.id)})`,
      });
    }
    const parsed = (options.parse ?? parseRecord)(raw.file, raw.text);
    if ('problems' in parsed) {
      errors.push(...parsed.problems);
      continue;
    }
    for (const unsafe of findUnsafeHtml(parsed.record.body)) {
      errors.push({
        file: raw.file,
        field: 'body',
        message: `contains ${unsafe.found}, which the site removes; use Markdown or only ${ALLOWED_TAGS.join(', ')}`,
      });
    }
    for (const { field, tag } of htmlInText(parsed.record.data)) {
      errors.push({
        file: raw.file,
        field,
        message: `is plain text and contains the HTML tag ${tag}; remove the tag (formatting belongs in the Markdown body)`,
      });
    }
    const schema = RECORD_SCHEMAS[raw.collection];
    const result = schema.safeParse(parsed.record.data, { reportInput: true });
    if (!result.success) errors.push(...problemsFromZod(raw.file, result.error.issues, parsed.record.data, schema));
    // A record that failed its schema is still checked against the others (producer, province, images…) on the
    // fields that are valid on their own, so one run lists every problem of the record.
    const entry = {
      id: raw.id,
      file: raw.file,
      folder: raw.folder,
      data: result.success ? result.data : (salvage(schema, parsed.record.data) ?? {}),
      valid: result.success ? result.data : undefined,
      written: parsed.record.data,
    };
    (loaded[raw.collection] as Loaded<unknown>[]).push(entry);
  }

  // References are checked against every file present, valid or not: a record with its own errors is reported once,
  // not again by every record that points at it.
  const present = (collection: CollectionName) =>
    new Set(files.filter((f) => f.collection === collection).map((f) => f.id));
  const provinceIds = present('provinces');
  const producerIds = present('producers');
  const productIds = present('products');
  const outletIds = present('outlets');
  const producers = new Map(loaded.producers.map((p) => [p.id, p]));
  // Province records that failed their schema still lend the names they have, so a product naming one is not
  // reported as well.
  const resolveProvince = makeProvinceResolver(loaded.provinces);
  const provinceList = [...provinceIds].sort().join(', ');
  /** "; did you mean "htx-an-lo"?" when a known id is one typing slip away, else nothing. */
  const didYouMean = (written: string, known: Iterable<string>) => {
    const meant = closestMatch(written, known);
    return meant === undefined ? '' : `; did you mean "${meant}"?`;
  };
  const notAProvince = (written: string) => {
    const meant = closestMatch(written, provinceIds);
    return `is not a province id; ${meant === undefined ? '' : `did you mean "${meant}"? Otherwise `}use one of ${provinceList} (got ${shown(written)})`;
  };

  const formerOwners = new Map<string, string>();
  for (const province of loaded.provinces) {
    (province.data.formerly ?? []).forEach((former, index) => {
      if (former?.name === undefined) return;
      const owner = formerOwners.get(former.name);
      if (owner !== undefined && owner !== province.id) {
        errors.push({
          file: province.file,
          field: `formerly[${index}].name`,
          message: `"${former.name}" is already listed as a former name of ${owner}`,
        });
      }
      formerOwners.set(former.name, province.id);
    });
  }

  const checkFolder = (entry: Loaded<{ province: string }>) => {
    if (entry.data.province === undefined) return;
    if (!provinceIds.has(entry.data.province)) {
      errors.push({ file: entry.file, field: 'province', message: notAProvince(entry.data.province) });
    } else if (entry.folder !== entry.data.province) {
      errors.push({
        file: entry.file,
        field: 'province',
        message: `must match the folder "${entry.folder}" the file is in (got ${shown(entry.data.province)})`,
      });
    }
  };
  const checkList = (
    entry: Loaded<unknown>,
    field: string,
    ids: readonly (string | undefined)[] | undefined,
    known: Set<string>,
    what: 'producer' | 'product' | 'outlet',
  ) => {
    (ids ?? []).forEach((id, index) => {
      if (id !== undefined && !known.has(id))
        errors.push({
          file: entry.file,
          field: `${field}[${index}]`,
          message: `no ${what} has the id "${id}"${didYouMean(id, known)} (the id is the file name without its ending, from content/${what}s/<province>/)`,
        });
    });
  };

  for (const producer of loaded.producers) checkFolder(producer);
  for (const outlet of loaded.outlets) {
    checkFolder(outlet);
    checkList(outlet, 'producers', outlet.data.producers, producerIds, 'producer');
  }
  for (const event of loaded.events) {
    if (event.data.province !== undefined && !provinceIds.has(event.data.province)) {
      errors.push({ file: event.file, field: 'province', message: notAProvince(event.data.province) });
    }
    checkList(event, 'producers', event.data.producers, producerIds, 'producer');
    checkList(event, 'products', event.data.products, productIds, 'product');
  }

  const traceCodes = new Map<string, string>();
  for (const product of loaded.products) {
    const { data, file } = product;
    if (product.folder === undefined || !provinceIds.has(product.folder)) {
      errors.push({
        file,
        field: '',
        message: `is in folder "${product.folder}", which is not a province id; use one of ${provinceList}`,
      });
    }
    const producer = data.producer === undefined ? undefined : producers.get(data.producer);
    if (data.producer === undefined) {
      // Missing or malformed: the schema's message says so.
    } else if (!producerIds.has(data.producer)) {
      errors.push({
        file,
        field: 'producer',
        message: `no producer has the id ${shown(data.producer)}${didYouMean(data.producer, producerIds)} (producer files are content/producers/<province>/<id>.yaml; the id is the file name without ".yaml")`,
      });
    } else if (
      // A producer whose own province is wrong or does not match its folder has its own error.
      producer?.data.province !== undefined &&
      provinceIds.has(producer.data.province) &&
      producer.data.province === producer.folder &&
      producer.data.province !== product.folder
    ) {
      errors.push({
        file,
        field: 'producer',
        message: `belongs to province "${producer.data.province}" but this product is in folder "${product.folder}"; move the file to content/products/${producer.data.province}/`,
      });
    }
    const originName = data.origin?.province;
    const origin = originName === undefined ? undefined : resolveProvince(originName);
    if (originName === undefined) {
      // Missing or malformed: the schema's message says so.
    } else if (origin === undefined) {
      errors.push({
        file,
        field: 'origin.province',
        message: `is not a current or former province name; write the province as on the decision, like "Thừa Thiên Huế" or "TP Huế" (got ${shown(originName)})`,
      });
    } else if (product.folder !== undefined && origin.id !== product.folder) {
      errors.push({
        file,
        field: 'origin.province',
        message: `names a place now in "${origin.id}", not "${product.folder}" where the file is (got ${shown(originName)})`,
      });
    }
    const sameCode = data.traceCode === undefined ? undefined : traceCodes.get(data.traceCode);
    if (data.traceCode === undefined) {
      // Missing or malformed: the schema's message says so.
    } else if (sameCode !== undefined) {
      errors.push({
        file,
        field: 'traceCode',
        message: `is already used by ${sameCode}; every product needs its own code (got ${shown(data.traceCode)})`,
      });
    } else traceCodes.set(data.traceCode, file);
    checkList(product, 'outlets', data.outlets, outletIds, 'outlet');
    (data.certifications ?? []).forEach((entry, index) => {
      if (entry?.signed !== undefined && entry.signed > options.today) {
        errors.push({
          file,
          field: `certifications[${index}].signed`,
          message: `is after today (${options.today}); a decision cannot be signed in the future, check the year and the day-month order (got ${shown(entry.signed)})`,
        });
      }
      if (entry?.revoked?.date !== undefined && entry.revoked.date > options.today) {
        errors.push({
          file,
          field: `certifications[${index}].revoked.date`,
          message: `is after today (${options.today}); record a revocation once its decision is signed (got ${shown(entry.revoked.date)})`,
        });
      }
    });
    (data.images ?? []).forEach((image, index) => {
      if (image?.src === undefined) return;
      const field = `images[${index}].src`;
      const escapes = imageOutsideTree(product.folder, image.src);
      if (/^[a-z]+:\/\//i.test(image.src)) {
        errors.push({
          file,
          field,
          message: `must be a file beside the record, not a web address (got ${shown(image.src)})`,
        });
      } else if (escapes !== undefined) {
        errors.push({ file, field, message: `${escapes} (got ${shown(image.src)})` });
      } else if (!options.imageExists(file, image.src)) {
        errors.push({
          file,
          field,
          message: `the image file is not there: put the photo at ${posix.join(posix.dirname(file.replace(/\\/g, '/')), image.src)} or correct the file name (got ${shown(image.src)})`,
        });
      }
    });
    // The certificate's state needs every decision valid; a record that failed its schema is re-read for them.
    const certifications =
      product.valid?.certifications ??
      ProductSchema.shape.certifications.safeParse(product.written.certifications).data;
    const state = certifications === undefined ? undefined : certificateState(certifications, options.today);
    if (state === undefined) {
      // A decision has its own error; no warning is worked out from the others.
    } else if (state.state === 'expired' && state.validUntil !== undefined) {
      warnings.push({
        file,
        field: 'certifications',
        message: `certificate expired on ${state.validUntil}; record a renewal or it is shown as expired`,
      });
    } else if (state.state === 'expiring' && state.validUntil !== undefined) {
      warnings.push({
        file,
        field: 'certifications',
        message: `certificate expires on ${state.validUntil}, within ${EXPIRING_WITHIN_DAYS} days`,
      });
    }
  }

  return { errors, warnings, counts };
}

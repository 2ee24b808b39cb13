import { OPEN_DATA_DOCUMENTS, type OpenDataKind } from '../../schemas/openData.ts';
import { z } from 'zod';
import type { Catalog, ProductLike } from '../catalog/buildCatalog.ts';
import { changesExport } from './changesExport.ts';
import { eventsExport, outletsExport } from './eventsExport.ts';
import { producersCsv, producersExport } from './producersExport.ts';
import { productsCsv, productsExport } from './productsExport.ts';

/** Every open data file, published for the whole catalogue under /data/ and per province under /data/provinces/<id>/. */
export const OPEN_DATA_FILES = [
  'products.json',
  'products.csv',
  'producers.json',
  'producers.csv',
  'events.json',
  'outlets.json',
  'changes.json',
] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The record kind (and so the JSON Schema) of each file. */
export const FILE_KIND: Record<OpenDataFile, OpenDataKind> = {
  'products.json': 'product',
  'products.csv': 'product',
  'producers.json': 'producer',
  'producers.csv': 'producer',
  'events.json': 'event',
  'outlets.json': 'outlet',
  'changes.json': 'change',
};

export function contentType(file: string): string {
  return file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
}

/** The text of one open data file, for the whole catalogue or one province. */
export function openDataFile<P extends ProductLike & { sample?: boolean }>(
  catalog: Catalog<P>,
  file: OpenDataFile,
  generated: string,
  province?: string,
): string {
  const json = (value: unknown) => JSON.stringify(value, null, 1);
  switch (file) {
    case 'products.json':
      return json(productsExport(catalog, generated, province));
    case 'products.csv':
      return productsCsv(productsExport(catalog, generated, province));
    case 'producers.json':
      return json(producersExport(catalog, generated, province));
    case 'producers.csv':
      return producersCsv(producersExport(catalog, generated, province));
    case 'events.json':
      return json(eventsExport(catalog, generated, province));
    case 'outlets.json':
      return json(outletsExport(catalog, generated, province));
    case 'changes.json':
      return json(changesExport(catalog, generated, province));
  }
}

/**
 * The published JSON Schema of a file kind, generated from the Zod schema (never written by hand). Output types:
 * what the files contain after defaults are applied. Refinements across fields (end after start…) cannot be
 * expressed and are left out.
 */
export function openDataJsonSchema(kind: OpenDataKind, id: string): object {
  return { ...z.toJSONSchema(OPEN_DATA_DOCUMENTS[kind], { io: 'output', unrepresentable: 'any' }), $id: id };
}

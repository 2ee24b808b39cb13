import type { OpenDataKind } from '../../schemas/openData.ts';
import { openDataJsonSchema } from './openDataFiles.ts';

const ROWS: Record<OpenDataKind, string> = {
  product: 'products',
  producer: 'producers',
  event: 'events',
  outlet: 'outlets',
  change: 'changes',
};

interface JsonSchemaObject {
  properties?: Record<string, JsonSchemaObject>;
  items?: JsonSchemaObject;
  required?: string[];
}

/** The top-level fields of one record kind, read from its published JSON Schema so the data page lists them all. */
export function openDataFields(kind: OpenDataKind): { name: string; required: boolean }[] {
  const document = openDataJsonSchema(kind, '') as JsonSchemaObject;
  const row = document.properties?.[ROWS[kind]]?.items ?? {};
  const required = new Set(row.required ?? []);
  return Object.keys(row.properties ?? {}).map((name) => ({ name, required: required.has(name) }));
}

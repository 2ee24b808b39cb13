import { z } from 'zod';

/**
 * What could be read of a record that failed its schema: every field that is valid on its own, with `undefined` in
 * place of each field (or list item) that is not. Lists keep their positions, so `images[2]` still names the third.
 */
export type Salvaged<T> = T extends readonly (infer Item)[]
  ? (Salvaged<Item> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: Salvaged<T[K]> }
    : T;

/**
 * Parses `value` with `schema`; where the whole fails, parses each field of an object and each item of a list on
 * its own, keeping the parts that pass. A part that fails becomes `undefined` (its own problem is reported by the
 * schema), so a check on the salvaged record never reports a follow-on error about a value that is itself wrong.
 */
export function salvage<S extends z.ZodType>(schema: S, value: unknown): Salvaged<z.output<S>> | undefined {
  return salvageAny(schema, value) as Salvaged<z.output<S>> | undefined;
}

function salvageAny(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const fields = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const part = salvageAny(field, fields[key]);
      if (part !== undefined) out[key] = part;
    }
    return out;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    const element = inner.element as z.ZodType;
    return value.map((item) => salvageAny(element, item));
  }
  return undefined;
}

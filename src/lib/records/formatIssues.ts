import { z } from 'zod';
import { closestMatch } from '../core/closestMatch.ts';
import { type FieldLabels, OUTLET_LABELS, PRODUCER_LABELS, PRODUCT_LABELS } from '../../schemas/editorLabels.ts';

/** One problem in one record, as an editor reads it: `file: field: what is wrong (got X)`. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return problem.field
    ? `${problem.file}: ${problem.field}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

const EDITOR_LABELS: Readonly<Record<string, FieldLabels>> = {
  products: PRODUCT_LABELS,
  producers: PRODUCER_LABELS,
  outlets: OUTLET_LABELS,
};

/**
 * The Vietnamese names the web editor gives a field and the groups it is in, for office staff who know the form
 * better than the file: "certifications[1].signed" of a product → "Quyết định OCOP › Ngày ký". Undefined when the
 * editor has no label for it (events and provinces are not edited there).
 */
export function fieldLabel(file: string, field: string): string | undefined {
  // Records are <content root>/<collection>/<province>/<id>.md|yaml.
  const collection = /(?:^|\/)([a-z]+)\/[^/]+\/[^/]+$/.exec(file)?.[1] ?? '';
  const labels = EDITOR_LABELS[collection];
  if (!labels || !field) return undefined;
  const keys = field.replace(/\[\d+\]/g, '').split('.');
  const names = keys.flatMap((_, index) => labels[keys.slice(0, index + 1).join('.')]?.label ?? []);
  return labels[keys.join('.')] ? names.join(' › ') : undefined;
}

/** As formatProblem, with the field's Vietnamese name from the web editor after its path: what `npm run validate` prints. */
export function formatProblemForOffice(problem: Problem): string {
  const label = fieldLabel(problem.file, problem.field);
  return formatProblem(label ? { ...problem, field: `${problem.field} («${label}»)` } : problem);
}

/** "certifications[1].signed" from ["certifications", 1, "signed"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** A short, readable rendering of a wrong value for "(got …)". */
export function shown(value: unknown): string {
  let text: string;
  if (value instanceof Date)
    text = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else if (Array.isArray(value)) text = `a list of ${value.length}`;
  else if (value !== null && typeof value === 'object') text = 'a group of fields';
  else text = String(value);
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

function withGot(message: string, input: unknown): string {
  return message.includes('(got') ? message : `${message} (got ${shown(input)})`;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The field names of the group of fields at `path` in a schema (through lists, optional and default values). */
function fieldsAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType | undefined = schema;
  const unwrap = () => {
    while (at instanceof z.ZodDefault || at instanceof z.ZodOptional || at instanceof z.ZodNullable) {
      at = at.unwrap() as z.ZodType;
    }
  };
  for (const key of path) {
    unwrap();
    if (at instanceof z.ZodArray && typeof key === 'number') at = at.element as z.ZodType;
    else if (at instanceof z.ZodObject && typeof key === 'string') at = (at.shape as Record<string, z.ZodType>)[key];
    else return [];
  }
  unwrap();
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

/**
 * Turns Zod issues into editor-facing problems, one per issue. Default Zod wording ("Invalid input: expected
 * string, received undefined") is replaced; messages written in the schemas are kept. With the record's schema, a
 * misspelt field name gets the field it most likely meant.
 */
export function problemsFromZod(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema?: z.ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    // The value as the editor wrote it (before any trimming), falling back to what Zod saw.
    const written = getAt(data, issue.path);
    const input = written !== undefined ? written : 'input' in issue ? issue.input : undefined;
    const field = fieldPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        problems.push({
          file,
          field,
          message:
            input === undefined
              ? `is required but missing; add a line "${String(issue.path.at(-1))}: …" (see the README for what to write)`
              : `must be ${expected} (got ${shown(input)})`,
        });
        break;
      }
      case 'invalid_value': {
        const words = issue.values.filter((value): value is string => typeof value === 'string');
        const meant = typeof input === 'string' ? closestMatch(input, words) : undefined;
        const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
        problems.push({
          file,
          field,
          message:
            input === undefined
              ? `is required but missing; add a line "${String(issue.path.at(-1))}: …" with one of ${allowed}`
              : `${meant === undefined ? '' : `did you mean "${meant}"? It `}must be one of ${allowed} (got ${shown(input)})`,
        });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const meant = closestMatch(key, fieldsAt(schema, issue.path));
          problems.push({
            file,
            field: fieldPath([...issue.path, key]),
            message:
              meant === undefined
                ? 'is not a field of this record (check the spelling; see the README for the record format)'
                : `is not a field of this record; did you mean "${meant}"? (check the spelling; see the README for the record format)`,
          });
        }
        break;
      case 'too_small':
      case 'too_big': {
        const custom = !/^Too (small|big)/.test(issue.message);
        if (custom) problems.push({ file, field, message: withGot(issue.message, input) });
        else if (issue.origin === 'array')
          problems.push({
            file,
            field,
            message: `must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} items (got ${shown(input)})`,
          });
        else if (issue.origin === 'string')
          problems.push({
            file,
            field,
            message: issue.code === 'too_small' ? 'must not be empty' : `is too long (got ${shown(input)})`,
          });
        else
          problems.push({
            file,
            field,
            message: `must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} (got ${shown(input)})`,
          });
        break;
      }
      case 'invalid_union': {
        // A union of alternatives (a date as text or as a YAML date): report the schema's own message.
        problems.push({ file, field, message: withGot(issue.message, input) });
        break;
      }
      case 'custom':
        // Cross-field rules name their own field; quote its value only when it is a single value.
        problems.push({
          file,
          field,
          message:
            input !== undefined && (typeof input !== 'object' || input instanceof Date)
              ? withGot(issue.message, input)
              : issue.message,
        });
        break;
      default:
        problems.push({ file, field, message: withGot(issue.message, input) });
    }
  }
  return problems;
}

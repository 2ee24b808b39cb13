/**
 * Browser code of the web editor (bundled into /admin/editor.js by src/lib/admin/adminFiles.ts): reads and writes
 * record files the way the validator reads them and a person writes them, instead of Decap CMS's own YAML writer,
 * which folds long lines at 80 characters and puts the fields of a new list item in the order they were typed.
 * - YAML 1.2 core schema, as src/lib/parseRecord.ts: an unquoted date stays the text YYYY-MM-DD; text that would
 *   read as a number (a Zalo number "0900000101", a GTIN) is written in quotes, so it stays text.
 * - No line folding; fields in the order of the schema at every level.
 * - An emptied optional field is left out rather than written as "" (which the schemas refuse).
 */
import { Document, parseDocument, Scalar, visit } from 'yaml';

/** Field order per record kind and path ("" is the record, "certifications" each decision), from the schemas. */
export type FieldOrder = Record<string, Record<string, readonly string[]>>;

declare const __OCOP_FIELD_ORDER__: FieldOrder;

type Value = unknown;

function isPlainObject(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function blank(value: Value): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

/** Drops emptied fields and orders the others as the schema does; fields the schema does not know go last. */
export function tidy(value: Value, order: Record<string, readonly string[]>, path = ''): Value {
  if (Array.isArray(value)) return value.map((item) => tidy(item, order, path)).filter((item) => !blank(item));
  if (!isPlainObject(value)) return value;
  const known = order[path] ?? [];
  const rank = (key: string) => {
    const index = known.indexOf(key);
    return index === -1 ? known.length : index;
  };
  const entries = Object.entries(value)
    .map(([key, child]) => [key, tidy(child, order, path === '' ? key : `${path}.${key}`)] as const)
    .filter(([, child]) => !blank(child))
    .sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries);
}

function parseYaml(text: string): Record<string, Value> {
  const document = parseDocument(text, { schema: 'core' });
  if (document.errors.length > 0) throw new Error(document.errors.map((error) => error.message).join('\n'));
  const data: Value = document.toJS();
  return isPlainObject(data) ? data : {};
}

/**
 * Text a YAML 1.1 reader would take for something else: "07:30" is a number in base 60 there, "yes" and "off" are
 * true and false. The core schema writes them bare; they are quoted, as the README asks for opening hours.
 */
const YAML_11_LOOKALIKE =
  /^(?:[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

function writeYaml(data: Value): string {
  const document = new Document(data, { schema: 'core' });
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && YAML_11_LOOKALIKE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return document.toString({ lineWidth: 0, minContentWidth: 0 });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A YAML record: content/producers/<province>/<id>.yaml, content/outlets/<province>/<id>.yaml. */
export function yamlFormat(order: Record<string, readonly string[]>) {
  return {
    fromFile: (content: string) => parseYaml(content),
    toFile: (data: Value) => writeYaml(tidy(data, order)),
  };
}

/** A Markdown record: YAML front matter between "---" lines, a blank line, then the description. */
export function markdownFormat(order: Record<string, readonly string[]>) {
  return {
    fromFile(content: string) {
      const match = FRONTMATTER.exec(content.replace(/^\uFEFF/, ''));
      if (!match) return { body: content };
      return { ...parseYaml(match[1] ?? ''), body: (match[2] ?? '').replace(/^\r?\n/, '') };
    },
    toFile(data: Value) {
      const { body, ...fields } = isPlainObject(data) ? data : {};
      // Decap writes an uploaded photo as "images/x.jpg"; records say "./images/x.jpg", relative to the file.
      if (Array.isArray(fields['images'])) {
        fields['images'] = fields['images'].map((image: Value) =>
          isPlainObject(image) && typeof image['src'] === 'string' && /^[^./]/.test(image['src'])
            ? { ...image, src: `./${image['src']}` }
            : image,
        );
      }
      const text = typeof body === 'string' ? body.replace(/\s+$/, '') : '';
      return `---\n${writeYaml(tidy(fields, order))}---\n${text === '' ? '' : `\n${text}\n`}`;
    },
  };
}

/**
 * Phrases Decap CMS's Vietnamese translation lacks, which it would show in English ("Add …"), or writes with a
 * full-width "＋" that many office computers have no font for.
 */
const PHRASES: Record<string, Record<string, string>> = {
  'editor.editorWidgets.list': { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
  'editor.editorWidgets.object': { expand: 'Mở ra', collapse: 'Thu gọn' },
  'editor.editorWidgets.datetime': { now: 'Hôm nay', clear: 'Xóa', setToNow: 'Điền ngày hôm nay vào %{fieldLabel}' },
  'collection.collectionTop': { newButton: 'Thêm %{collectionLabel}' },
};

interface DecapGlobal {
  getLocale?: (locale: string) => Record<string, unknown> | undefined;
  registerLocale?: (locale: string, phrases: object) => void;
  registerCustomFormat: (
    name: string,
    extension: string,
    formatter: { fromFile: (content: string) => Value; toFile: (data: Value) => string },
  ) => void;
}

/** Registers the formats the generated configuration names (ocop-products, ocop-producers, ocop-outlets). */
export function registerFormats(cms: DecapGlobal, fieldOrder: FieldOrder): void {
  const vi = cms.getLocale?.('vi');
  if (vi) {
    for (const [path, phrases] of Object.entries(PHRASES)) {
      let node: Record<string, unknown> = vi;
      for (const key of path.split('.')) {
        if (!isPlainObject(node[key])) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      Object.assign(node, phrases);
    }
    cms.registerLocale?.('vi', vi);
  }
  for (const [kind, order] of Object.entries(fieldOrder)) {
    cms.registerCustomFormat(
      `ocop-${kind}`,
      kind === 'products' ? 'md' : 'yaml',
      kind === 'products' ? markdownFormat(order) : yamlFormat(order),
    );
  }
}

if (typeof window !== 'undefined' && typeof __OCOP_FIELD_ORDER__ !== 'undefined') {
  registerFormats((window as unknown as { CMS: DecapGlobal }).CMS, __OCOP_FIELD_ORDER__);
}

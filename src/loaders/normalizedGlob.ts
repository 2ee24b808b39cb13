import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { idFromPath } from '../lib/records/contentLayout.ts';
import { sanitizeRecordHtml } from '../lib/records/recordHtml.ts';

/**
 * Astro's glob() loader with three project rules: the id is the file name (so a product keeps its URL if its province
 * folder is renamed); the Markdown body and its rendered HTML are normalised to NFC, as record fields are by the
 * schemas, so text typed in NFD renders and searches like everything else; and the rendered HTML is sanitised.
 *
 * And one saving: a file whose text is the one already stored is not parsed. glob() parses every file's front matter
 * before it compares the file with the stored entry (its ids may be made from the data; these are made from the file
 * name), then keeps the stored entry and drops what it parsed. At 20,000 products that was 2.3 s of YAML and its
 * garbage in every content sync, for the one or two records an office changed.
 *
 * And another: the store is written once, when every record has been read (holdingTheSave).
 */
export function normalizedGlob(options: { base: string; pattern: string; retainBody?: boolean }): Loader {
  const inner = glob({ ...options, generateId: ({ entry }) => idFromPath(entry) });
  return {
    name: 'ocop-normalized-glob',
    load: (context: LoaderContext) => {
      const store = context.store;
      const set: typeof store.set = (entry) => {
        // Raw HTML in a record is limited to an allow-list here, on the one path every rendered body takes.
        // The rendered metadata's copy of the front matter is dropped: the site reads `data`, and at 20,000
        // products the copies made the data store, which Astro bundles into the build, a quarter larger.
        const rendered = entry.rendered
          ? {
              html: sanitizeRecordHtml(entry.rendered.html.normalize('NFC')),
              ...(entry.rendered.metadata ? { metadata: { ...entry.rendered.metadata, frontmatter: {} } } : {}),
            }
          : undefined;
        return store.set({
          ...entry,
          ...(entry.body !== undefined ? { body: entry.body.normalize('NFC') } : {}),
          ...(rendered ? { rendered } : {}),
        });
      };
      return holdingTheSave(context, () =>
        inner.load({
          ...context,
          ...unchangedNotParsed(context),
          store: Object.assign(Object.create(store) as typeof store, { set }),
        }),
      );
    },
  };
}

interface EntryType {
  getEntryInfo?: (params: { contents: string; fileUrl: URL }) => unknown;
}

/**
 * The file types glob() reads with (`entryTypes`, a field of the context that Astro gives its own loaders and does
 * not declare), each answering for a file whose text is the stored entry's (same digest, as glob() compares) with an
 * empty entry that glob() then ignores: it keeps the stored one. Should Astro stop passing the field, glob() reads
 * with its own types again: slower, the same store.
 */
function unchangedNotParsed(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const types = (context as LoaderContext & { entryTypes?: unknown }).entryTypes;
  if (!(types instanceof Map)) return {};
  const unchanged = (contents: string, fileUrl: URL) => {
    const stored = context.store.get(idFromPath(fileURLToPath(fileUrl)));
    return Boolean(stored?.filePath) && stored?.digest === context.generateDigest(contents);
  };
  const entryTypes = new Map<string, EntryType>();
  for (const [extension, type] of types as Map<string, EntryType>) {
    const read = type.getEntryInfo;
    if (typeof read !== 'function') {
      entryTypes.set(extension, type);
      continue;
    }
    const getEntryInfo: EntryType['getEntryInfo'] = (params) =>
      unchanged(params.contents, params.fileUrl) ? { body: '', data: {} } : read.call(type, params);
    entryTypes.set(extension, Object.assign(Object.create(type) as EntryType, { getEntryInfo }));
  }
  return { entryTypes };
}

/**
 * Runs a load while holding off Astro's save of the content store until it ends. The store saves itself half a
 * second after its last change (a debounce), and a sync changes it before the loaders start (the versions and
 * digests Astro keeps in it), so the save came while the records were being read: the whole store (46 MB at 20,000
 * products) serialised and compared with the file on disk, then serialised again at the end for the records changed,
 * 4 s of CPU each. Touching this loader's own entry of the meta store (a fixed value, so the file's text does not
 * change from build to build) every 100 ms restarts the debounce; Astro's save at the end of the sync writes it once.
 */
async function holdingTheSave(context: LoaderContext, load: () => Promise<void>): Promise<void> {
  const touch = () => context.meta.set('loader', 'ocop-normalized-glob');
  touch();
  const timer = setInterval(touch, 100);
  try {
    await load();
  } finally {
    clearInterval(timer);
  }
}

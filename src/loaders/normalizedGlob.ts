import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapePath, glob as listFiles } from 'tinyglobby';
import { writeFileAtomic } from '../lib/core/writeFileAtomic.ts';
import { idFromPath } from '../lib/records/contentLayout.ts';
import { sanitizeRecordHtml } from '../lib/records/recordHtml.ts';

type GlobOptions = { base: string; pattern: string; retainBody?: boolean };

/**
 * Astro's glob() loader with three project rules: the id is the file name (so a product keeps its URL if its province
 * folder is renamed); the Markdown body and its rendered HTML are normalised to NFC, as record fields are by the
 * schemas, so text typed in NFD renders and searches like everything else; and the rendered HTML is sanitised.
 *
 * And three savings for the content sync of a build (none in the dev server, where glob() watches the files):
 * - A file not written since the last sync is not read (fileStamps below): glob() read all 30,000 record files at
 *   20,000 products (4 s) to find the one an office corrected; it is given that one.
 * - A file whose text is the one already stored is not parsed (unchangedNotParsed): glob() parses every file's front
 *   matter before it compares it with the stored entry (its ids may be made from the data; these are made from the
 *   file name), then keeps the stored entry and drops what it parsed (2.3 s of YAML at 20,000 products).
 * - The store is written once, when every record has been read (holdingTheSave).
 */
export function normalizedGlob(options: GlobOptions): Loader {
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
      const normalizing = Object.assign(Object.create(store) as typeof store, { set });
      const load = (pattern: string | string[], storeSeen: typeof store) =>
        glob({ ...options, pattern: pattern as string, generateId: ({ entry }) => idFromPath(entry) }).load({
          ...context,
          ...unchangedNotParsed(context),
          store: storeSeen,
        });
      return holdingTheSave(context, async () => {
        if (context.watcher) return load(options.pattern, normalizing);
        await loadChanged(options, context, normalizing, load);
      });
    },
  };
}

/** What a record file looked like when its entry was stored: the fields of its stat that any write changes. */
interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** The stored entry's digest of the text read. */
  digest: string;
}
interface Stamps {
  /** When the files were looked at (ms since 1970). */
  taken: number;
  /** By path in the collection's folder. */
  files: Record<string, Stamp>;
}
/** Above this many files written since the last sync, glob() looks at every file (it compares them by their text). */
const LISTED_AT_MOST = 200;

/**
 * The content sync of a build: glob() is given only the files written since the last sync, and keeps the stored entry
 * of every other file, as it does for a file whose text it finds unchanged.
 *
 * "Not written since" is the stat of the file as it was when its entry was stored (kept beside Astro's store, in its
 * cache folder): same size, inode, modification and change time (the change time moves with every write, and with
 * any tool that sets the modification time back), and a stored entry of the same file and digest. A file changed less
 * than a second before a sync is read again at the next (its change time could be that of a later write: git's
 * "racily clean" rule). Files that are gone have their entries removed; with no stamps, or many files written (a new
 * checkout), glob() reads every file as before.
 */
async function loadChanged(
  options: GlobOptions,
  context: LoaderContext,
  store: LoaderContext['store'],
  load: (pattern: string | string[], store: LoaderContext['store']) => Promise<void>,
): Promise<void> {
  const baseUrl = new URL(options.base, context.config.root);
  if (!baseUrl.pathname.endsWith('/')) baseUrl.pathname += '/';
  const base = fileURLToPath(baseUrl);
  const root = fileURLToPath(context.config.root);
  const stampsFile = join(fileURLToPath(context.config.cacheDir), 'ocop-file-stamps', `${context.collection}.json`);
  const taken = Date.now();
  const files = await listFiles(options.pattern, { cwd: base, expandDirectories: false });
  const last = readStamps(stampsFile);
  const stamps: Stamps = { taken, files: {} };
  const changed: string[] = [];
  const seen = new Set<string>();
  // The store glob() is given also takes images by the list (not in its declared type).
  const withImports = store as typeof store & { addAssetImports?: (assets: string[], file: string) => void };
  for (const file of files) {
    const id = idFromPath(file);
    seen.add(id);
    const stat = statSync(join(base, file));
    const now = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
    const stamp = last?.files[file];
    const entry = store.get(id);
    const kept =
      last !== undefined &&
      stamp !== undefined &&
      entry?.digest !== undefined &&
      String(entry.digest) === stamp.digest &&
      entry.filePath === relative(root, join(base, file)).split(sep).join('/') &&
      stamp.size === now.size &&
      stamp.ino === now.ino &&
      stamp.mtimeMs === now.mtimeMs &&
      stamp.ctimeMs === now.ctimeMs &&
      now.ctimeMs < last.taken - 1000;
    if (!kept) {
      changed.push(file);
      stamps.files[file] = { ...now, digest: '' };
      continue;
    }
    stamps.files[file] = stamp;
    // What glob() does for a file it finds unchanged: the entry's images and modules stay in the build.
    if (entry.deferredRender && entry.filePath) store.addModuleImport(entry.filePath);
    if (entry.assetImports?.length && entry.filePath) withImports.addAssetImports?.(entry.assetImports, entry.filePath);
  }
  if (last === undefined || changed.length > LISTED_AT_MOST) {
    await load(options.pattern, store);
  } else {
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    if (changed.length > 0) {
      // glob() removes the entries of the files it did not see: it is shown only those of the files it is given.
      const ids = new Set(changed.map(idFromPath));
      const keys = () => store.keys().filter((id) => ids.has(id));
      await load(
        changed.map((file) => escapePath(file)),
        Object.assign(Object.create(store) as typeof store, { keys }),
      );
    }
  }
  for (const file of changed) {
    const digest = store.get(idFromPath(file))?.digest;
    const stamp = stamps.files[file];
    if (digest !== undefined && stamp) stamp.digest = String(digest);
    else delete stamps.files[file];
  }
  writeFileAtomic(stampsFile, JSON.stringify(stamps));
}

function readStamps(file: string): Stamps | undefined {
  try {
    const stamps = JSON.parse(readFileSync(file, 'utf8')) as Stamps;
    return typeof stamps.taken === 'number' && typeof stamps.files === 'object' ? stamps : undefined;
  } catch {
    return undefined;
  }
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

import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { idFromPath } from '../lib/records/contentLayout.ts';
import { sanitizeRecordHtml } from '../lib/records/recordHtml.ts';

/**
 * Astro's glob() loader with three project rules: the id is the file name (so a product keeps its URL if its province
 * folder is renamed); the Markdown body and its rendered HTML are normalised to NFC, as record fields are by the
 * schemas, so text typed in NFD renders and searches like everything else; and the rendered HTML is sanitised.
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
      return inner.load({ ...context, store: Object.assign(Object.create(store) as typeof store, { set }) });
    },
  };
}

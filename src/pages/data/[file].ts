import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { contentType, openDataFile, OPEN_DATA_FILES, type OpenDataFile } from '../../lib/openData/openDataFiles.ts';

/** /data/products.json, products.csv, producers.json, producers.csv, events.json, outlets.json. */
export const getStaticPaths = (() => OPEN_DATA_FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params['file'] as OpenDataFile;
  const body = openDataFile(await loadCatalog(), file, new Date().toISOString());
  return new Response(body, { headers: { 'Content-Type': contentType(file) } });
};

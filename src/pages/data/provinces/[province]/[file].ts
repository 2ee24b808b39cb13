import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog.ts';
import {
  contentType,
  openDataFile,
  OPEN_DATA_FILES,
  type OpenDataFile,
} from '../../../../lib/openData/openDataFiles.ts';
import { provinceDataKey, withKeys } from '../../../_views/pageKeys.ts';

/** The same files limited to one province: /data/provinces/hue/products.csv. Every province gets them, even empty. */
export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  const provinces = await Promise.all(
    catalog.provinces.map(async (province) => ({
      id: province.id,
      key: withKeys ? { cacheKey: await provinceDataKey(catalog, province.id) } : {},
    })),
  );
  return provinces.flatMap(({ id, key }) =>
    OPEN_DATA_FILES.map((file) => ({ params: { province: id, file }, ...key })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params['file'] as OpenDataFile;
  const body = openDataFile(await loadCatalog(), file, new Date().toISOString(), params['province']);
  return new Response(body, { headers: { 'Content-Type': contentType(file) } });
};

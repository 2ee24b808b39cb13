import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { productsExport } from '../../lib/productsExport.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  return new Response(JSON.stringify(productsExport(catalog, new Date().toISOString()), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

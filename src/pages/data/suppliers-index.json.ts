import type { APIRoute } from 'astro';
import { loadCatalog } from '../../data/catalog.ts';
import { suppliersIndex } from '../../lib/suppliers/suppliersIndex.ts';

/** The compact index the supplier directory filter and the shortlist read in the browser. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(suppliersIndex(await loadCatalog())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

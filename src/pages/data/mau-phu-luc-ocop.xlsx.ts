import type { APIRoute } from 'astro';
import { importTemplateXlsx, TEMPLATE_CONTENT_TYPES } from '../../lib/records/import/templates.ts';

/** /data/mau-phu-luc-ocop.xlsx — blank decision-annex template for `npm run import`. */
export const GET: APIRoute = async () =>
  new Response(await importTemplateXlsx(), {
    headers: { 'Content-Type': TEMPLATE_CONTENT_TYPES['mau-phu-luc-ocop.xlsx'] },
  });

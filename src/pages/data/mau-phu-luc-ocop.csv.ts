import type { APIRoute } from 'astro';
import { importTemplateCsv, TEMPLATE_CONTENT_TYPES } from '../../lib/records/import/templates.ts';

/** /data/mau-phu-luc-ocop.csv — blank decision-annex template for `npm run import`. */
export const GET: APIRoute = () =>
  new Response(importTemplateCsv(), { headers: { 'Content-Type': TEMPLATE_CONTENT_TYPES['mau-phu-luc-ocop.csv'] } });

import type { APIRoute } from 'astro';
import { manifestStrings } from '../../i18n/index.ts';
import { webManifest } from '../../lib/site/webManifest.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest('en', manifestStrings('en')), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });

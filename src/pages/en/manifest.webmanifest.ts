import type { APIRoute } from 'astro';
import { useTranslations as translationsFor } from '../../i18n/index.ts';
import { webManifest } from '../../lib/site/webManifest.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest('en', translationsFor('en')), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });

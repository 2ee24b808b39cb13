import type { APIRoute } from 'astro';
import { serviceWorkerSource } from '../lib/site/serviceWorker.ts';

/** The offline service worker (issue 8), generated at build so it shares its caching rule with the tests. */
export const GET: APIRoute = () =>
  new Response(serviceWorkerSource(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

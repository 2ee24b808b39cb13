import type { APIRoute } from 'astro';
import { vietnamMapSvg } from '../../lib/geo/vietnamMap.ts';

/** The outline every position map draws its markers on: one small file, cached once by the browser. */
export const GET: APIRoute = () => new Response(vietnamMapSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });

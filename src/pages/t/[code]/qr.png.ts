import type { APIRoute } from 'astro';
import { qrPng } from '../../../lib/traceQr.ts';
import { absoluteUrl, traceUrl } from '../../../lib/urls.ts';

export { getStaticPaths } from './qr.svg.ts';

export const GET: APIRoute = async ({ params, site }) => {
  const png = await qrPng(absoluteUrl(traceUrl(String(params['code']), 'vi'), site ?? 'https://ocop.example.vn'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

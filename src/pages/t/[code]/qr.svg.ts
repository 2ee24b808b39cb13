import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog.ts';
import { qrSvg } from '../../../lib/traceQr.ts';
import { absoluteUrl, traceUrl } from '../../../lib/urls.ts';

/** One QR code per product, language-neutral: it opens the Vietnamese trace page, which links to the English one. */
export const getStaticPaths = (async () => {
  const catalog = await loadCatalog();
  return catalog.products.map((product) => ({ params: { code: product.data.traceCode } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await qrSvg(absoluteUrl(traceUrl(String(params['code']), 'vi'), site ?? 'https://ocop.example.vn'));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

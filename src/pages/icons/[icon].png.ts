import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICON_SIZES } from '../../lib/site/urls.ts';

/** The brand green of the favicon's disc, the background of maskable icons. */
const BRAND_GREEN = '#166534';

export const getStaticPaths = (() => [
  ...APP_ICON_SIZES.flatMap((size) => [
    { params: { icon: String(size) }, props: { size, maskable: false } },
    { params: { icon: `maskable-${size}` }, props: { size, maskable: true } },
  ]),
  // apple-touch-icon: iOS ignores the manifest's icons and rounds the corners itself, so a full-bleed square.
  { params: { icon: '180' }, props: { size: 180, maskable: true } },
]) satisfies GetStaticPaths;

/**
 * App icons drawn from public/favicon.svg at build time, so the favicon stays the one source. A maskable icon keeps
 * the drawing inside the central safe zone (80 %) on a full green square that launchers may crop to any shape.
 */
export const GET: APIRoute = async ({ props }) => {
  const { size, maskable } = props as { size: number; maskable: boolean };
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
  const inner = maskable ? Math.round(size * 0.8) : size;
  const drawing = await sharp(svg, { density: Math.ceil((72 * inner) / 24) })
    .resize(inner, inner)
    .png()
    .toBuffer();
  const png = maskable
    ? await sharp({ create: { width: size, height: size, channels: 4, background: BRAND_GREEN } })
        .composite([{ input: drawing, gravity: 'centre' }])
        .png()
        .toBuffer()
    : drawing;
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

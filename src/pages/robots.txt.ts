import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? 'https://ocop.example.vn'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { normalizeBase } from '../config/base.ts';

export const GET: APIRoute = ({ site }) => {
  const base = normalizeBase(import.meta.env.BASE_URL);
  const sitemap = new URL(`${base}sitemap.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${base}plans/*/report/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

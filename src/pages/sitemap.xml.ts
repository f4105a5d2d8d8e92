import type { APIRoute } from 'astro';
import { normalizeBase } from '../config/base.ts';
import { allPlans } from '../data/plans.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = normalizeBase(import.meta.env.BASE_URL);
  const paths = ['', ...(await allPlans()).map((p) => `plans/${p.data.slug}/`)];
  const urls = paths.map((p) => `  <url><loc>${new URL(base + p, site).href}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml' },
  });
};

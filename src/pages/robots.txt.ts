import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${import.meta.env.BASE_URL.replace(/\/?$/, '/')}plans/*/report/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

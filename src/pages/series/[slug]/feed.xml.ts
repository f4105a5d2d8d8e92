/** Atom feed of one series: each new year's plan of an issuer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Series } from '../../../compare/series.ts';
import { feedResponse, models } from '../../../data/feeds.ts';
import { allSeries } from '../../../data/series.ts';

export const getStaticPaths = (async () => (await allSeries()).map((series) => ({ params: { slug: series.slug }, props: { series } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { series } = props as { series: Series };
  const slugs = new Set(series.plans.map((p) => p.slug));
  return feedResponse(site, `series/${series.slug}/feed.xml`, `series/${series.slug}/`, `要点：${series.name}历年计划`, (await models()).filter((p) => slugs.has(p.slug)));
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { allPlans, planModel } from '../../data/plans.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await allPlans()).map((entry) => ({ params: { slug: entry.data.slug } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await planModel(params.slug!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

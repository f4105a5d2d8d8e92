import type { APIRoute } from 'astro';
import { allPlans, itemCount, planModel } from '../../data/plans.ts';

export const GET: APIRoute = async () => {
  const plans = await Promise.all(
    (await allPlans()).map(async (entry) => ({ ...entry.data, items: itemCount(await planModel(entry.data.slug)) })),
  );
  return new Response(JSON.stringify({ plans }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

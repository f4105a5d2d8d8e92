/**
 * The site's Atom feeds: every plan, each series, each topic (src/feeds/atom.ts), with absolute
 * URLs under the site's origin and base.
 */
import { getCollection } from 'astro:content';
import { atomFeed, planEntry } from '../feeds/atom.ts';
import type { Plan } from '../schemas/plan.ts';
import { url } from './plans.ts';

export async function models(): Promise<Plan[]> {
  return (await getCollection('models')).map((e) => e.data);
}

export function feedResponse(site: URL | undefined, path: string, page: string, title: string, plans: readonly Plan[]): Response {
  const absolute = (p: string) => new URL(url(p), site).href;
  const entries = plans.flatMap((plan) => planEntry(plan, absolute(`plans/${plan.slug}/`)) ?? []);
  return new Response(atomFeed({ self: absolute(path), page: absolute(page), title, entries }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

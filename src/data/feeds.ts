/**
 * The site's Atom feeds: every plan, each series, each topic (src/feeds/atom.ts), with absolute
 * URLs under the site's origin and base.
 */
import { getCollection } from 'astro:content';
import { once } from './build-cache.ts';
import { atomFeed, planEntry } from '../feeds/atom.ts';
import type { Plan } from '../schemas/plan.ts';
import { url } from './plans.ts';

export async function models(): Promise<Plan[]> {
  return (await getCollection('models')).map((e) => e.data);
}

/** The day each revised plan was revised, read once. */
function revisedOn(): Promise<Map<string, string>> {
  return once('revised-on', () => getCollection('history').then((entries) => new Map(entries.flatMap((e) => (e.data.revisedOn ? [[e.id, e.data.revisedOn] as const] : [])))));
}

/** Entries of new and revised plans: a revised plan is listed under the day of its revision. */
export async function feedResponse(site: URL | undefined, path: string, page: string, title: string, plans: readonly Plan[]): Promise<Response> {
  const absolute = (p: string) => new URL(url(p), site).href;
  const revised = await revisedOn();
  const entries = plans.map((plan) => {
    const entry = planEntry(plan, absolute(`plans/${plan.slug}/`));
    const day = revised.get(plan.slug);
    return entry && day ? { ...entry, updated: `${day}T00:00:00Z`, title: `${entry.title}（修订）` } : entry;
  });
  return new Response(atomFeed({ self: absolute(path), page: absolute(page), title, entries: entries.flatMap((e) => e ?? []) }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

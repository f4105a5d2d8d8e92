/**
 * Typed queries over the converted plans, for the pages.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { under } from '../config/base.ts';
import { once } from './build-cache.ts';
import type { Plan, PlanNode } from '../schemas/plan.ts';

export type PlanEntry = CollectionEntry<'plans'>;

/** Newest year first, then by title; sorted once per build (every plan page asks), never to be changed. */
export function allPlans(): Promise<readonly PlanEntry[]> {
  return once('all-plans', async () => {
    const byTitle = new Intl.Collator('zh');
    const entries = await getCollection('plans');
    return entries.sort((a, b) => (b.data.year ?? 0) - (a.data.year ?? 0) || byTitle.compare(a.data.title, b.data.title));
  });
}

/** How many plans each year has, counted once. */
export function plansPerYear(): Promise<ReadonlyMap<number, number>> {
  return once('plans-per-year', async () => {
    const counts = new Map<number, number>();
    for (const { data } of await allPlans()) if (data.year) counts.set(data.year, (counts.get(data.year) ?? 0) + 1);
    return counts;
  });
}

export async function planModel(slug: string): Promise<Plan> {
  const entry = await getEntry('models', slug);
  if (!entry) throw new Error(`no plan model for ${slug}: run npm run convert`);
  return entry.data;
}

export function* walkNodes(nodes: readonly PlanNode[], depth = 0): Generator<{ node: PlanNode; depth: number }> {
  for (const node of nodes) {
    yield { node, depth };
    yield* walkNodes(node.children, depth + 1);
  }
}

/** Numbered items below the sections (一、 二、 … are not counted). */
export function itemCount(model: Plan): number {
  let n = 0;
  for (const { node, depth } of walkNodes(model.sections)) if (node.number !== null && depth > 0) n++;
  return n;
}

export { LEVEL_NAMES } from '../schemas/plan.ts';

/** A path under the site's base, e.g. url('plans/x/') → /yaodian/plans/x/. */
export function url(path: string): string {
  return under(import.meta.env.BASE_URL, path);
}

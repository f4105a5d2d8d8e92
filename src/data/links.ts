/**
 * The corpus-wide cross-links (cited documents, topics, similar items, series), computed once
 * per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildCrossLinks, itemKey, type CrossLinks, type ItemRef } from '../crosslinks/build.ts';
import { loadTopics } from '../crosslinks/topics.ts';
import type { Topic } from '../schemas/topic.ts';
import { url } from './plans.ts';

let memo: Promise<CrossLinks> | null = null;
let topicList: Topic[] | null = null;

export function topics(): Topic[] {
  topicList ??= loadTopics();
  return topicList;
}

export function crossLinks(): Promise<CrossLinks> {
  memo ??= getCollection('models').then((entries) => buildCrossLinks(entries.map((e) => e.data), topics()));
  return memo;
}

export function itemUrl(ref: Pick<ItemRef, 'plan' | 'id'>): string {
  return url(`plans/${ref.plan}/#${ref.id}`);
}

export function topicName(slug: string): string {
  return topics().find((t) => t.slug === slug)?.name ?? slug;
}

/** What an item heading shows beneath it: its topics and similar items in other plans. */
export interface ItemLinks {
  topics: Array<{ slug: string; name: string }>;
  similar: Array<ItemRef & { score: number }>;
}

export async function itemLinksOf(plan: string): Promise<Map<string, ItemLinks>> {
  const links = await crossLinks();
  const out = new Map<string, ItemLinks>();
  for (const [key, slugs] of links.topicsByItem) {
    if (!key.startsWith(`${plan}#`)) continue;
    out.set(key.slice(plan.length + 1), { topics: slugs.map((slug) => ({ slug, name: topicName(slug) })), similar: [] });
  }
  for (const [key, similar] of links.similar) {
    if (!key.startsWith(`${plan}#`)) continue;
    const id = key.slice(plan.length + 1);
    const entry = out.get(id) ?? { topics: [], similar: [] };
    entry.similar = similar;
    out.set(id, entry);
  }
  return out;
}

export { itemKey };

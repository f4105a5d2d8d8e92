/**
 * The corpus-wide cross-links (cited documents, topics, similar items, series), computed once
 * per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildCrossLinks, itemKey, type CrossLinks, type ItemRef } from '../crosslinks/build.ts';
import { citationKey } from '../crosslinks/citations.ts';
import { loadTopics } from '../crosslinks/topics.ts';
import type { Topic } from '../schemas/topic.ts';
import { once } from './build-cache.ts';
import { TOPIC_ITEMS, yearListing } from '../listing/years.ts';
import { allPlans, url } from './plans.ts';

export function topics(): Topic[] {
  return once('topics', loadTopics);
}

export function crossLinks(): Promise<CrossLinks> {
  return once('cross-links', () => getCollection('models').then((entries) => buildCrossLinks(entries.map((e) => e.data), topics())));
}

/** The page of a document cited as printed (《中小學德育工作指南》 and 《中小学德育工作指南》 are one page). */
export async function citedUrl(title: string): Promise<string | null> {
  const slug = (await crossLinks()).citedSlugByKey.get(citationKey(title));
  return slug ? url(`cited/${slug}/`) : null;
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

/** Topics and similar items of every item, grouped by plan once for all pages. */
export async function itemLinksOf(plan: string): Promise<Map<string, ItemLinks>> {
  const byPlan = once('item-links', () => crossLinks().then((links) => {
    const out = new Map<string, Map<string, ItemLinks>>();
    const entry = (key: string) => {
      const at = key.indexOf('#');
      const [slug, id] = [key.slice(0, at), key.slice(at + 1)];
      let items = out.get(slug);
      if (!items) {
        items = new Map();
        out.set(slug, items);
      }
      let e = items.get(id);
      if (!e) {
        e = { topics: [], similar: [] };
        items.set(id, e);
      }
      return e;
    };
    for (const [key, slugs] of links.topicsByItem) entry(key).topics = slugs.map((slug) => ({ slug, name: topicName(slug) }));
    for (const [key, similar] of links.similar) entry(key).similar = similar;
    return out;
  }));
  return (await byPlan).get(plan) ?? new Map();
}

/**
 * The plan a page belongs to, from its route (/plans/<slug>/ and the pages under it), so an item
 * heading rendered from MDX — which receives only its id — finds its plan without shared state.
 */
export function planOfPath(pathname: string): string | null {
  return /\/plans\/([a-z0-9][a-z0-9-]*)\//.exec(pathname)?.[1] ?? null;
}

export { itemKey };

/**
 * A topic's items grouped for its pages, once per topic (its page, its year pages and the topic
 * grid read it): the plans that have some, and which years its page lists (src/listing/years.ts).
 */
export function topicItems(slug: string) {
  return once(`topic-items:${slug}`, async () => {
    const items = (await crossLinks()).itemsByTopic.get(slug) ?? [];
    const withItems = new Set(items.map((i) => i.plan));
    const plans = (await allPlans()).map((p) => p.data).filter((p) => withItems.has(p.slug));
    const itemsOf = Map.groupBy(items, (i) => i.plan);
    return { items, plans, itemsOf, byYear: yearListing(items, (i) => i.year, TOPIC_ITEMS) };
  });
}

/** Atom feed of one topic: the plans with items of the topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, models } from '../../../data/feeds.ts';
import { crossLinks, topics } from '../../../data/links.ts';
import type { Topic } from '../../../schemas/topic.ts';

export const getStaticPaths = (() => topics().map((topic) => ({ params: { slug: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { topic } = props as { topic: Topic };
  const withItems = new Set(((await crossLinks()).itemsByTopic.get(topic.slug) ?? []).map((i) => i.plan));
  return feedResponse(site, `topics/${topic.slug}/feed.xml`, `topics/${topic.slug}/`, `要点：专题“${topic.name}”`, (await models()).filter((p) => withItems.has(p.slug)));
};

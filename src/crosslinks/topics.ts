/**
 * The topic rule: an item is under a topic when its heading or text, folded to Simplified,
 * contains one of the topic's synonyms once the topic's `exclude` phrases are taken out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { topics as topicsSchema, type Topic } from '../schemas/topic.ts';
import { foldToSimplified } from '../text/script.ts';

export function loadTopics(file = join(process.cwd(), 'src/data/topics.yaml')): Topic[] {
  const list = topicsSchema.parse(parse(readFileSync(file, 'utf8')));
  const slugs = new Set<string>();
  for (const t of list) {
    if (slugs.has(t.slug)) throw new Error(`${file}: topic slug ${t.slug} is used twice — give each topic its own slug`);
    slugs.add(t.slug);
  }
  return list;
}

export type TopicMatcher = (text: string) => string[];

export function topicMatcher(topics: readonly Topic[]): TopicMatcher {
  const prepared = topics.map((t) => ({
    slug: t.slug,
    synonyms: [...new Set(t.synonyms.map(foldToSimplified))],
    exclude: t.exclude.map(foldToSimplified),
  }));
  return (text) => {
    const folded = foldToSimplified(text);
    return prepared
      .filter((t) => {
        const rest = t.exclude.reduce((s, phrase) => s.split(phrase).join('\u0000'), folded);
        return t.synonyms.some((s) => rest.includes(s));
      })
      .map((t) => t.slug);
  };
}

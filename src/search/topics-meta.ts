/**
 * Which items of a plan carry which topic, as one Pagefind metadata string: written by the
 * search document (src/search/records.ts), read by the search page. Imports nothing, so the
 * page's script carries no schema code.
 */

/** "双减=s4-11,s3-3;课后服务=s2-5". */
export function topicsMeta(itemTopics: ReadonlyMap<string, readonly string[]>): string {
  return [...itemTopics].map(([topic, ids]) => `${topic}=${ids.join(',')}`).join(';');
}

/** Anchors of a hit page that carry a topic, from the page's `topics` metadata. */
export function anchorsWithTopic(meta: string | undefined, topic: string): Set<string> {
  for (const entry of (meta ?? '').split(';')) {
    const [name, ids] = entry.split('=');
    if (name === topic) return new Set((ids ?? '').split(','));
  }
  return new Set();
}

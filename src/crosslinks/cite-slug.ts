import { citationKey } from './citations.ts';
import { pinyinSlug } from './slug.ts';

const memo = new Map<string, string>();

/** The URL slug of a cited document, from its title alone, so the emitted MDX can link to it. */
export function citedSlug(title: string): string {
  let slug = memo.get(title);
  if (slug === undefined) {
    slug = pinyinSlug(citationKey(title));
    memo.set(title, slug);
  }
  return slug;
}

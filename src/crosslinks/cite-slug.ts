import { citationKey } from './citations.ts';
import { pinyinSlug } from './slug.ts';

/** The URL slug of a cited document, from its title alone, so the emitted MDX can link to it. */
export function citedSlug(title: string): string {
  return pinyinSlug(citationKey(title));
}

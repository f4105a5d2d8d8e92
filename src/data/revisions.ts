/** A revised plan's previous version and what changed, for the plan page and its revisions page. */
import { getEntry } from 'astro:content';
import { type Alignment, align } from '../compare/align.ts';
import type { Plan } from '../schemas/plan.ts';
import { foldToSimplified } from '../text/script.ts';
import { once } from './build-cache.ts';
import { planModel } from './plans.ts';

export interface RevisionView {
  revisedOn: string | null;
  previousDate: string;
  previous: Plan;
  alignment: Alignment;
}

/** Asked by the plan page and by its revisions page: computed once. */
export function revisionOf(slug: string): Promise<RevisionView | null> {
  return once(`revision:${slug}`, async () => {
    const entry = await getEntry('history', slug);
    if (!entry) return null;
    const current = await planModel(slug);
    return { ...entry.data, alignment: align(entry.data.previous, current, { fold: foldToSimplified }) };
  });
}

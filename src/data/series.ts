/**
 * The series of the corpus (src/compare/series.ts) and the comparison of two plans, for the
 * pages: computed once per build, each compared pair once.
 */
import { getCollection } from 'astro:content';
import { type Alignment, align } from '../compare/align.ts';
import { groupSeries, type Series } from '../compare/series.ts';
import { foldToSimplified } from '../text/script.ts';
import { once } from './build-cache.ts';
import { crossLinks, topicName } from './links.ts';
import { itemCount, planModel } from './plans.ts';

export function allSeries(): Promise<Series[]> {
  return once('series', () =>
    getCollection('models').then((entries) =>
      groupSeries(entries.map(({ data: p }) => ({ slug: p.slug, title: p.meta.title, year: p.meta.year, issuer: p.meta.issuer, series: p.meta.series, items: itemCount(p) }))),
    ),
  );
}

/** The series a plan belongs to, if it has other years. */
export async function seriesOf(slug: string): Promise<Series | null> {
  const bySlug = await once('series-by-plan', async () => new Map((await allSeries()).flatMap((s) => s.plans.map((p) => [p.slug, s] as const))));
  return bySlug.get(slug) ?? null;
}

const alignments = new Map<string, Promise<Alignment>>();

/** What changed from plan `a` to plan `b`. */
export function comparison(a: string, b: string): Promise<Alignment> {
  const key = `${a}→${b}`;
  let found = alignments.get(key);
  if (!found) {
    found = Promise.all([planModel(a), planModel(b)]).then(([x, y]) => align(x, y, { fold: foldToSimplified }));
    alignments.set(key, found);
  }
  return found;
}

/** How many items of each topic every plan has, read once from the cross-links. */
function topicsByPlan(): Promise<Map<string, Map<string, number>>> {
  return once('topics-by-plan', () =>
    crossLinks().then((links) => {
      const byPlan = new Map<string, Map<string, number>>();
      for (const [key, slugs] of links.topicsByItem) {
        const plan = key.slice(0, key.indexOf('#'));
        const counts = byPlan.get(plan) ?? new Map<string, number>();
        for (const t of slugs) counts.set(t, (counts.get(t) ?? 0) + 1);
        byPlan.set(plan, counts);
      }
      return byPlan;
    }),
  );
}

/** Topics of the items of each plan of a series: how many items of each topic, year by year. */
export async function topicGrid(series: Series): Promise<{ topics: Array<{ slug: string; name: string; counts: number[] }> }> {
  const byPlan = await topicsByPlan();
  const perPlan = series.plans.map((plan) => byPlan.get(plan.slug) ?? new Map<string, number>());
  const slugs = [...new Set(perPlan.flatMap((c) => [...c.keys()]))].sort();
  return { topics: slugs.map((slug) => ({ slug, name: topicName(slug), counts: perPlan.map((c) => c.get(slug) ?? 0) })) };
}

/** Topics with items in plan `b` and none in `a` (gained), and the reverse (lost), by name. */
export async function topicChanges(a: string, b: string): Promise<{ gained: string[]; lost: string[] }> {
  const byPlan = await topicsByPlan();
  const topicsOf = (plan: string) => new Set(byPlan.get(plan)?.keys() ?? []);
  const [before, after] = [topicsOf(a), topicsOf(b)];
  const names = (slugs: string[]) => slugs.map(topicName).sort((x, y) => x.localeCompare(y, 'zh'));
  return { gained: names([...after].filter((t) => !before.has(t))), lost: names([...before].filter((t) => !after.has(t))) };
}


/**
 * Series: the plans of one issuer across the years. An issuer is one series however it is
 * printed — 教育部基础教育司 with or without 教育部 before it, spaces or none — and a renamed or
 * merged issuer is joined by the same `series:` key in each year's sidecar. Pure.
 */
import { slugFromName } from '../converter/slug.ts';

export interface SeriesPlan {
  slug: string;
  title: string;
  year: number | null;
  issuer: string | null;
  /** The sidecar's series key. */
  series?: string | undefined;
  items: number;
}

export interface Series {
  /** Address of the series page: /series/<slug>/. */
  slug: string;
  /** What the series is called: the sidecar's key, else the issuer as printed most often. */
  name: string;
  /** Oldest first; plans without a year are not in a series. */
  plans: SeriesPlan[];
}

/** A parent body printed before its department: 教育部 in 教育部基础教育司, a province's 教育厅 before its 处. */
const PARENT = /^(?:中华人民共和国)?教育部(?=\S{2,}(?:司|局|中心|办公室)$)|^\S{2,10}?(?:省|自治区|市)(?:教育厅|教育委员会|教委|教育局)(?=\S{2,}(?:处|室)$)/;

/** The series key of a plan: its sidecar's, else its issuer without spaces and without a parent body before a department. */
export function seriesKey(plan: Pick<SeriesPlan, 'issuer' | 'series'>): string | null {
  if (plan.series) return plan.series;
  if (!plan.issuer) return null;
  const name = plan.issuer.replace(/[\s\u3000]+/g, '');
  return name.replace(PARENT, '');
}

/** Every series of two or more years, each oldest first; a year printed twice keeps both plans, by slug. */
export function groupSeries(plans: readonly SeriesPlan[]): Series[] {
  const byKey = new Map<string, SeriesPlan[]>();
  for (const plan of plans) {
    const key = seriesKey(plan);
    if (!key || plan.year === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), plan]);
  }
  const used = new Set<string>();
  return [...byKey.entries()]
    .filter(([, list]) => new Set(list.map((p) => p.year)).size >= 2)
    .sort(([a], [b]) => a.localeCompare(b, 'zh'))
    .map(([key, list]) => {
      let slug = slugFromName(key);
      for (let n = 2; used.has(slug); n++) slug = `${slugFromName(key)}-${n}`;
      used.add(slug);
      // Its name: the sidecar's key, else the issuer as printed most often (the fuller form on a tie).
      const printed = new Map<string, number>();
      for (const p of list) if (p.issuer) printed.set(p.issuer.replace(/[\s\u3000]+/g, ''), (printed.get(p.issuer.replace(/[\s\u3000]+/g, '')) ?? 0) + 1);
      const name = list.some((p) => p.series) ? key : ([...printed].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? key);
      return { slug, name, plans: [...list].sort((a, b) => a.year! - b.year! || a.slug.localeCompare(b.slug)) };
    });
}

/** Consecutive plans of a series, each pair compared on its own page. */
export function consecutivePairs(series: Series): Array<[SeriesPlan, SeriesPlan]> {
  return series.plans.slice(1).map((plan, i) => [series.plans[i]!, plan]);
}

/**
 * The implementation chain: which items of lower-level plans take up an item of a national or
 * provincial plan (各地落实), and the reverse (上级部署). A lower plan is of a lower level (国家 >
 * 省级 > 市级 > 区县 > 学校), of the same or the next year, and under a provincial plan in the
 * same province as far as its names say. A link needs a reason a reader can check:
 *  - the two items cite the same document and say something alike (cosine ≥ 0.15), or
 *  - they say the same thing (cosine ≥ 0.4 over character bigrams, tf-idf over the corpus);
 * related items that do not take one another up stay below (tests/chain.test.ts). Precision
 * before recall: a wrong link misleads. Candidates come from the postings of distinctive
 * bigrams (src/crosslinks/similar.ts), never from comparing every pair. Pure.
 */
import { citationKey, findCitations } from '../crosslinks/citations.ts';
import { similarItems } from '../crosslinks/similar.ts';
import { headingText, walkPlan } from '../plan/tree.ts';
import type { Plan, PlanLevel } from '../schemas/plan.ts';

export interface ChainLink {
  plan: string;
  id: string;
  heading: string;
  planTitle: string;
  level: PlanLevel | null;
  region: string | null;
  year: number | null;
  /** Why: the document both cite, or how alike they are. */
  reason: { kind: 'citation'; document: string; score: number } | { kind: 'similar'; score: number };
}

export interface Chain {
  /** Upper item key (plan#id) → lower items that take it up. */
  down: Map<string, ChainLink[]>;
  /** Lower item key → the upper items it takes up. */
  up: Map<string, ChainLink[]>;
}

export interface ChainOptions {
  /** Cosine at or above which two items say the same thing. */
  similar: number;
  /** Cosine at or above which two items citing the same document say something alike. */
  withCitation: number;
}

export const CHAIN_DEFAULTS: ChainOptions = { similar: 0.4, withCitation: 0.15 };

const RANK: Record<PlanLevel, number> = { national: 0, provincial: 1, city: 2, district: 3, school: 4 };

/** The province a provincial plan speaks for, without its suffix: 河南 of 河南省. */
const provinceOf = (region: string | null) => region?.replace(/(?:省|自治区|市)$/, '') ?? null;

/** May `lower` take up `upper`? Lower level, same or next year, and within the province. */
export function eligible(upper: Plan['meta'], lower: Plan['meta']): boolean {
  if (!upper.level || !lower.level || upper.year === null || lower.year === null) return false;
  if (upper.level !== 'national' && upper.level !== 'provincial') return false;
  if (RANK[lower.level] <= RANK[upper.level]) return false;
  if (lower.year !== upper.year && lower.year !== upper.year + 1) return false;
  if (upper.level === 'provincial') {
    const province = provinceOf(upper.region);
    const names = `${lower.region ?? ''}${lower.issuer ?? ''}${lower.title}`;
    if (!province || !names.includes(province)) return false;
  }
  return true;
}

export function implementationChain(plans: readonly Plan[], options: Partial<ChainOptions> = {}): Chain {
  const o = { ...CHAIN_DEFAULTS, ...options };
  const byPlan = new Map(plans.map((p) => [p.slug, p]));
  const uppers = plans.filter((p) => p.meta.level === 'national' || p.meta.level === 'provincial');
  const down = new Map<string, ChainLink[]>();
  const up = new Map<string, ChainLink[]>();
  if (uppers.length === 0) return { down, up };
  const lowers = plans.filter((p) => uppers.some((u) => eligible(u.meta, p.meta)));
  if (lowers.length === 0) return { down, up };

  const items = new Map<string, { plan: Plan; id: string; heading: string; cites: Map<string, string> }>();
  const docs = [...new Set([...uppers, ...lowers])].flatMap((plan) =>
    [...walkPlan(plan)]
      .filter(({ node, kind }) => kind === 'heading' && node.number !== null && (node.paragraphs.length > 0 || node.children.length === 0))
      .map(({ node }) => {
        const text = [node.title ?? '', ...node.paragraphs].join('\n');
        const key = `${plan.slug}#${node.id}`;
        items.set(key, { plan, id: node.id, heading: headingText(node), cites: new Map(findCitations(text).map((c) => [citationKey(c.title), c.title])) });
        return { key, group: plan.slug, text };
      }),
  );
  const link = (key: string, score: number, document: string | null): ChainLink => {
    const { plan, id, heading } = items.get(key)!;
    return {
      plan: plan.slug,
      id,
      heading,
      planTitle: plan.meta.title,
      level: plan.meta.level,
      region: plan.meta.region,
      year: plan.meta.year,
      reason: document ? { kind: 'citation', document, score } : { kind: 'similar', score },
    };
  };
  for (const [key, candidates] of similarItems(docs, { limit: 24, threshold: o.withCitation, candidates: 48 })) {
    const upper = items.get(key)!;
    if (upper.plan.meta.level !== 'national' && upper.plan.meta.level !== 'provincial') continue;
    for (const c of candidates) {
      const lower = items.get(c.key)!;
      if (!eligible(upper.plan.meta, byPlan.get(lower.plan.slug)!.meta)) continue;
      const shared = [...upper.cites.keys()].find((k) => lower.cites.has(k));
      if (c.score < o.similar && !shared) continue;
      down.set(key, [...(down.get(key) ?? []), link(c.key, c.score, shared ? upper.cites.get(shared)! : null)]);
      up.set(c.key, [...(up.get(c.key) ?? []), link(key, c.score, shared ? upper.cites.get(shared)! : null)]);
    }
  }
  const order = (a: ChainLink, b: ChainLink) => RANK[a.level ?? 'school'] - RANK[b.level ?? 'school'] || (a.region ?? '').localeCompare(b.region ?? '', 'zh') || b.reason.score - a.reason.score;
  for (const list of [...down.values(), ...up.values()]) list.sort(order);
  return { down, up };
}

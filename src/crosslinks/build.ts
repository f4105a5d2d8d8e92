/**
 * The web between plans, computed once per build over the whole corpus: which items cite which
 * documents, which topics each item belongs to, the most similar items in other plans, and the
 * plans of each issuer over the years. Pure.
 */
import type { Plan, PlanNode } from '../schemas/plan.ts';
import type { Topic } from '../schemas/topic.ts';
import { citationKey, findCitations, type Citation } from './citations.ts';
import { walkPlan } from '../plan/tree.ts';
import { pinyinSlug } from './slug.ts';
import { similarItems, type SimilarOptions } from './similar.ts';
import { topicMatcher } from './topics.ts';

/** An item of a plan, as other pages point at it. */
export interface ItemRef {
  plan: string;
  id: string;
  /** The item's heading as printed: 2.切实增强中小学德育工作实效. */
  heading: string;
  planTitle: string;
  year: number | null;
}

export interface CitedDocument {
  slug: string;
  /** The title as most often printed, folded forms merged. */
  title: string;
  kind: 'title' | 'number';
  /** Every form it was printed in (Simplified, Traditional). */
  forms: string[];
  citations: Array<ItemRef & { sentence: string }>;
}

export interface CrossLinks {
  /** Slug → the cited document. */
  cited: Map<string, CitedDocument>;
  /** A citation's normalised key (citationKey) → its document's slug, for the links in the text. */
  citedSlugByKey: Map<string, string>;
  topicsByItem: Map<string, string[]>;
  itemsByTopic: Map<string, ItemRef[]>;
  similar: Map<string, Array<ItemRef & { score: number }>>;
}

export const itemKey = (plan: string, id: string) => `${plan}#${id}`;

/** Every node with the heading a reader sees over it and its text, from the one walk of the tree. */
function* items(plan: Plan): Generator<{ node: PlanNode; text: string; heading: string }> {
  for (const { node, heading } of walkPlan(plan)) yield { node, heading, text: [node.title ?? '', ...node.paragraphs].join('\n') };
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('；', start - 1), text.lastIndexOf('\n', start - 1));
  const after = [text.indexOf('。', end), text.indexOf('；', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(before + 1, after.length ? Math.min(...after) + 1 : text.length).trim();
}

type CitedDraft = CitedDocument & { counts: Map<string, number> };

/** Documents are keyed by their normalised citation (citationKey); their slugs are given at the end. */
function addCitation(cited: Map<string, CitedDraft>, c: Citation, ref: ItemRef, text: string): void {
  const key = citationKey(c.title);
  const doc: CitedDraft = cited.get(key) ?? { slug: '', title: c.title, kind: c.kind, forms: [], citations: [], counts: new Map() };
  doc.counts.set(c.title, (doc.counts.get(c.title) ?? 0) + 1);
  if (!doc.citations.some((x) => x.plan === ref.plan && x.id === ref.id)) doc.citations.push({ ...ref, sentence: sentenceAround(text, c.start, c.end) });
  cited.set(key, doc);
}

/**
 * Readable ASCII slugs (pinyin without tones) that never merge two documents and never change
 * meaning. A slug published before (recorded in the registry by `anchors:accept`) stays with its
 * document; a new document takes its pinyin, or — when another document has it (教基〔2022〕1号
 * and 教技〔2022〕1号) — the next free `-2`, `-3`…, the one first cited (earliest year, then key)
 * choosing first.
 */
export function citedSlugs(
  docs: ReadonlyMap<string, { citations: ReadonlyArray<{ year: number | null }> }>,
  published: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of docs.keys()) {
    const slug = published.get(key);
    if (slug && !taken.has(slug)) {
      slugs.set(key, slug);
      taken.add(slug);
    }
  }
  const firstYear = (key: string) => Math.min(...docs.get(key)!.citations.map((c) => c.year ?? 9999));
  const fresh = [...docs.keys()].filter((key) => !slugs.has(key)).sort((a, b) => firstYear(a) - firstYear(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of fresh) {
    const base = pinyinSlug(key);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    slugs.set(key, slug);
    taken.add(slug);
  }
  return slugs;
}

export function buildCrossLinks(plans: readonly Plan[], topics: readonly Topic[], similarOptions: Partial<SimilarOptions> = {}): CrossLinks {
  const matchTopics = topicMatcher(topics);
  const cited = new Map<string, CitedDraft>();
  const topicsByItem = new Map<string, string[]>();
  const itemsByTopic = new Map<string, ItemRef[]>(topics.map((t) => [t.slug, []]));
  const refs = new Map<string, ItemRef>();
  const docs: Array<{ key: string; group: string; text: string }> = [];

  for (const plan of plans) {
    // The preamble cites documents too; it is not an item, so it gets no topics or similar items.
    const preamble = plan.preamble.join('\n');
    for (const c of findCitations(preamble)) {
      const ref: ItemRef = { plan: plan.slug, id: 'preamble', heading: '前言', planTitle: plan.meta.title, year: plan.meta.year };
      addCitation(cited, c, ref, preamble);
    }
    for (const { node, text, heading } of items(plan)) {
      const ref: ItemRef = { plan: plan.slug, id: node.id, heading, planTitle: plan.meta.title, year: plan.meta.year };
      const key = itemKey(plan.slug, node.id);
      refs.set(key, ref);
      if (node.paragraphs.length === 0) continue;
      const found = matchTopics(text);
      if (found.length) topicsByItem.set(key, found);
      for (const t of found) itemsByTopic.get(t)!.push(ref);
      docs.push({ key, group: plan.slug, text });
      for (const c of findCitations(text)) addCitation(cited, c, ref, text);
    }
  }
  const published = new Map(plans.flatMap((p) => Object.entries(p.citedSlugs ?? {})));
  const slugs = citedSlugs(cited, published);
  for (const [key, doc] of cited) {
    const byUse = [...doc.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    doc.title = byUse[0]![0];
    doc.forms = byUse.map(([form]) => form);
    doc.slug = slugs.get(key)!;
  }

  const similar = new Map<string, Array<ItemRef & { score: number }>>();
  for (const [key, list] of similarItems(docs, similarOptions)) similar.set(key, list.map((s) => ({ ...refs.get(s.key)!, score: s.score })));

  return {
    cited: new Map([...cited.values()].map(({ counts: _counts, ...doc }) => [doc.slug, doc])),
    citedSlugByKey: slugs,
    topicsByItem,
    itemsByTopic,
    similar,
  };
}

/**
 * What changed from one plan of a series to the next, item by item. Items (numbered nodes with
 * text of their own) are aligned one to one by their text — character bigrams folded to
 * Simplified, tf-idf weighted, cosine — with the item's section as evidence; pairs are taken best
 * first. An item of the new plan left over whose words are nearly all in an item already aligned
 * was split off it, and continues it too. Each item is then:
 *  - 延续 (continued): in the same section, its text the same or reworded (a character diff);
 *  - 移动 (moved): aligned, but under another section — never shown as dropped plus new;
 *  - 新增 (added) / 未再提及 (dropped): nothing on the other side.
 * Two plans of a series are compared, never all plans with all plans: time grows with the
 * number of plans. Pure; the folding to Simplified is given (the build's dictionary, or the
 * browser's character map), so it runs in both.
 */
import { diffChars } from 'diff';
import type { Plan, PlanNode } from '../schemas/plan.ts';
import { countTerms, hanBigramKeys, type TermCounts } from '../text/bigrams.ts';

/** The numbering as printed, then the title (as src/plan/tree.ts, without its dictionary imports: this module also runs in the browser). */
const headingText = (node: PlanNode) => `${node.marker ?? ''}${node.title ?? ''}`;

export type ChangeKind = 'continued' | 'moved' | 'added' | 'dropped';

export const CHANGE_NAMES: Record<ChangeKind, string> = { continued: '延续', moved: '移动', added: '新增', dropped: '未再提及' };

export interface AlignedItem {
  id: string;
  /** The heading as printed (marker and title). */
  heading: string;
  /** The heading of its top-level section. */
  section: string;
  text: string;
}

export interface Change {
  kind: ChangeKind;
  /** The item in the earlier plan, if any. */
  before: AlignedItem | null;
  /** The item in the later plan, if any. */
  after: AlignedItem | null;
  /** Cosine similarity of the pair. */
  score: number | null;
  /** The later item was split off the earlier one, which continues in another item too. */
  split: boolean;
  /** The text differs beyond white space. */
  reworded: boolean;
  /** Character diff, earlier → later, when reworded. */
  diff: Array<{ value: string; added?: boolean; removed?: boolean }> | null;
}

export interface Alignment {
  changes: Change[];
  counts: Record<ChangeKind, number> & { reworded: number; split: number };
}

export interface AlignOptions {
  /** Folds text to Simplified, so that both scripts compare. */
  fold: (text: string) => string;
  /** Least similarity for two items to be the same item. */
  threshold: number;
  /** Least share of a left-over item's bigrams found in an aligned item for it to be split off it. */
  splitShare: number;
}

/** Tested on the fixture series (tests/compare.test.ts): rewording keeps pairs well above, different items stay below. */
export const ALIGN_DEFAULTS: Omit<AlignOptions, 'fold'> = { threshold: 0.35, splitShare: 0.7 };

/** The items of a plan: numbered nodes with words of their own, in reading order. */
export function itemsOf(plan: Plan): AlignedItem[] {
  const out: AlignedItem[] = [];
  const visit = (nodes: readonly PlanNode[], section: string | null) => {
    for (const node of nodes) {
      const own = section ?? headingText(node);
      const numbered = node.number !== null;
      const text = [node.title ?? '', ...node.paragraphs].join('');
      // A top-level section with items under it is a heading over them, not an item.
      if (numbered && text && !(section === null && node.children.length > 0)) out.push({ id: node.id, heading: headingText(node), section: own, text });
      visit(node.children, own);
    }
  };
  visit(plan.sections, null);
  return out;
}

/** An item's terms: bigram ids ascending and their counts. */
type Terms = TermCounts;

/** A sparse unit vector over term ids ascending. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

// Bigrams get integer ids once for the process, so a pair of plans is compared on typed arrays.
const termIds = new Map<number, number>();

function termsOf(text: string, fold: (s: string) => string): Terms {
  return countTerms(hanBigramKeys(fold(text)), termIds);
}

// A plan of a series is compared with the year before and the year after: its items are read once.
interface ReadPlan {
  items: AlignedItem[];
  terms: Terms[];
  /** Its sections' headings in order, and their terms (the heading without its 一、). */
  sections: string[];
  sectionTerms: Terms[];
}
const itemCache = new WeakMap<Plan, ReadPlan>();
function readPlan(plan: Plan, fold: (s: string) => string): ReadPlan {
  let found = itemCache.get(plan);
  if (!found) {
    const items = itemsOf(plan);
    const sections = [...new Set(items.map((i) => i.section))];
    found = { items, terms: items.map((i) => termsOf(i.text, fold)), sections, sectionTerms: sections.map((s) => termsOf(s.replace(/^[一二三四五六七八九十]+、/, ''), fold)) };
    itemCache.set(plan, found);
  }
  return found;
}

/** tf-idf unit vectors of texts, the idf taken over these texts. */
function vectors(terms: readonly Terms[]): Vector[] {
  const df = new Map<number, number>();
  for (const t of terms) for (const id of t.ids) df.set(id, (df.get(id) ?? 0) + 1);
  return terms.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let j = 0; j < ids.length; j++) {
      const w = (1 + Math.log(counts[j]!)) * Math.log(1 + terms.length / df.get(ids[j]!)!);
      weights[j] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < weights.length; j++) weights[j]! /= norm;
    return { ids, weights };
  });
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
    if (a.ids[x] === b.ids[y]) sum += a.weights[x++]! * b.weights[y++]!;
    else if (a.ids[x]! < b.ids[y]!) x++;
    else y++;
  }
  return sum;
}

/** Share of a's terms that b has too. */
function shareIn(a: Vector, b: Vector): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
    if (a.ids[x] === b.ids[y]) {
      shared++;
      x++;
      y++;
    } else if (a.ids[x]! < b.ids[y]!) x++;
    else y++;
  }
  return a.ids.length ? shared / a.ids.length : 0;
}

export function align(earlier: Plan, later: Plan, options: Partial<AlignOptions> & Pick<AlignOptions, 'fold'>): Alignment {
  const o = { ...ALIGN_DEFAULTS, ...options };
  const squash = (s: string) => o.fold(s).replace(/[\s\u3000]/g, '');
  const { items: before, terms: termsBefore, sections: sb, sectionTerms: stb } = readPlan(earlier, o.fold);
  const { items: after, terms: termsAfter, sections: sa, sectionTerms: sta } = readPlan(later, o.fold);
  const all = vectors([...termsBefore, ...termsAfter]);
  const vb = all.slice(0, before.length);
  const va = all.slice(before.length);

  // Sections are aligned by their headings, so "the same section" survives renumbering.
  const sv = vectors([...stb, ...sta]);
  const sectionPairs = new Map<string, string>();
  const takenSections = new Set<string>();
  const sectionScores = sb.flatMap((s, i) => sa.map((t, k) => ({ s, t, score: cosine(sv[i]!, sv[sb.length + k]!) }))).sort((x, y) => y.score - x.score);
  for (const { s, t, score } of sectionScores) {
    if (score < 0.3 || sectionPairs.has(s) || takenSections.has(t)) continue;
    sectionPairs.set(s, t);
    takenSections.add(t);
  }

  // Best pairs first; the section is evidence, so equal texts under the same section win.
  const pairs = before
    .flatMap((b, i) => after.map((a, k) => ({ i, k, score: cosine(vb[i]!, va[k]!) + (sectionPairs.get(b.section) === a.section ? 0.02 : 0) })))
    .filter((p) => p.score >= o.threshold)
    .sort((x, y) => y.score - x.score || x.i - y.i || x.k - y.k);
  const matchOfBefore = new Map<number, number>();
  const matchOfAfter = new Map<number, { i: number; score: number; split: boolean }>();
  for (const p of pairs) {
    if (matchOfBefore.has(p.i) || matchOfAfter.has(p.k)) continue;
    matchOfBefore.set(p.i, p.k);
    matchOfAfter.set(p.k, { i: p.i, score: p.score, split: false });
  }
  // An item left over in the later plan whose words are nearly all those of an aligned earlier item was split off it.
  after.forEach((_, k) => {
    if (matchOfAfter.has(k)) return;
    let best: { i: number; share: number } | null = null;
    for (const i of matchOfBefore.keys()) {
      const share = shareIn(va[k]!, vb[i]!);
      if (share >= o.splitShare && (!best || share > best.share)) best = { i, share };
    }
    if (best) matchOfAfter.set(k, { i: best.i, score: cosine(vb[best.i]!, va[k]!), split: true });
  });
  const splitSources = new Set([...matchOfAfter.values()].filter((m) => m.split).map((m) => m.i));

  const change = (b: AlignedItem | null, a: AlignedItem | null, score: number | null, split: boolean): Change => {
    if (!b) return { kind: 'added', before: null, after: a, score: null, split: false, reworded: false, diff: null };
    if (!a) return { kind: 'dropped', before: b, after: null, score: null, split: false, reworded: false, diff: null };
    const moved = sectionPairs.get(b.section) !== a.section;
    const reworded = squash(b.text) !== squash(a.text);
    return {
      kind: moved ? 'moved' : 'continued',
      before: b,
      after: a,
      score: score === null ? null : Math.round(Math.min(1, score) * 1000) / 1000,
      split,
      reworded,
      diff: reworded ? diffChars(b.text, a.text).map(({ value, added, removed }) => ({ value, ...(added ? { added } : {}), ...(removed ? { removed } : {}) })) : null,
    };
  };

  // In the later plan's order, each dropped item placed before the first later item that follows it.
  const changes: Change[] = [];
  const dropped = before.map((b, i) => ({ b, i })).filter(({ i }) => !matchOfBefore.has(i));
  let nextDropped = 0;
  after.forEach((a, k) => {
    const m = matchOfAfter.get(k);
    while (nextDropped < dropped.length && m && !m.split && dropped[nextDropped]!.i < m.i) changes.push(change(dropped[nextDropped++]!.b, null, null, false));
    if (!m) changes.push(change(null, a, null, false));
    else {
      const c = change(before[m.i]!, a, m.score, m.split || splitSources.has(m.i));
      // A part split off an item is shown as its own text: a diff against the whole item would strike most of it.
      if (m.split) c.diff = null;
      changes.push(c);
    }
  });
  while (nextDropped < dropped.length) changes.push(change(dropped[nextDropped++]!.b, null, null, false));

  const counts = { continued: 0, moved: 0, added: 0, dropped: 0, reworded: 0, split: 0 };
  for (const c of changes) {
    counts[c.kind]++;
    if (c.reworded) counts.reworded++;
    if (c.split && c.after && matchOfAfter.get(after.indexOf(c.after))?.split) counts.split++;
  }
  return { changes, counts };
}

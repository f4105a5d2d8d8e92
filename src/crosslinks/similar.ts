/**
 * Similar items across plans: character bigrams of the text folded to Simplified, weighted by
 * tf-idf, compared by cosine. Near-linear: each item probes the postings of its most
 * distinctive bigrams (a bounded number of postings per bigram), accumulates partial scores in
 * a typed array, then scores its few best candidates exactly. Items of the same plan are never
 * similar to each other.
 */
import { countTerms, hanBigramKeys } from '../text/bigrams.ts';
import { foldToSimplified } from '../text/script.ts';

export interface SimilarDoc {
  key: string;
  /** Documents of one group (one plan) are not compared. */
  group: string;
  text: string;
}

export interface SimilarOptions {
  /** Results per item. */
  limit: number;
  /** Minimum cosine similarity to show an item at all. */
  threshold: number;
  /** Distinctive bigrams probed per item. */
  probes: number;
  /** Postings read per probed bigram, so a bigram shared by thousands of items costs no more. */
  scan: number;
  /** Candidates scored exactly per item. */
  candidates: number;
}

export const SIMILAR_DEFAULTS: SimilarOptions = { limit: 3, threshold: 0.12, probes: 16, scan: 96, candidates: 12 };

/** A sparse unit vector: term ids ascending, and their weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

export function bigrams(text: string): number[] {
  return hanBigramKeys(foldToSimplified(text));
}

export function similarItems(docs: readonly SimilarDoc[], options: Partial<SimilarOptions> = {}): Map<string, Array<{ key: string; score: number }>> {
  const o = { ...SIMILAR_DEFAULTS, ...options };
  const termIds = new Map<number, number>();
  const terms = docs.map((d) => countTerms(bigrams(d.text), termIds));
  const df = new Uint32Array(termIds.size);
  for (const { ids } of terms) for (const id of ids) df[id]!++;
  const n = docs.length;
  const vectors: Vector[] = terms.map(({ ids, counts }) => {
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const w = (1 + Math.log(counts[i]!)) * Math.log(1 + n / df[id]!);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });

  // Postings per term, in document order.
  const postings: number[][] = Array.from({ length: termIds.size }, () => []);
  vectors.forEach((v, doc) => {
    for (const id of v.ids) postings[id]!.push(doc);
  });
  const groupIds = new Map<string, number>();
  const groups = Int32Array.from(docs, (d) => {
    if (!groupIds.has(d.group)) groupIds.set(d.group, groupIds.size);
    return groupIds.get(d.group)!;
  });

  const partial = new Float64Array(n);
  const result = new Map<string, Array<{ key: string; score: number }>>();
  for (let doc = 0; doc < n; doc++) {
    const v = vectors[doc]!;
    const order = heaviestShared(v, df, o.probes);
    const touched: number[] = [];
    for (const i of order) {
      const list = postings[v.ids[i]!]!;
      // Start the bounded scan at this document's own place in the list, so documents that
      // share a common bigram look at different neighbours rather than all at the first few.
      const at = Math.max(0, lowerBound(list, doc) - (o.scan >> 1));
      for (let k = at; k < Math.min(list.length, at + o.scan); k++) {
        const other = list[k]!;
        if (other === doc || groups[other] === groups[doc]) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other]! += v.weights[i]!;
      }
    }
    // The candidates of highest partial score (ties: lower index), scored exactly below.
    const best = firstK(touched, o.candidates, (a, b) => partial[a]! > partial[b]! || (partial[a] === partial[b] && a < b));
    for (const t of touched) partial[t] = 0;
    const scored = best
      .map((other) => ({ other, score: dot(v, vectors[other]!) }))
      .filter((c) => c.score >= o.threshold)
      .sort((a, b) => b.score - a.score || docs[a.other]!.key.localeCompare(docs[b.other]!.key))
      .slice(0, o.limit);
    if (scored.length) result.set(docs[doc]!.key, scored.map((c) => ({ key: docs[c.other]!.key, score: Math.round(c.score * 1000) / 1000 })));
  }
  return result;
}

/**
 * The first `k` of `items` in the order `before` gives, in that order — as a stable sort then a
 * slice would give them, in one pass instead of a sort of them all.
 */
function firstK(items: Iterable<number>, k: number, before: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  for (const item of items) {
    if (best.length === k && !before(item, best[k - 1]!)) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(item, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = item;
  }
  return best;
}

/** Positions of a vector's `k` heaviest terms that another document has too, heaviest first. */
function heaviestShared(v: Vector, df: Uint32Array, k: number): number[] {
  const shared: number[] = [];
  for (let i = 0; i < v.ids.length; i++) if (df[v.ids[i]!]! > 1) shared.push(i);
  return firstK(shared, k, (a, b) => v.weights[a]! > v.weights[b]!);
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Cosine of two unit vectors: a merge of their sorted term ids. */
function dot(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

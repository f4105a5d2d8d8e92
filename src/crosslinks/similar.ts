/**
 * Similar items across plans: character bigrams of the text folded to Simplified, weighted by
 * tf-idf, compared by cosine. Near-linear: each item looks only at the postings of its most
 * distinctive bigrams (bigrams common to many items are skipped), then scores the few
 * candidates exactly. Items of the same plan are never similar to each other.
 */
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
  /** Distinctive bigrams looked up per item. */
  probes: number;
  /** Bigrams in more items than this are too common to find candidates with. */
  maxPostings: number;
  /** Candidates scored exactly per item. */
  candidates: number;
}

export const SIMILAR_DEFAULTS: SimilarOptions = { limit: 3, threshold: 0.12, probes: 24, maxPostings: 400, candidates: 30 };

type Vector = Map<number, number>;

export function bigrams(text: string): string[] {
  const han = foldToSimplified(text).replace(/[^\u3400-\u9fff]+/g, '|');
  const out: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) if (han[i] !== '|' && han[i + 1] !== '|') out.push(han.slice(i, i + 2));
  return out;
}

export function similarItems(docs: readonly SimilarDoc[], options: Partial<SimilarOptions> = {}): Map<string, Array<{ key: string; score: number }>> {
  const o = { ...SIMILAR_DEFAULTS, ...options };
  const ids = new Map<string, number>();
  const counts = docs.map((d) => {
    const tf = new Map<number, number>();
    for (const g of bigrams(d.text)) {
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Uint32Array(ids.size);
  for (const tf of counts) for (const id of tf.keys()) df[id]!++;
  const n = docs.length;
  const vectors: Vector[] = counts.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [id, c] of tf) {
      const w = (1 + Math.log(c)) * Math.log(1 + n / df[id]!);
      v.set(id, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [id, w] of v) v.set(id, w / norm);
    return v;
  });
  const postings = new Map<number, number[]>();
  vectors.forEach((v, doc) => {
    for (const id of v.keys()) {
      if (df[id]! > o.maxPostings) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(doc);
    }
  });
  const result = new Map<string, Array<{ key: string; score: number }>>();
  vectors.forEach((v, doc) => {
    const probes = [...v].filter(([id]) => df[id]! > 1 && df[id]! <= o.maxPostings).sort((a, b) => b[1] - a[1]).slice(0, o.probes);
    const partial = new Map<number, number>();
    for (const [id, w] of probes) {
      for (const other of postings.get(id) ?? []) {
        if (other === doc || docs[other]!.group === docs[doc]!.group) continue;
        partial.set(other, (partial.get(other) ?? 0) + w * vectors[other]!.get(id)!);
      }
    }
    const scored = [...partial]
      .sort((a, b) => b[1] - a[1])
      .slice(0, o.candidates)
      .map(([other]) => ({ other, score: cosine(v, vectors[other]!) }))
      .filter((c) => c.score >= o.threshold)
      .sort((a, b) => b.score - a.score || docs[a.other]!.key.localeCompare(docs[b.other]!.key))
      .slice(0, o.limit);
    if (scored.length) result.set(docs[doc]!.key, scored.map((c) => ({ key: docs[c.other]!.key, score: Math.round(c.score * 1000) / 1000 })));
  });
  return result;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [id, w] of small) {
    const x = large.get(id);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}

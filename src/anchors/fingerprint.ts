/**
 * Fingerprints of items, to recognise an item after a revision renumbered, moved or retouched it:
 * its numbering path, its title, and a bottom-k sketch of the character 3-grams of its text
 * (folded to Simplified), whose overlap estimates the Jaccard similarity of two texts.
 */
import type { PlanNode } from '../schemas/plan.ts';
import type { Fingerprint } from '../schemas/registry.ts';
import { foldToSimplified } from '../text/script.ts';

const K = 16;
const MAX_TEXT = 1200;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function sketch(text: string): string[] {
  const t = foldToSimplified(text).replace(/[\s\p{P}]/gu, '').slice(0, MAX_TEXT);
  const hashes = new Set<number>();
  for (let i = 0; i + 3 <= t.length; i++) hashes.add(fnv1a(t.slice(i, i + 3)));
  if (t.length > 0 && t.length < 3) hashes.add(fnv1a(t));
  return [...hashes].sort((a, b) => a - b).slice(0, K).map((h) => h.toString(16).padStart(8, '0'));
}

export function fingerprintOf(node: PlanNode, path: string): Fingerprint {
  return { path, title: node.title ?? '', sketch: sketch(`${node.title ?? ''}${node.paragraphs.join('')}`) };
}

/** Estimated Jaccard similarity of two sketched texts. */
export function sketchSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort().slice(0, Math.max(a.length, b.length));
  return union.filter((h) => inA.has(h) && inB.has(h)).length / union.length;
}

function bigramSet(text: string): Set<string> {
  const t = foldToSimplified(text).replace(/[\s\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= t.length; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  return out;
}

/** Dice coefficient of the titles' character bigrams. */
export function titleSimilarity(a: string, b: string): number {
  if (!a && !b) return 0;
  if (a === b) return 1;
  const x = bigramSet(a);
  const y = bigramSet(b);
  if (x.size + y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** How likely the registered fingerprint and the current item are the same item, 0–1. */
export function matchScore(registered: Fingerprint, current: Fingerprint): number {
  const text = sketchSimilarity(registered.sketch, current.sketch);
  const title = registered.title || current.title ? titleSimilarity(registered.title, current.title) : text;
  return 0.5 * text + 0.4 * title + 0.1 * (registered.path === current.path ? 1 : 0);
}

/**
 * What the search page sends to Pagefind for what a reader typed. Pure, shared by the page
 * and the tests.
 *  - Fold to Simplified, as the index is (雙減 → 双减).
 *  - Chinese is cut into words as the index was (src/search/segment.ts); a term of several
 *    words becomes a phrase, so 双减 (双 减) does not also find 双职工…减轻. A one-word term stays
 *    unquoted: Pagefind matches it as a prefix, and a word that begins with it holds it.
 */
import { wordsOf } from './segment.ts';

export function foldWith(map: ReadonlyMap<string, string>, text: string): string {
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The query's terms, folded: what every hit must contain. */
export function queryTerms(input: string, fold: (s: string) => string): string[] {
  return fold(input.normalize('NFKC')).trim().replace(/["“”]/g, '').split(/\s+/).filter(Boolean);
}

/** A term as Pagefind's words: Chinese cut into words, several words as one phrase. */
function asWords(term: string, quoted: boolean): string {
  if (!HAN.test(term)) return term;
  const words = wordsOf(term);
  return quoted && words.length > 1 ? `"${words.join(' ')}"` : words.join(' ');
}

/** Chinese terms as exact phrases of their words; other terms as they are. */
export function pagefindQuery(input: string, fold: (s: string) => string): string {
  return queryTerms(input, fold)
    .map((t) => asWords(t, true))
    .join(' ');
}

/** The same words unquoted, for when a phrase starts or ends inside an indexed word. */
export function looseQuery(input: string, fold: (s: string) => string): string {
  return queryTerms(input, fold)
    .map((t) => asWords(t, false))
    .join(' ');
}

/** Whether a hit's own text really holds every term (folded, case-insensitive). */
export function holdsTerms(text: string, terms: readonly string[], fold: (s: string) => string): boolean {
  const folded = fold(text).toLowerCase();
  return terms.every((t) => folded.includes(t.toLowerCase()));
}

/**
 * The fold map the browser is sent (/search/fold.json): two aligned strings, Traditional and
 * Simplified. Given the characters the index holds, only the pairs whose Simplified side is among
 * them: a query character that folds to anything else cannot match, nor can it be in a plan's
 * text to be folded for an excerpt or a comparison, so the smaller map folds alike where it matters.
 */
export function foldMapFile(pairs: Iterable<readonly [string, string]>, indexed?: ReadonlySet<string>): [string, string] {
  const kept = [...pairs].filter(([, simplified]) => !indexed || indexed.has(simplified));
  return [kept.map(([t]) => t).join(''), kept.map(([, s]) => s).join('')];
}

/** The fold map from /search/fold.json: two aligned strings. */
export function foldMap([traditional, simplified]: [string, string]): Map<string, string> {
  const a = [...traditional];
  const b = [...simplified];
  return new Map(a.map((c, i) => [c, b[i]!]));
}

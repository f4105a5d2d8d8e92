/**
 * What the search page sends to Pagefind for what a reader typed. Pure, shared by the page
 * and the tests.
 *  - Fold to Simplified, as the index is (雙減 → 双减).
 *  - A run of Chinese becomes a phrase: Pagefind splits words it does not know into single
 *    characters that prefix-match, so an unquoted 双减 would also find 双职工…减轻.
 */
export function foldWith(map: ReadonlyMap<string, string>, text: string): string {
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

const HAN_RUN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/** The query's terms, folded: what every hit must contain. */
export function queryTerms(input: string, fold: (s: string) => string): string[] {
  return fold(input.normalize('NFKC')).trim().replace(/["“”]/g, '').split(/\s+/).filter(Boolean);
}

/** Chinese terms as exact phrases; other terms as they are. */
export function pagefindQuery(input: string, fold: (s: string) => string): string {
  return queryTerms(input, fold)
    .map((t) => (HAN_RUN.test(t) ? `"${t}"` : t))
    .join(' ');
}

/** The same terms unquoted, for when Pagefind's segmentation of a long phrase misses. */
export function looseQuery(input: string, fold: (s: string) => string): string {
  return queryTerms(input, fold).join(' ');
}

/** Whether a hit's own text really holds every term (folded, case-insensitive). */
export function holdsTerms(text: string, terms: readonly string[], fold: (s: string) => string): boolean {
  const folded = fold(text).toLowerCase();
  return terms.every((t) => folded.includes(t.toLowerCase()));
}

/** The fold map from /search/fold.json: two aligned strings. */
export function foldMap([traditional, simplified]: [string, string]): Map<string, string> {
  const a = [...traditional];
  const b = [...simplified];
  return new Map(a.map((c, i) => [c, b[i]!]));
}

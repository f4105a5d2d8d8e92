/** Character bigrams of the Han runs of a text already folded to one script. Pure, no dictionary. */

const FIRST = 0x3400;
const LAST = 0x9fff;
const SPAN = LAST - FIRST + 1;

/**
 * The bigrams as numbers (first × 27,648 + second, both counted from U+3400): what the
 * similarity and alignment indexes key their terms by, with no string made per bigram.
 */
export function hanBigramKeys(folded: string): number[] {
  const out: number[] = [];
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i) - FIRST;
    if (code >= 0 && code < SPAN) {
      if (previous >= 0) out.push(previous * SPAN + code);
      previous = code;
    } else previous = -1;
  }
  return out;
}

/** Terms of a text as a sorted sparse vector: term ids ascending and how often each occurs. */
export interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
}

/**
 * Count a text's bigram keys under ids given in order of first sight (`termIds`, shared by every
 * text of one index, grows as new bigrams appear), without a map per text.
 */
export function countTerms(keys: readonly number[], termIds: Map<number, number>): TermCounts {
  const all = new Int32Array(keys.length);
  keys.forEach((key, i) => {
    let id = termIds.get(key);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(key, id);
    }
    all[i] = id;
  });
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const counts = new Float64Array(distinct);
  let at = -1;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) ids[++at] = all[i]!;
    counts[at]!++;
  }
  return { ids, counts };
}

/**
 * Chinese words for search, cut by one segmenter on both sides: the index is written with its
 * words apart, and the search page cuts a query the same way. Both use Intl.Segmenter (ICU's
 * dictionary, in Node and in every current browser), so a word the index holds is the word a
 * query asks for. Pagefind's own Chinese segmenter (jieba) is not used: it cut words otherwise
 * than the browser does, and it was most of the indexing time.
 */

/**
 * What stands between two words in the indexed text: SIX-PER-EM SPACE, whitespace to Pagefind,
 * which ends a word there, and never printed by a plan (the document's own are made plain spaces).
 */
export const WORD_GAP = '\u2006';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The text with a WORD_GAP between every two adjacent words or marks (Pagefind, told the text is
 * not Chinese, ends its words only at whitespace, so “双减” would be one word with its quotes).
 */
export function spacedWords(text: string): string {
  let out = '';
  let before = false;
  for (const { segment } of segmenter.segment(text.replaceAll(WORD_GAP, ' '))) {
    const blank = /^\s+$/.test(segment);
    if (before && !blank) out += WORD_GAP;
    out += segment;
    before = !blank;
  }
  return out;
}

/** The words of a query term, in order: 课后服务 → 课后 服务. */
export function wordsOf(term: string): string[] {
  return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Text as a reader should see it again. Pagefind returns an excerpt's words joined by plain
 * spaces, so a space beside a Chinese character or mark is taken out, unless a Latin letter or a
 * digit stands on its other side (12 个学科).
 */
export function withoutGaps(text: string): string {
  const chars = [...text.replaceAll(WORD_GAP, ' ')];
  let out = '';
  chars.forEach((c, i) => {
    if (c === ' ') {
      const [a, b] = [chars[i - 1] ?? '', chars[i + 1] ?? ''];
      if ((CJK.test(a) || CJK.test(b)) && !LATIN_OR_DIGIT.test(a) && !LATIN_OR_DIGIT.test(b)) return;
    }
    out += c;
  });
  return out;
}

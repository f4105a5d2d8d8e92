import { describe, expect, test } from 'vitest';
import { countTerms, hanBigramKeys } from '../src/text/bigrams.ts';
import { foldToSimplified } from '../src/text/script.ts';

/** The keys read back as text: first × 27,648 + second, both from U+3400. */
const hanBigrams = (text: string) => hanBigramKeys(text).map((k) => String.fromCharCode(0x3400 + Math.floor(k / 27648), 0x3400 + (k % 27648)));

describe('character bigrams, the terms of similar items and of the year-to-year aligner', () => {
  test('pairs of Han characters, never across a mark, a digit or a Latin letter', () => {
    expect(hanBigrams('课后服务')).toEqual(['课后', '后服', '服务']);
    expect(hanBigrams('“双减”，12个ipv6学科')).toEqual(['双减', '学科']);
    expect(hanBigrams('㐀䶵一龥')).toEqual(['㐀䶵', '䶵一', '一龥']);
    expect(hanBigramKeys('双减双减')).toHaveLength(3);
  });

  test('counts under ids given in order of first sight, ids ascending', () => {
    const ids = new Map<number, number>();
    const first = countTerms(hanBigramKeys('双减双减'), ids);
    expect([...first.ids]).toEqual([0, 1]);
    expect([...first.counts]).toEqual([2, 1]);
    const second = countTerms(hanBigramKeys('减双'), ids);
    expect([...second.ids]).toEqual([1]);
    expect(countTerms([], ids)).toEqual({ ids: new Int32Array(0), counts: new Float64Array(0) });
  });

  test('folding is one character for one and leaves everything else as it is', () => {
    expect(foldToSimplified('以“雙減”撬動教育教學，12個𠀀')).toBe('以“双减”撬动教育教学，12个𠀀');
    const plain = '教育部基础教育司';
    expect(foldToSimplified(plain)).toBe(plain);
  });
});

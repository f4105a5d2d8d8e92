import { describe, expect, test } from 'vitest';
import { holdsTerms, looseQuery, pagefindQuery, queryTerms } from '../src/search/query.ts';
import { foldToSimplified } from '../src/text/script.ts';
import { searchRecords } from '../src/search/records.ts';
import { convertSeed } from './helpers.ts';

describe('what the search page sends to Pagefind', () => {
  test.each([
    ['双减', '"双减"'],
    ['雙減', '"双减"'],
    ['課后服務', '"课后服务"'],
    ['  控辍保学  学籍 ', '"控辍保学" "学籍"'],
    ['“双减”', '"双减"'],
    ['ipv6 双减', 'ipv6 "双减"'],
    ['ＡＢＣ', 'ABC'],
  ])('%s → %s', (input, query) => expect(pagefindQuery(input, foldToSimplified)).toBe(query));

  test('the loose query drops the quotes', () => expect(looseQuery('中小学德育工作指南', foldToSimplified)).toBe('中小学德育工作指南'));

  test('a hit must hold every term, folded', () => {
    const terms = queryTerms('雙減', foldToSimplified);
    expect(holdsTerms('以“雙減”撬動', terms, foldToSimplified)).toBe(true);
    expect(holdsTerms('双职工家庭减轻负担', terms, foldToSimplified)).toBe(false);
  });
});

describe('search records', () => {
  test('one record per item, linking to its anchor, folded to Simplified, with filters', () => {
    const records = searchRecords(convertSeed('2022-moe-reform-zones-article'), '/yaodian/');
    const item = records.find((r) => r.url === '/yaodian/plans/2022-moe-reform-zones-article/#s3-3')!;
    expect(item.meta.title).toBe('(三)以“雙減”撬動教育教學整體變革');
    expect(item.content).toContain('以“双减”撬动教育教学整体变革');
    expect(item.filters).toEqual({ 年份: ['2022'] });
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });
});

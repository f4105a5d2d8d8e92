import { describe, expect, test } from 'vitest';
import { holdsTerms, looseQuery, pagefindQuery, queryTerms } from '../src/search/query.ts';
import { foldToSimplified } from '../src/text/script.ts';
import { anchorsWithTopic, searchDocument } from '../src/search/records.ts';
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

describe('the search document of a plan', () => {
  test('every item a heading with its anchor, text folded to Simplified, topics per item', () => {
    const doc = searchDocument(convertSeed('2022-moe-reform-zones-article'), (node) => (node.id === 's3-3' ? ['双减'] : []));
    expect(doc.path).toBe('plans/2022-moe-reform-zones-article/');
    expect(doc.html).toContain('<h2 id="s3-3">(三)以“雙減”撬動教育教學整體變革</h2><p>(三)以“双减”撬动教育教学整体变革');
    expect(doc.html).toContain('<span data-pagefind-filter="年份">2022</span>');
    expect(doc.html).toContain('<span data-pagefind-filter="专题">双减</span>');
    expect(anchorsWithTopic('双减=s3-3,s2-2;课后服务=s2-2', '双减')).toEqual(new Set(['s3-3', 's2-2']));
    const ids = [...doc.html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

import { describe, expect, test } from 'vitest';
import * as OpenCC from 'opencc-js';
import { foldMap, foldMapFile, foldWith, holdsTerms, looseQuery, pagefindQuery, queryTerms } from '../src/search/query.ts';
import { foldToSimplified, scriptTables } from '../src/text/script.ts';
import { searchDocument } from '../src/search/records.ts';
import { anchorsWithTopic } from '../src/search/topics-meta.ts';
import { ownScriptReader, plainText } from '../src/search/results.ts';
import { spacedWords, WORD_GAP, withoutGaps } from '../src/search/segment.ts';
import { convertSeed } from './helpers.ts';

describe('the fold map the browser is sent', () => {
  const printed = OpenCC.Converter({ from: 'cn', to: 't' })(convertSeed('2022-moe-basic-education').sections.map((s) => s.title).join('\n'));
  const indexed = new Set(foldToSimplified(printed));
  const [traditional, simplified] = foldMapFile(scriptTables().toSimplified, indexed);
  const sent = foldMap([traditional, simplified]);

  test('is smaller than the whole map when the index holds only some characters', () => {
    expect(sent.size).toBeGreaterThan(0);
    expect(sent.size).toBeLessThan(scriptTables().toSimplified.size / 4);
    expect(foldMapFile(scriptTables().toSimplified)[0]).toHaveLength(scriptTables().toSimplified.size);
  });
  test('folds a plan in the index exactly as the whole map does', () => {
    expect(printed).not.toBe(foldToSimplified(printed));
    expect(foldWith(sent, printed)).toBe(foldToSimplified(printed));
  });
  test('leaves out only characters no indexed text can match', () => {
    // 鐘 folds to 钟, which the index does not hold: a query with it finds nothing either way.
    expect(indexed.has('钟')).toBe(false);
    expect(sent.has('鐘')).toBe(false);
  });
});

describe('what the search page sends to Pagefind', () => {
  test.each([
    ['双减', '"双 减"'],
    ['雙減', '"双 减"'],
    ['課后服務', '"课 后 服务"'],
    ['  控辍保学  学籍 ', '"控 辍 保 学" 学籍'],
    ['“双减”', '"双 减"'],
    ['ipv6 双减', 'ipv6 "双 减"'],
    ['ＡＢＣ', 'ABC'],
    ['教育', '教育'],
  ])('%s → %s', (input, query) => expect(pagefindQuery(input, foldToSimplified)).toBe(query));

  test('the loose query drops the quotes', () => expect(looseQuery('中小学德育工作指南', foldToSimplified)).toBe('中 小学 德育 工作 指南'));

  test('a query is cut into the words the index holds for the same text', () => {
    for (const phrase of ['课后服务', '控辍保学', '中小学德育工作指南', '双减']) {
      const indexed = spacedWords(`提高${phrase}水平`).split(WORD_GAP);
      const asked = pagefindQuery(phrase, foldToSimplified).replace(/"/g, '').split(' ');
      expect(indexed.join(' ')).toContain(asked.join(' '));
    }
  });

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
    expect(doc.html).toContain(`<h2 id="s3-3">(三)以“雙減”撬動教育教學整體變革</h2><p>${['(', '三', ')', '以', '“', '双', '减', '”', '撬动', '教育', '教学', '整体', '变革'].join(WORD_GAP)}`);
    expect(doc.html).toContain('<span data-pagefind-filter="年份">2022</span>');
    expect(doc.html).toContain('<span data-pagefind-filter="专题">双减</span>');
    expect(anchorsWithTopic('双减=s3-3,s2-2;课后服务=s2-2', '双减')).toEqual(new Set(['s3-3', 's2-2']));
    const ids = [...doc.html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('words apart in the index, together on the screen', () => {
  test('an excerpt as Pagefind returns it reads as the plan prints it', () => {
    const printed = '(三)以“双减”撬动教育教学整体变革，落实 12 个学科，推进IPv6建设。';
    const excerpt = spacedWords(printed).replaceAll(WORD_GAP, ' ');
    expect(excerpt).toContain('撬动 教育 教学');
    expect(withoutGaps(excerpt)).toBe('(三)以“双减”撬动教育教学整体变革，落实 12 个学科，推进 IPv6 建设。');
    expect(plainText('以 “ <mark>双</mark> <mark>减</mark> ” 撬动')).toBe('以“双减”撬动');
  });

  test('a Traditional plan shows its excerpt in its own script', () => {
    const printed = '(三)以“雙減”撬動教育教學整體變革\n“雙減”是黨中央部署的重大政治任務';
    const inOwnScript = ownScriptReader(printed, foldToSimplified);
    expect(inOwnScript('“双减”是党中央部署')).toBe('“雙減”是黨中央部署');
    expect(inOwnScript('撬动教育教学整体变革 “双减”')).toBe('撬動教育教學整體變革\n“雙減”');
    expect(inOwnScript('不在其中')).toBe('不在其中');
  });

  test('a Traditional plan carries its printed text; a Simplified one does not', () => {
    const hant = searchDocument(convertSeed('2022-moe-reform-zones-article'));
    expect(hant.html).toMatch(/data-pagefind-meta="text">[^<]*以“雙減”撬動教育教學整體變革/);
    const hans = searchDocument(convertSeed('2022-moe-basic-education'));
    expect(hans.html).not.toContain('data-pagefind-meta="text"');
  });
});

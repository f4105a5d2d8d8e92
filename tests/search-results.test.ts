/**
 * The search page's logic, without a browser: URL state, which items count as hits, excerpts,
 * counts, and the HTML it writes (escaped, quotes included).
 */
import { describe, expect, test } from 'vitest';
import { countFilters, filtersHtml, itemHits, itemsOfPage, plainText, type ResultPage, moreLabel, resultsHtml, snippet, stateFromSearch, statusLine, urlOf, withoutHeading } from '../src/search/results.ts';
import { foldToSimplified } from '../src/text/script.ts';

const fold = foldToSimplified;
const page = (slug: string, title: string, subs: Array<[string, string]>, topics = ''): ResultPage => ({
  url: `/plans/${slug}/`,
  meta: { title, lang: 'zh-Hans', topics },
  filters: { 年份: ['2022'], 层级: ['国家'] },
  sub_results: subs.map(([id, excerpt]) => ({ title: id, url: `/plans/${slug}/#${id}`, excerpt })),
});

describe('URL state', () => {
  test('query and filters read back from the URL they make, in order', () => {
    const state = { q: '双减 课后', filters: { 年份: ['2022', '2021'], 专题: ['双减'] } };
    const url = urlOf('/search/', state);
    expect(url).toBe('/search/?q=%E5%8F%8C%E5%87%8F+%E8%AF%BE%E5%90%8E&%E5%B9%B4%E4%BB%BD=2022&%E5%B9%B4%E4%BB%BD=2021&%E4%B8%93%E9%A2%98=%E5%8F%8C%E5%87%8F');
    expect(stateFromSearch(url.slice('/search/'.length))).toEqual(state);
  });
  test('an empty state is the bare path; unknown parameters are ignored', () => {
    expect(urlOf('/yaodian/search/', { q: '', filters: {} })).toBe('/yaodian/search/');
    expect(stateFromSearch('?q=x&utm_source=y')).toEqual({ q: 'x', filters: {} });
  });
});

describe('items from the plan text Pagefind returns', () => {
  // A fragment as Pagefind writes it: the indexed words joined by spaces, each anchor at the word it starts.
  const content = '前言. 前言 全面 落实 “ 双 减 ” 。 一、总体要求. 一 、 总体 要求 1.<script>提醒</script>. 1 . <script> 落实 双 减 </script>';
  const words = content.split(' ');
  const fragment: ResultPage = {
    url: '/plans/x/',
    meta: { title: '某计划', lang: 'zh-Hans' },
    filters: {},
    sub_results: [],
    content,
    anchors: [
      { id: 's1', text: '一、总体要求', location: words.indexOf('一、总体要求.') },
      { id: 'preamble', text: '前言', location: 0 },
      { id: 's1-1', text: '1.<script>提醒</script>', location: words.indexOf('1.<script>提醒</script>.') },
    ],
  };
  test('each anchor is an item: its heading and its words up to the next anchor, in reading order', () => {
    expect(itemsOfPage(fragment).map((i) => [i.id, i.url, i.text])).toEqual([
      ['preamble', '/plans/x/#preamble', '前言.前言全面落实“双减”。'],
      ['s1', '/plans/x/#s1', '一、总体要求.一、总体要求'],
      ['s1-1', '/plans/x/#s1-1', '1.<script>提醒</script>. 1 . <script>落实双减</script>'],
    ]);
  });
  test('every item holding the phrase is a hit, its text escaped, never read as markup', () => {
    const hits = itemHits([fragment], ['双减'], fold, undefined);
    expect(hits.map((h) => h.url)).toEqual(['/plans/x/#preamble', '/plans/x/#s1-1']);
    expect(hits[1]!.excerpt).toContain('&#60;script&#62;落实<mark>双减</mark>');
  });
});

describe('hits', () => {
  const pages = [
    page('a', '甲计划', [
      ['s1-1', '推进<mark>双减</mark>工作'],
      ['s1-2', '双职工家庭<mark>减</mark>轻负担'],
      ['top', '没有锚点的结果'],
    ], '双减=s1-1'),
    page('b', '乙計劃', [['s2-3', '落實“雙減”政策']]),
  ];
  test('an item is a hit only when its own text holds every term, in either script', () => {
    expect(itemHits(pages, ['双减'], fold, undefined).map((h) => h.url)).toEqual(['/plans/a/#s1-1', '/plans/b/#s2-3']);
  });
  test('a topic filter keeps the items that carry the topic', () => {
    expect(itemHits(pages, ['双减'], fold, ['双减']).map((h) => h.url)).toEqual(['/plans/a/#s1-1']);
  });
  test('filter counts count each plan once', () => {
    const hits = itemHits([page('a', '甲', [['x', '双减一'], ['y', '双减二']]), page('b', '乙', [['z', '双减三']])], ['双减'], fold, undefined);
    expect(countFilters(hits)).toEqual({ 年份: { 2022: 2 }, 层级: { 国家: 2 } });
  });
  test('an excerpt does not repeat the heading shown above it', () => {
    const plan = page('c', '丙计划', [['s5', '5.提高课后服务水平. 5.提高 课后 服务 水平 在 坚持 做好 <mark>课后</mark> <mark>服务</mark> 的 基础 上']]);
    plan.sub_results[0]!.title = '5.提高课后服务水平';
    const [hit] = itemHits([plan], ['课后服务'], fold, undefined);
    expect(hit!.title).toBe('5.提高课后服务水平');
    expect(hit!.excerpt).toBe('在坚持做好<mark>课后服务</mark>的基础上');
    expect(withoutHeading('二、巩固提高学校双减水平. 二、巩固提高学校双减水平', '二、巩固提高学校双减水平', fold)).toBe('');
  });
  test('excerpts mark every term, keep the plan\'s own script and escape the rest', () => {
    expect(snippet('<b>落實“雙減”政策</b>', ['双减'], fold)).toBe('&#60;b&#62;落實“<mark>雙減</mark>”政策&#60;/b&#62;');
    expect(plainText('a &lt;b&gt; &quot;c&quot; &#39;d&#39; &amp;')).toBe('a <b> "c" \'d\' &');
  });
  test('result and filter HTML escape quotes too', () => {
    const html = resultsHtml([{ url: "/plans/x/#s1'", title: '"标题"', excerpt: '…', plan: "甲'乙", lang: 'zh-Hant', filters: {} }], 60);
    expect(html).toContain('href="/plans/x/#s1&#39;"');
    expect(html).toContain('lang="zh-Hant"');
    expect(html).not.toContain('"标题"');
    expect(filtersHtml({ 发布机构: { 'a"b': 1 } }, { 发布机构: ['a"b'] })).toContain('value="a&#34;b" checked');
  });
  test('the status line says how many items from how many plans', () => {
    expect(statusLine('双减', 3, 2, 20, 60)).toBe('“双减”：3 条，共 2 份计划。');
    expect(statusLine('双减', 70, 25, 20, 60)).toBe('“双减”：70 条，显示前 60 条，共 25 份计划（已读相关度最高的 20 份）。');
    // Nothing yet in the plans read so far is not "nothing found": more plans remain.
    expect(statusLine('双减', 0, 25, 10, 60)).toBe('“双减”：0 条，共 25 份计划（已读相关度最高的 10 份）。');
    expect(statusLine('量子计算', 0, 0, 20, 60)).toContain('没有找到');
    expect(moreLabel(70, 60, 20, 25)).toBe('更多结果（已找到 10 条未显示）');
    expect(moreLabel(50, 60, 20, 25)).toBe('更多结果（还有 5 份计划未读）');
    expect(moreLabel(50, 60, 25, 25)).toBeNull();
  });
});

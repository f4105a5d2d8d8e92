/**
 * Cross-links on the bundled plans: cited documents, the topic rule, similar items, series.
 */
import { describe, expect, test } from 'vitest';
import { buildCrossLinks, citedSlugs, itemKey } from '../src/crosslinks/build.ts';
import { citationKey, findCitations } from '../src/crosslinks/citations.ts';
import { similarItems } from '../src/crosslinks/similar.ts';
import { loadTopics, topicMatcher } from '../src/crosslinks/topics.ts';
import { convertSeed, seeds } from './helpers.ts';

const plans = seeds.map((s) => convertSeed(s.slug));
const taxonomy = loadTopics();
const links = buildCrossLinks(plans, taxonomy);
/** The page of a document cited as printed. */
const citedSlug = (title: string) => links.citedSlugByKey.get(citationKey(title))!;
const refs = (list: Array<{ plan: string; id: string }> | undefined) => (list ?? []).map((r) => `${r.plan}#${r.id}`);

describe('cited documents', () => {
  test('《中小学德育工作指南》 is cited by 000 item 2 and 002 item 2', () => {
    const doc = links.cited.get(citedSlug('中小学德育工作指南'))!;
    expect(doc.slug).toBe('zhong-xiao-xue-de-yu-gong-zuo-zhi-nan');
    expect(refs(doc.citations)).toEqual(['2020-pingdingshan-basic-education#s2-2', '2022-moe-basic-education#s1-2']);
    expect(doc.citations[1]!.sentence).toBe('总结各地一校一案落实《中小学德育工作指南》的经验和成效,宣传推广一批典型案例。');
  });
  test('《心理健康教育指导手册》 is cited by 000 item 2', () => {
    expect(refs(links.cited.get(citedSlug('心理健康教育指导手册'))!.citations)).toEqual(['2022-moe-basic-education#s1-2']);
  });
  test('a file name from page chrome is never a citation', () => {
    expect([...links.cited.values()].filter((d) => /\.doc/.test(d.title))).toEqual([]);
    expect(findCitations('更多相关《2021年基础教育工作要点.doc(11页珍藏版)》请在')).toEqual([]);
  });
  test('Simplified and Traditional forms of a title are one document', () => {
    expect(citationKey('關于進一步激發中小學辦學活力的若干意見')).toBe(citationKey('关于进一步激发中小学办学活力的若干意见'));
    expect(citedSlug('中小學德育工作指南')).toBe(citedSlug('中小学德育工作指南'));
  });
  test('documents whose pinyin slugs collide keep pages of their own: the first cited keeps the slug, the next gets -2', () => {
    const docs = new Map([
      [citationKey('教技〔2022〕1号'), { citations: [{ year: 2023 }] }],
      [citationKey('教基〔2022〕1号'), { citations: [{ year: 2022 }] }],
      [citationKey('中小学德育工作指南'), { citations: [{ year: 2021 }] }],
    ]);
    const slugs = citedSlugs(docs);
    expect(slugs.get(citationKey('教基〔2022〕1号'))).toBe('jiao-ji-2022-1-hao');
    expect(slugs.get(citationKey('教技〔2022〕1号'))).toBe('jiao-ji-2022-1-hao-2');
    expect(new Set(slugs.values()).size).toBe(3);
    // Published first, 教技〔2022〕1号 keeps its page when the earlier 教基〔2022〕1号 appears later.
    const kept = citedSlugs(docs, new Map([[citationKey('教技〔2022〕1号'), 'jiao-ji-2022-1-hao']]));
    expect(kept.get(citationKey('教技〔2022〕1号'))).toBe('jiao-ji-2022-1-hao');
    expect(kept.get(citationKey('教基〔2022〕1号'))).toBe('jiao-ji-2022-1-hao-2');
    // Built over plans, the two numbers are two documents with two pages.
    const cites = (slug: string, year: number, text: string) => ({ ...plans[0]!, slug, meta: { ...plans[0]!.meta, year }, preamble: [text], sections: [] });
    const built = buildCrossLinks([cites('a', 2022, '按照教基〔2022〕1号文件要求。'), cites('b', 2023, '按照教技〔2022〕1号文件要求。')], taxonomy);
    expect([...built.cited.values()].map((d) => [d.slug, d.title]).sort()).toEqual([
      ['jiao-ji-2022-1-hao', '教基〔2022〕1号'],
      ['jiao-ji-2022-1-hao-2', '教技〔2022〕1号'],
    ]);
  });
  test.each([
    ['根据《教育部关于做好2022年普通中小学招生入学工作的通知》（教基〔2022〕1号）要求', ['教育部关于做好2022年普通中小学招生入学工作的通知', '教基〔2022〕1号']],
    ['按照豫教基[2020]12号文件精神', ['豫教基[2020]12号']],
    ['落实《关于建立中小学校党组织领导的校长负责制的意见(试行)》,推动', ['关于建立中小学校党组织领导的校长负责制的意见(试行)']],
  ])('finds citations in %s', (text, titles) => {
    expect(findCitations(text).map((c) => c.title)).toEqual(titles);
  });
  test('document numbers in any bracket style are one document', () => {
    expect(citationKey('教基〔2022〕1号')).toBe(citationKey('教基[2022]1号'));
  });
});

describe('the topic rule', () => {
  const match = topicMatcher(taxonomy);
  test.each([
    ['深入开展双减背景下中考命题评估工作,加快推进省级统一命题', ['shuang-jian', 'kao-shi-ming-ti']],
    ['“雙減”是黨中央部署的重大政治任務,是我們推進綜合改革的重要契機', ['shuang-jian', 'zong-he-gai-ge']],
    ['落实控辍保学联控联保长效机制,推进控辍保学从动态清零转向常态清零。', ['kong-chuo-bao-xue']],
    ['推行课后服务“菜单”,由学生自主选教师、选内容', ['ke-hou-fu-wu']],
    ['部分實驗區推行課后服務“菜單”', ['ke-hou-fu-wu']],
    ['优化中小学学籍管理信息系统,严格规范学籍管理。', ['xue-ji-guan-li']],
    ['持续推进青少年近视防控工作,力争完成区域内青少年儿童近视率每年下降一个百分点的目标。', ['jin-shi-fang-kong']],
    ['积极推进智慧校园、智慧課堂試點工作', ['jiao-yu-shu-zi-hua']],
    ['召开全国基础教育工作会议,部署年度重点工作。', []],
  ])('%s → %j', (sentence, expected) => {
    expect(match(sentence)).toEqual(expected);
  });
  test('双减 includes 000 item 11 and the article\'s 以“雙減”撬動 item', () => {
    expect(refs(links.itemsByTopic.get('shuang-jian'))).toEqual(expect.arrayContaining(['2022-moe-basic-education#s4-11', '2022-moe-reform-zones-article#s3-3']));
  });
  test('控辍保学 includes 000 item 7 and 002 item 5', () => {
    expect(refs(links.itemsByTopic.get('kong-chuo-bao-xue'))).toEqual(expect.arrayContaining(['2022-moe-basic-education#s2-7', '2020-pingdingshan-basic-education#s3-5']));
  });
  test('the taxonomy has 25–40 topics, each with a description and synonyms', () => {
    expect(taxonomy.length).toBeGreaterThanOrEqual(25);
    expect(taxonomy.length).toBeLessThanOrEqual(40);
  });
});

describe('similar items', () => {
  test('no item is similar to an item of its own plan', () => {
    for (const [key, list] of links.similar) for (const s of list) expect(s.plan, key).not.toBe(key.split('#')[0]);
  });
  test('items on the same subject in other plans are found; at most three, above the threshold', () => {
    expect(refs(links.similar.get(itemKey('2022-moe-basic-education', 's3-10')))).toContain('2020-pingdingshan-basic-education#s3-8');
    expect(refs(links.similar.get(itemKey('2022-moe-basic-education', 's2-4')))).toContain('2022-moe-reform-zones-article#s3-3');
    for (const list of links.similar.values()) {
      expect(list.length).toBeLessThanOrEqual(3);
      for (const s of list) expect(s.score).toBeGreaterThanOrEqual(0.12);
    }
  });
  test('Simplified and Traditional texts are compared folded to one script', () => {
    const result = similarItems([
      { key: 'a', group: 'x', text: '提高课后服务水平,推动各地进一步健全课后服务经费保障机制' },
      { key: 'b', group: 'y', text: '提高課後服務水平,推動各地進一步健全課後服務經費保障機制' },
    ]);
    expect(result.get('a')?.[0]).toEqual({ key: 'b', score: 1 });
  });
});


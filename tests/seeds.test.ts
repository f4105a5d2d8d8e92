/**
 * The bundled plans convert to the outline their text has: title, year, issuer and the items
 * under each section. Golden files hold the whole model and MDX (npm run test:update).
 */
import { describe, expect, test } from 'vitest';
import { emitMdx } from '../src/converter/emit.ts';
import { byId, convertSeed, outlineSummary, seeds } from './helpers.ts';

const headings = (slug: string, id: string) =>
  convertSeed(slug)
    .sections.find((s) => s.id === id)!
    .children.filter((c) => c.number !== null)
    .map((c) => `${c.number} ${c.title}`);

describe('教育部基础教育司2022年工作要点 (2022-moe-basic-education)', () => {
  const plan = convertSeed('2022-moe-basic-education');
  test('title, year, issuer and date come from the body, not the page', () => {
    expect(plan.meta).toMatchObject({ title: '教育部基础教育司2022年工作要点', year: 2022, issuer: '教育部基础教育司', date: '2022-06-10', level: 'national', language: 'zh-Hans' });
  });
  test('items 1–14 run on across sections 一…四', () => {
    expect(outlineSummary(plan)).toBe('一:3 二:4 三:3 四:4');
    expect(plan.sections.map((s) => s.children.filter((c) => c.number).map((c) => c.number).join(','))).toEqual([
      '1,2,3', '4,5,6,7', '8,9,10', '11,12,13,14',
    ]);
  });
  test('one unnumbered paragraph ends 三, after item 10', () => {
    const last = plan.sections[2]!.children.at(-1)!;
    expect(last).toMatchObject({ id: 's3-p1', number: null, title: null });
    expect(last.paragraphs).toEqual(['召开全国基础教育十四五重大项目计划实施部署视频会,全面推动各项发展提升行动计划的落实。']);
  });
  test('headings glued to their body are split', () => {
    expect(byId(plan, 's1-1')).toMatchObject({ title: '稳妥实施中小学领导体制改革' });
    expect(byId(plan, 's1-1').paragraphs[0]).toMatch(/^落实中办《关于建立/);
    expect(byId(plan, 's2-4')).toMatchObject({ title: '提高作业设计水平' });
    expect(byId(plan, 's4-11')).toMatchObject({ title: '深化基础教育综合改革', delimiter: '。' });
    expect(headings('2022-moe-basic-education', 's3')).toEqual(['8 促进学前教育普及普惠', '9 促进县域高中整体提升', '10 促进特殊教育拓展融合']);
  });
});

describe('2020年教育工作要点 (2020-district-education)', () => {
  const plan = convertSeed('2020-district-education');
  test('the plan title wins over the page titles 2023/2022教育工作要点 above it', () => {
    expect(plan.meta).toMatchObject({ title: '2020年教育工作要点', year: 2020, date: null });
  });
  test('items restart at 1 under each （一）', () => {
    expect(outlineSummary(plan)).toBe('一:9 二:13');
    expect(plan.sections[0]!.children.map((c) => c.children.length)).toEqual([3, 3, 3]);
    expect(plan.sections[1]!.children.map((c) => c.children.length)).toEqual([3, 3, 3, 4]);
    expect(byId(plan, 's2-3-1').title).toBe('加快补齐学前教育发展短板');
  });
  test('the teaser injected mid-sentence is removed and the sentence rejoined', () => {
    expect(byId(plan, 's2-3-1').paragraphs[0]).toMatch(/^全力推行X城区学前教育招生/);
  });
});

describe('2020年平顶山市基础教育工作要点 (2020-pingdingshan-basic-education)', () => {
  const plan = convertSeed('2020-pingdingshan-basic-education');
  test('with no title line, the title is built from its own text', () => {
    expect(plan.meta).toMatchObject({ title: '2020年平顶山市基础教育工作要点', titleSource: 'built', year: 2020, issuer: '平顶山市教育体育局', level: 'city', region: '平顶山市' });
  });
  test('chrome glued to the first body line is cut off', () => {
    expect(plan.preamble[0]).toMatch(/^2020年平顶山市基础教育工作的总体要求是/);
  });
  test('18 items over five sections', () => {
    expect(outlineSummary(plan)).toBe('一:1 二:2 三:5 四:5 五:5');
  });
});

describe('2021年基础教育工作要点 (2021-district-basic-education)', () => {
  const plan = convertSeed('2021-district-basic-education');
  test('the title printed twice is kept once', () => {
    expect(plan.meta).toMatchObject({ title: '2021年基础教育工作要点', year: 2021 });
  });
  test('inline headings on pages dumped as one line', () => {
    expect(plan.sections.map((s) => `${s.number} ${s.title}`)).toEqual(['一 指导思想', '二 整体工作', '三 学段工作']);
    expect(plan.sections[0]!.children).toEqual([]);
    expect(plan.sections[1]!.children.map((c) => c.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九']);
    expect(plan.sections[2]!.children.map((c) => `${c.title}:${c.children.map((i) => i.number).join(',')}`)).toEqual([
      '学前教育:1,2', '义务教育:1,2,3,4', '高中教育:1,2,3',
    ]);
  });
  test('words cut by page markers are rejoined: 推|进 → 推进, 学籍管理|工作 → 学籍管理工作', () => {
    expect(byId(plan, 's2-9').title).toBe('做好学籍管理工作');
    expect(byId(plan, 's2-2').paragraphs.join('')).toContain('推进其社会化应用共享');
    expect(JSON.stringify(plan.sections)).not.toMatch(/第 11 页|[^0-9]1[01]、/);
  });
});

describe('發揮綜合改革實驗區示范引領作用努力推動基礎教育高質量發展 (2022-moe-reform-zones-article)', () => {
  const plan = convertSeed('2022-moe-reform-zones-article');
  test('a Traditional article is detected as zh-Hant', () => {
    expect(plan.meta).toMatchObject({ title: '發揮綜合改革實驗區示范引領作用努力推動基礎教育高質量發展', year: 2022, language: 'zh-Hant' });
  });
  test('一是/二是/三是 under 一 are items; （一）… under the others', () => {
    expect(plan.sections[0]!.children.map((c) => `${c.marker} ${c.title}`)).toEqual([
      '一是 黨委政府高度重視', '二是 創建方案科學合理', '三是 部門協同推動落實',
    ]);
    expect(plan.sections.slice(1).map((s) => s.children.map((c) => c.number).join(''))).toEqual(['一二三四', '一二三四五六', '一二三']);
  });
  test('spam, recommended titles and the spider-pool block are gone', () => {
    const text = JSON.stringify([plan.preamble, plan.sections]);
    expect(text).not.toMatch(/无码|猜你喜歡|蜘蛛池|傳記文學/);
  });
});

describe('golden files', () => {
  test.each(seeds.map((s) => s.slug))('%s: model and MDX match the reviewed golden files', async (slug) => {
    const plan = convertSeed(slug);
    await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(`fixtures/seeds/${slug}/expected.json`);
    await expect(emitMdx(plan)).toMatchFileSnapshot(`fixtures/seeds/${slug}/expected.mdx`);
  });
});

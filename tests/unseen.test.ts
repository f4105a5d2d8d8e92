/**
 * Shapes of plans that are not in the bundle: a cover notice, a saved web page with long menus
 * and lists of other years' plans, a flattened task table, a month-by-month calendar, a legal
 * database export, three-level numbering, a blog export. Each fixture is input.txt with
 * reviewed expected.json and expected.mdx beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertBytes, convertText } from '../src/converter/convert.ts';
import { emitMdx } from '../src/converter/emit.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { keptBody, modelText, nodes } from './helpers.ts';

const DIR = join(import.meta.dirname, 'fixtures/unseen');
const cases = readdirSync(DIR).sort();
const load = (name: string) => readFileSync(join(DIR, name, 'input.txt'));
const convert = (name: string): Plan => convertBytes(load(name), { file: `plans/${name}.txt`, slug: name });
const ids = (plan: Plan) => nodes(plan).map((n) => n.id);

describe.each(cases)('%s', (name) => {
  test('nothing of the body is lost', () => {
    const plan = convert(name);
    expect([modelText(plan), modelText(plan, 'after')]).toContain(keptBody(load(name), plan));
  });
  test('model and MDX match the reviewed golden files', async () => {
    const plan = convert(name);
    await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(`fixtures/unseen/${name}/expected.json`);
    await expect(emitMdx(plan)).toMatchFileSnapshot(`fixtures/unseen/${name}/expected.mdx`);
  });
});

test('a cover notice: the title is the plan it publishes; the notice is its wrapper, with the date and issuer', () => {
  const plan = convert('cover-notice');
  expect(plan.meta).toMatchObject({ title: '江南市教育局2023年工作要点', year: 2023, issuer: '江南市教育局', date: '2023-02-10', dateSource: 'wrapper', level: 'city' });
  expect(plan.wrapper).toMatchObject({
    title: '江南市教育局关于印发《江南市教育局2023年工作要点》的通知',
    addressees: '各县（市、区）教育局，局属各单位',
    paragraphs: ['现将《江南市教育局2023年工作要点》印发给你们，请结合实际认真贯彻落实。'],
    attachments: ['江南市教育局2023年工作要点'],
    signature: { issuer: '江南市教育局', date: '2023-02-10' },
  });
  expect(plan.attachments).toEqual(['江南市2023年教育重点项目表', '江南市2023年民生实事项目表']);
  expect(plan.removed.map((r) => r.rule)).not.toContain('cover-notice');
  expect(ids(plan)).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3', 's2-4', 's3', 's3-5']);
});

test('a saved web page: menus and other years\' titles are chrome, the article\'s own title wins', () => {
  const plan = convert('web-page-menus');
  expect(plan.meta).toMatchObject({ title: '江南市教育局2021年工作要点', year: 2021, date: '2021-03-02', issuer: '江南市教育局' });
  expect(plan.removed.find((r) => r.text === '江南市教育局2022年工作要点')?.rule).toBe('page-header');
  expect(plan.removed.find((r) => r.text === '江南市教育局2019年工作要点')?.rule).toBe('tail');
  expect(ids(plan)).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3', 's2-4']);
});

test('a flattened task table: bare row numbers are not items', () => {
  const plan = convert('task-table');
  expect(ids(plan)).toEqual(['s1', 's1-1', 's1-1-1', 's1-1-2', 's1-2', 's1-2-3', 's2']);
  expect(plan.sections[1]!.paragraphs).toContain('2');
  expect(plan.warnings).toEqual([]);
});

test('a month-by-month calendar: 二月份… are not sections', () => {
  const plan = convert('month-calendar');
  expect(plan.sections.map((s) => s.number)).toEqual(['一', '二', '三']);
  expect(plan.sections[2]!.paragraphs.slice(0, 2)).toEqual(['二月份', '开学准备工作；召开全体教师大会；制定学期工作计划。']);
  expect(plan.meta).toMatchObject({ issuer: '江南中学', level: 'school' });
});

test('a legal database export: its header is chrome and gives issuer and date', () => {
  const plan = convert('pkulaw-export');
  expect(plan.meta).toMatchObject({ title: '江南省教育厅2023年工作要点', issuer: '江南省教育厅', date: '2023-03-29', level: 'provincial' });
  expect(plan.removed.filter((r) => r.rule === 'pkulaw-header')).toHaveLength(8);
  expect(ids(plan)).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3', 's2-4']);
});

test('three levels: 1. restarts under each 一、 and runs on across （一）', () => {
  const plan = convert('three-levels');
  expect(ids(plan)).toEqual([
    's1', 's1-1', 's1-1-1', 's1-1-2', 's1-2', 's1-2-3', 's1-2-4',
    's2', 's2-1', 's2-1-1', 's2-1-2', 's2-2', 's2-2-3',
  ]);
  expect(plan.warnings).toEqual([]);
});

test('a blog export: front matter gives the title; excerpt markers that cut a word are rejoined', () => {
  const plan = convert('blog-export');
  expect(plan.meta).toMatchObject({ title: '2022年江南县教育工作要点', titleSource: 'front-matter', date: '2022-02-15' });
  expect(plan.preamble[0]).toContain('深入推进教育综合改革');
  expect(nodes(plan).find((n) => n.id === 's1-2')!.paragraphs[0]).toMatch(/全面推进劳动教育。$/);
});

test('a PDF dumped to text: lines cut at the 28-character measure are joined again, the breaks logged as a step', () => {
  const plan = convert('pdf-text-dump');
  expect(plan.meta.steps).toContain('lines wrapped at 28 characters joined (14 breaks)');
  expect(plan.sections[0]!.title).toBe('坚持立德树人，全面加强党对教育工作的领导和思想政治工作');
  expect(plan.sections[1]!.children[0]!.paragraphs).toEqual(['新建、改扩建公办幼儿园10所，新增学位3000个，普惠性幼儿园覆盖率稳定在90%以上。']);
  expect(plan.wrapper).toMatchObject({ title: '青山市教育局关于印发《2024年全市教育工作要点》的通知', docNumber: '青教发〔2024〕6号' });
});

test('a sharing site\'s preview wall that cuts a word in two: the wall goes, the word is whole', () => {
  const plan = convert('sharing-site-preview-wall');
  expect(plan.sections[0]!.children[1]!.paragraphs).toEqual(['选优配强中小学校领导班子，健全校长任期考核制度。']);
  expect(plan.removed.filter((r) => r.rule === 'reading-wall').map((r) => r.line)).toEqual([11, 20]);
  expect(plan.meta).toMatchObject({ issuer: '长河区教育局', date: '2023-03-01', issuerSource: 'signature' });
});

test('items numbered 1） with no opening bracket are items, under a section or under （一）', () => {
  const plan = convert('school-term-half-brackets');
  expect(plan.sections[1]!.children.map((n) => n.marker)).toEqual(['1）', '2）']);
  expect(plan.sections[2]!.children[1]!.children.map((n) => n.title)).toEqual(['规范教学常规', '抓好校本教研', '做好毕业班工作']);
});

test('a CMS\'s list of attached files and its download count are page text', () => {
  const plan = convert('cms-attached-file');
  expect(plan.removed.find((r) => r.text.endsWith('.docx'))?.rule).toBe('file-link');
  expect(plan.sections[2]!.children.at(-1)!.paragraphs).toEqual([]);
});

test('joint issuers on the first line of a notice\'s title belong to the title', () => {
  const plan = convert('joint-issuers-title-line');
  expect(plan.wrapper?.title).toBe('中共南岭市委教育工作委员会 南岭市教育局关于印发《2023年全市教育系统工作要点》的通知');
  expect(plan.removed.map((r) => r.rule)).not.toContain('page-header');
});

test('a news report that prints the plan in full: the report is the wrapper, the body it names is the issuer', () => {
  const plan = convert('news-report-full-text');
  expect(plan.meta).toMatchObject({ title: '东江市2024年教育工作要点', issuer: '东江市教育局', issuerSource: 'wrapper' });
  expect(plan.wrapper?.paragraphs[0]).toMatch(/^2月19日，东江市教育局召开/);
  expect(plan.preamble).toEqual([]);
});

test('a cover notice that names the plan without 《》: the notice is the wrapper and its title names the issuer', () => {
  const plan = convert('cover-notice-unquoted');
  expect(plan.wrapper).toMatchObject({ title: '平川县教育局关于印发2024年全县教育工作要点的通知', paragraphs: ['现将2024年全县教育工作要点印发给你们，请认真抓好落实。'] });
  expect(plan.meta).toMatchObject({ issuer: '平川县教育局', level: 'district', region: '平川县' });
});

test('a plan of the whole province (全省) on its department\'s site: the site names the issuer', () => {
  const plan = convert('province-site-unsigned');
  expect(plan.meta).toMatchObject({ issuer: '湖川省教育厅', issuerSource: 'site', level: 'provincial' });
});

test('a WeChat post: the app\'s controls after the article are page text, the credit names the issuer', () => {
  const plan = convert('wechat-post-app-chrome');
  expect(plan.meta).toMatchObject({ issuer: '西湾区教育局', date: '2024-03-08' });
  expect(plan.removed.find((r) => r.text === '预览时标签不可点')?.rule).toBe('tail');
  expect(plan.sections[1]!.children.at(-1)!.paragraphs).toEqual([]);
});

test('an article split over pages: the page links are page text', () => {
  const plan = convert('cms-paged-article');
  expect(plan.removed.find((r) => r.text.startsWith('首页 上一页'))?.rule).toBe('pagination');
  expect(plan.removed.find((r) => r.text.startsWith('上一篇文章'))?.rule).toBe('tail');
});

test('buttons the catalogue does not name are page text when they follow the date that closes the plan', () => {
  const plan = convert('district-page-controls');
  expect(plan.meta).toMatchObject({ issuer: '金山区教育局', date: '2024-02-20', dateSource: 'signature' });
  const after = plan.removed.filter((r) => r.reason.startsWith('a short line after the signature')).map((r) => r.text);
  expect(after).toEqual(['回到顶部', '手机版阅读']);
  expect(plan.sections[1]!.children.at(-1)!.paragraphs).toEqual(['健全区、校两级教研体系。']);
});

test('what follows the closing date and is not a run of buttons stays: an appendix under 附, a flattened table', () => {
  const head = '某县教育局2024年工作要点\n一、加强党的建设\n（一）落实责任。压实主体责任，推进全面从严治党向纵深发展。\n某县教育局\n2024年2月20日\n';
  const appendix = convertText(`${head}附：2024年工作行事历\n二月 开学工作\n三月 学雷锋活动\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(appendix.removed.map((r) => r.text)).not.toContain('二月 开学工作');
  const table = convertText(`${head}序号\n工作任务\n责任科室\n1\n推进全面从严治党\n办公室\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(table.removed.map((r) => r.text)).not.toContain('工作任务');
});

test('a body and a bracketed date under the title sign the plan when nothing signs at its end', () => {
  const plan = convert('signed-under-title');
  expect(plan.signature).toEqual({ issuer: '北湖区教育体育局', date: '2024-01-30', lines: ['北湖区教育体育局', '（2024年1月30日）'] });
  expect(plan.meta).toMatchObject({ issuer: '北湖区教育体育局', date: '2024-01-30', dateSource: 'signature', level: 'district' });
  expect(plan.preamble[0]).toMatch(/^2024年，全区教育系统/);
});

test('a body\'s name alone above a title that names no body or place is the issuer', () => {
  const plan = convert('issuer-line-above-title');
  expect(plan.meta).toMatchObject({ title: '2024年工作要点', issuer: '西山市教育局', level: 'city' });
});

test('a notice printed after the plan it publishes is the wrapper, not the last item\'s text', () => {
  const plan = convert('notice-after-plan');
  expect(plan.signature).toMatchObject({ issuer: '南江市教育局', date: '2024-02-20' });
  expect(plan.wrapper).toMatchObject({ title: '南江市教育局关于印发2024年全市教育工作要点的通知', addressees: '各区教育局', paragraphs: ['现将2024年全市教育工作要点印发给你们，请认真贯彻执行。'] });
  expect(plan.sections[1]!.children[0]!.paragraphs).toEqual(['推进新课程新教材实施。']);
});

test('the label 附件 on its own line above the plan\'s title goes with the plan, not the notice', () => {
  const plan = convert('cover-notice-attachment-label');
  expect(plan.wrapper?.paragraphs).toEqual(['现将《2024年全市教育工作要点》印发给你们，请认真贯彻执行。']);
  expect(plan.wrapper?.attachments).toEqual(['2024年全市教育工作要点']);
});

test('a static-site post: TOML front matter titles it; Markdown marks, images and formatting tags are markup; references are read', () => {
  const plan = convert('markdown-post-toml');
  expect(plan.meta).toMatchObject({ title: '北辰区教育局2024年工作要点', issuer: '北辰区教育局', date: '2024-02-26' });
  expect(plan.meta.steps).toContain('5 HTML character references (&nbsp; &ldquo; …) read as the characters they stand for');
  expect(plan.sections.map((s) => s.title)).toEqual(['总体要求', '重点任务']);
  expect(plan.sections[1]!.children[1]!.paragraphs).toEqual(['深化课程改革，推进新课程新教材实施。', '加强教研工作，健全区、校两级教研体系。']);
  const rules = new Set(plan.removed.map((r) => r.rule));
  for (const rule of ['front-matter', 'markdown-image', 'markdown-markup', 'markdown-bold', 'html-tag', 'markdown-link']) expect(rules).toContain(rule);
});

test('enclosed numerals from Word (㈠ ⑴) number sections and items, printed as they were; a title in 《》 with （全文） is undressed', () => {
  const plan = convert('word-enclosed-numerals');
  expect(plan.meta.title).toBe('南江市2024年教育工作要点');
  expect(plan.sections.map((s) => [s.marker, s.style])).toEqual([['㈠', 'cn-paren'], ['㈡', 'cn-paren'], ['㈢', 'cn-paren']]);
  expect(plan.sections[1]!.children.map((n) => [n.marker, n.style, n.id])).toEqual([['⑴', 'arabic-paren', 's2-1'], ['⑵', 'arabic-paren', 's2-2']]);
});

test('第一，第二， open items directly under a section, as 一是 does', () => {
  const plan = convertText('南江市2024年教育工作要点\n一、加强党的建设\n第一，落实全面从严治党责任，压实各级党组织主体责任。\n第二，加强师德师风建设，开展师德师风专项整治。\n', { file: 'plans/x.txt', slug: 'x' });
  expect(plan.sections[0]!.children.map((n) => [n.marker, n.style])).toEqual([['第一，', 'cn-ordinal'], ['第二，', 'cn-ordinal']]);
});

test('a notice forwarding the notice that publishes the plan: the publishing notice is the wrapper, the forwarding one what carries it', () => {
  const plan = convert('forwarded-cover-notice');
  expect(plan.wrapper).toMatchObject({
    title: '南江市教育局关于印发《2024年全市教育工作要点》的通知',
    docNumber: '南教〔2024〕3号',
    addressees: '各区教育局，市直各学校',
    signature: { issuer: '南江市教育局', date: '2024-02-20' },
  });
  expect(plan.wrapper?.carrier[0]).toBe('东城区教育局转发市教育局关于印发《2024年全市教育工作要点》的通知');
  expect(plan.wrapper?.paragraphs).toEqual(['现将《2024年全市教育工作要点》印发给你们，请认真贯彻执行。']);
  expect(plan.meta).toMatchObject({ issuer: '南江市教育局', date: '2024-02-20' });
});

test("a portal's disclosure page: its box, menu and name are the page's; the box's 文号 numbers the notice; nothing carries the notice", () => {
  const plan = convert('portal-disclosure-box');
  expect(plan.wrapper).toMatchObject({ title: '南江市教育局关于印发2024年全市教育工作要点的通知', docNumber: '南教〔2024〕5号', carrier: [] });
  const rules = Object.fromEntries(plan.removed.map((r) => [r.text, r.rule]));
  expect(rules).toMatchObject({ 南江市人民政府门户网站: 'site-name', '首页 政务公开 政务服务 互动交流 走进南江': 'breadcrumb', '标　　题： 南江市教育局关于印发2024年全市教育工作要点的通知': 'disclosure-box' });
});

test('short lines above a notice that no rule names, and no sentence or title among them, are the page\'s, not what carries the notice', () => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures/unseen/portal-disclosure-box/input.txt'), 'utf8')
    .replace('南江市人民政府门户网站', '南江市人民政府网')
    .replace('首页 政务公开 政务服务 互动交流 走进南江', '政务公开 政务服务 互动交流 走进南江');
  const plan = convertText(text, { file: 'plans/x.txt', slug: 'x' });
  expect(plan.wrapper?.carrier).toEqual([]);
  expect(plan.removed.filter((r) => r.rule === 'page-header').map((r) => r.text)).toEqual(['南江市人民政府网', '政务公开 政务服务 互动交流 走进南江']);
});

test('a notice as printed: its own short paragraphs and its 附注 are its text, 此页无正文 is a printer\'s note', () => {
  const plan = convert('notice-printed-pages');
  expect(plan.wrapper?.paragraphs).toContain('请各单位将贯彻落实情况及联系电话于3月1日前报市教育局办公室。');
  expect(plan.wrapper?.colophon).toEqual(['（联系人：张明，电话：0571-12345678）']);
  expect(plan.wrapper?.attachments).toEqual(['2024年全市教育工作要点']);
  expect(plan.removed.find((r) => r.text === '（此页无正文）')?.rule).toBe('page-note');
  expect(plan.colophon).toEqual(['抄送：市委教育工委，市政府办公室。', '南江市教育局办公室                2024年2月21日印发']);
});

test('a portal\'s publish line or 信息公开 box names the publisher: the issuer of a plan that names none', () => {
  const body = '\n2024年，全县教育系统要坚持以习近平新时代中国特色社会主义思想为指导，推动全县教育高质量发展。\n一、加强党的建设\n（一）落实全面从严治党责任。\n（二）加强师德师风建设。\n';
  const line = convertText(`2024年全县教育工作要点\n发布机构：平川县教育局  发布日期：2024-03-01  浏览次数：321${body}`, { file: 'plans/x.txt', slug: 'x' });
  expect(line.meta).toMatchObject({ issuer: '平川县教育局', issuerSource: 'database', date: '2024-03-01', level: 'district' });
  const box = convertText(`索引号：11330100MB1234567X/2024-00012 | 发布机构： | 临川县教育局 | 生成日期：2024-03-04\n2024年教育工作要点${body}`, { file: 'plans/x.txt', slug: 'x' });
  expect(box.meta).toMatchObject({ issuer: '临川县教育局', issuerSource: 'database' });
  const office = convertText(`2024年教育工作要点\n发布机构：办公室  发布日期：2024-03-01${body}`, { file: 'plans/x.txt', slug: 'x' });
  expect(office.meta.issuer).toBeNull();
});

test('a letter-spaced dump is closed up, and the step is logged', () => {
  const plan = convert('letter-spaced-dump');
  expect(plan.meta.steps[0]).toMatch(/^letter-spaced text closed up \(9 lines\)/);
  expect(plan.signature).toEqual({ issuer: '南江市教育局', date: '2024-02-20', lines: ['南江市教育局', '2024年2月20日'] });
});

test('a school\'s plan that names no school takes the school its page names (the site\'s name, its footer)', () => {
  const body = '\n一、加强党的建设\n（一）落实全面从严治党责任。\n（二）加强师德师风建设。\n';
  const header = convertText(`南江市第一中学\n首页 学校概况 教育教学\n2024学年第一学期学校工作计划\n发布时间：2024-09-02 点击：210${body}`, { file: 'plans/x.txt', slug: 'x' });
  expect(header.meta).toMatchObject({ issuer: '南江市第一中学', issuerSource: 'site', level: 'school' });
  const footer = convertText(`学校2024年工作要点${body}Copyright 2024 南江市实验小学 版权所有\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(footer.meta).toMatchObject({ issuer: '南江市实验小学', issuerSource: 'site' });
  // A bureau's plan that names no place is not a school's: a school in the footer does not sign it.
  const bureau = convertText(`2024年工作要点${body}Copyright 2024 南江市实验小学 版权所有\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(bureau.meta.issuer).toBeNull();
});

test('a calendar after the closing date, even without a label, is not taken for the page\'s buttons', () => {
  const plan = convertText('某县教育局2024年工作要点\n一、加强党的建设\n（一）落实责任。压实主体责任，推进全面从严治党向纵深发展。\n某县教育局\n2024年2月20日\n工作行事历\n二月 开学工作\n三月 学雷锋活动\n第三周 教研活动\n', { file: 'plans/x.txt', slug: 'x' });
  expect(plan.removed.map((r) => r.text)).not.toContain('二月 开学工作');
  expect(plan.removed.map((r) => r.text)).not.toContain('工作行事历');
});

test('a running header beside every page number of a PDF dump is furniture; a signature above its date at a page\'s end is not', () => {
  const plan = convert('pdf-dump-running-header');
  expect(plan.removed.filter((r) => r.rule === 'running-header').map((r) => r.line)).toEqual([1, 13, 28, 42]);
  expect(plan.wrapper?.signature).toMatchObject({ issuer: '青山市教育局', date: '2024-02-26' });
  const signedTwice = convertText(
    '关于印发《2024年工作要点》的通知\n各学校：\n现将《2024年工作要点》印发给你们。\n南江市教育局\n2024年2月1日\n— 1 —\n2024年工作要点\n一、加强党的建设\n（一）落实全面从严治党责任，压实各级党组织主体责任。\n南江市教育局\n2024年2月1日\n— 2 —\n',
    { file: 'plans/x.txt', slug: 'x' },
  );
  expect(signedTwice.removed.map((r) => r.rule)).not.toContain('running-header');
  expect(signedTwice.signature?.issuer).toBe('南江市教育局');
});

test('the body a footer names (主办：…, 版权所有：…) completes a signature by level alone and issues a plan of the whole city', () => {
  const body = '一、加强党的建设\n（一）落实全面从严治党责任。\n（二）加强师德师风建设。\n';
  const byLevel = convertText(`2024年全市教育工作要点\n${body}市教育局\n2024年2月20日\n主办：南江市教育局 承办：南江市教育信息中心\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(byLevel.meta).toMatchObject({ issuer: '南江市教育局', issuerSource: 'signature', date: '2024-02-20', level: 'city' });
  expect(byLevel.signature?.lines).toEqual(['市教育局', '2024年2月20日']);
  expect(byLevel.removed.find((r) => r.text.startsWith('主办：'))?.rule).toBe('footer');
  const unsigned = convertText(`2024年全市教育工作要点\n${body}版权所有：南江市教育局\n`, { file: 'plans/x.txt', slug: 'x' });
  expect(unsigned.meta).toMatchObject({ issuer: '南江市教育局', issuerSource: 'site' });
});

/**
 * Plans as they are published: saved web pages, Word files, PDFs. Each bundled plan made into a
 * web page (UTF-8, and GBK in the markup of Word's "Save as HTML") and into a Word file with
 * Word's own numbering converts to the same plan as its text; the corpus pages score at least
 * as well as their text dumps; nothing of the page is lost; tables are tables; hostile files
 * are refused with a message naming what to do, in bounded time, and never run anything.
 * (PDFs printed by Chromium: tests/site/formats-pdf.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { convertBytes, walk } from '../src/converter/convert.ts';
import { convertDocument } from '../src/converter/document.ts';
import { emitMdx } from '../src/converter/emit.ts';
import { ConvertError } from '../src/converter/errors.ts';
import { gold as goldSchema } from '../src/eval/gold.ts';
import { score } from '../src/eval/score.ts';
import { chineseCounting, Counters, formatCounter } from '../src/formats/numbering.ts';
import { decimalTopLevel, matchNumbering } from '../src/converter/patterns.ts';
import { readHtml } from '../src/formats/html.ts';
import { rebuildParagraphs } from '../src/formats/pdf-lines.ts';
import { tableText } from '../src/plan/tree.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { RULES } from '../src/schemas/rules.ts';
import { docxOf, linesOf, pageOf } from './formats/make.ts';
import { billionLaughsDocx, encryptedPdf, forgedSizeDocx, manyPagesPdf, scannedPdf, zipBombDocx } from './formats/hostile.ts';
import { seeds } from './helpers.ts';
import { readBack } from './mdx-roundtrip.ts';

const CORPUS = join(import.meta.dirname, '../../shared/corpus');

/** What a reader of the plan gets: every node's anchor, marker, heading and text; the plan's parts. */
function reading(plan: Plan) {
  return {
    title: plan.meta.title,
    year: plan.meta.year,
    date: plan.meta.date,
    preamble: plan.preamble,
    nodes: [...walk(plan.sections)].map((n) => ({ id: n.id, marker: n.marker, title: n.title, paragraphs: n.paragraphs })),
    signature: plan.signature?.lines ?? null,
  };
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

/** Every string of the model, squashed. */
function modelStrings(plan: Plan): string {
  const nodes = [...walk(plan.sections)];
  return squash(
    [
      plan.meta.title,
      ...plan.preamble,
      ...nodes.flatMap((n) => [`${n.marker ?? ''}${n.title ?? ''}${n.delimiter}${n.paragraphs.join('\n')}`]),
      ...(plan.wrapper ? [plan.wrapper.title ?? '', ...plan.wrapper.paragraphs, ...(plan.wrapper.signature?.lines ?? []), ...plan.wrapper.attachments, ...plan.wrapper.colophon, plan.wrapper.docNumber ?? '', plan.wrapper.addressees ?? ''] : []),
      plan.masthead ?? '',
      plan.docNumber ?? '',
      plan.addressees ?? '',
      ...(plan.signature?.lines ?? []),
      ...plan.attachments,
      ...plan.colophon,
      ...plan.tables.flatMap((t) => [t.caption ?? '', tableText(t)]),
    ].join('\n'),
  );
}

/**
 * Pieces of the source not accounted for: a piece is accounted for when it is in the model once
 * the fragments the report lists as removed (a teaser, a page marker) are taken out of it, or
 * when it was removed whole.
 */
function unaccounted(plan: Plan, pieces: readonly string[]): string[] {
  const model = modelStrings(plan);
  const removed = plan.removed.map((r) => squash(r.text)).filter((r) => r !== '');
  // Fragments cut from inside a line (a teaser, a page marker, a title run into the text), longest first: 11、 goes before 1、 can cut it.
  const fragments = plan.removed
    .filter((r) => RULES[r.rule].effect === 'remove-fragment' || RULES[r.rule].effect === 'keep-elsewhere')
    .map((r) => squash(r.text))
    .filter((r) => r !== '')
    .sort((a, b) => b.length - a.length);
  return pieces.filter((piece) => {
    let rest = squash(piece);
    if (rest === '' || removed.some((r) => r.includes(rest))) return false;
    for (const r of fragments) rest = rest.split(r).join('');
    return rest !== '' && !model.includes(rest);
  });
}

describe.each(seeds)('$slug as published', ({ slug, file, bytes }) => {
  const text = convertBytes(bytes, { file, slug });
  const lines = linesOf(bytes);

  test('as a web page (navigation, 推荐阅读, footer) it is the same plan, and nothing of the page is lost', async () => {
    const page = pageOf(lines, { title: text.meta.title, site: text.meta.issuer ?? '江北区教育局' });
    const plan = await convertDocument(page, { file: `plans/${slug}.html`, slug });
    expect(reading(plan)).toEqual(reading(text));
    // The site that published the page is a witness the text alone does not have.
    expect(plan.meta.issuer).toBe(text.meta.issuer ?? '江北区教育局');
    expect(plan.meta.format).toBe('html');
    const navigation = plan.removed.filter((r) => r.rule === 'navigation').map((r) => r.text);
    expect(navigation).toContain('首页');
    expect(navigation.some((t) => t.startsWith('全市中小学校长培训班开班'))).toBe(true);
    const texts: string[] = [];
    const visit = (node: { type: string; tagName?: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'element' && ['head', 'script', 'style'].includes(node.tagName!)) return;
      if (node.type === 'text') texts.push(node.value!);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    visit(fromHtml(new TextDecoder().decode(page)) as never);
    expect(unaccounted(plan, texts)).toEqual([]);
  });

  test('as a GBK page in the markup of Word "Save as HTML" it is the same plan', async () => {
    const plan = await convertDocument(pageOf(lines, { title: text.meta.title, gbk: true, word: true }), { file: `plans/${slug}.htm`, slug });
    expect(plan.meta.encoding).toBe('gb18030');
    expect(reading(plan)).toEqual(reading(text));
  });

  test('as a Word file with Word numbering for its items it is the same plan', async () => {
    const docx = await docxOf(lines, text.meta.title);
    const plan = await convertDocument(docx.bytes, { file: `plans/${slug}.docx`, slug });
    expect(reading(plan)).toEqual(reading(text));
    expect(plan.meta.format).toBe('docx');
    // The markers were drawn from Word's numbering, not typed: the file's text does not hold them.
    if (docx.numbered) expect(plan.meta.steps.join(' ')).toContain(`${docx.numbered} paragraphs numbered by Word`);
    expect(unaccounted(plan, lines)).toEqual([]);
  });
});

describe('the corpus pages (.source.html)', () => {
  const pages = ['08_pudong-2016-xueshengyishujie-notice', '09_pudong-2017-yishudanxiang-forwarded-notice'];
  test.each(pages)('%s converts from its page at least as well as from its text dump', async (name) => {
    const gold = goldSchema.parse(JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')));
    const fromText = score(convertBytes(readFileSync(join(CORPUS, `${name}.txt`)), { file: 'x.txt', slug: 'x' }), gold, []);
    const fromPage = score(await convertDocument(readFileSync(join(CORPUS, `${name}.source.html`)), { file: 'x.html', slug: 'x' }), gold, []);
    expect(fromPage.filter((c) => !c.pass)).toEqual([]);
    expect(fromPage.filter((c) => c.pass).length).toBeGreaterThanOrEqual(fromText.filter((c) => c.pass).length);
  });

  test('the schedule of 09 is a table, its merged row labels in their cells, not one character a line', async () => {
    const plan = await convertDocument(readFileSync(join(CORPUS, `${pages[1]}.source.html`)), { file: 'x.html', slug: 'x' });
    const schedule = plan.tables.find((t) => t.rows[0]?.includes('阶段'));
    expect(schedule?.rows[0]?.map(squash)).toEqual(['阶段', '时间', '地点', '内容']);
    expect(schedule?.rows.some((r) => squash(r[0]!) === '赛前安排')).toBe(true);
    expect(plan.meta.steps).toContain('2 tables read as tables');
  });
});

describe('tables', () => {
  const page = (body: string) =>
    new TextEncoder().encode(`<!doctype html><html><head><meta charset="utf-8"><title>江南县第三中学2023年工作要点</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">学校概况</a><a href="/b">通知公告</a></div><div class="article">${body}</div><div class="foot">版权所有 江南县第三中学</div></body></html>`);
  const plan = () =>
    convertDocument(
      page(`<h1>江南县第三中学2023年工作要点</h1>
<p>2023年，学校坚持立德树人根本任务，全面提高教育教学质量，现制定工作要点如下。</p>
<p>一、加强党建</p><p>1.落实党组织领导的校长负责制，健全议事决策制度，提高决策科学化水平。</p>
<p>2.加强师德师风建设，开展师德专题教育活动，严格落实师德考核评价制度。</p>
<table><tr><td>月份</td><td>活动</td></tr><tr><td>3月</td><td>师德专题报告会</td></tr><tr><td>9月</td><td>师德标兵评选</td></tr></table>
<p>二、提高质量</p><p>3.推进课堂教学改革，落实新课程方案，开展大单元教学研究。</p>
<p>江南县第三中学</p><p>2023年2月20日</p>
<p>附件1</p><p>江南县第三中学2023年重点工作任务分解表</p>
<table><tr><td>序号</td><td>工作任务</td><td>责任部门</td><td>完成时间</td></tr>
<tr><td>1</td><td>落实党组织领导的校长负责制</td><td>党政办公室</td><td>2023年6月</td></tr>
<tr><td>2</td><td>加强师德师风建设</td><td>教师发展中心</td><td>2023年12月</td></tr>
<tr><td>3</td><td>推进课堂教学改革</td><td>教务处</td><td>2023年12月</td></tr></table>`),
      { file: 'plans/x.html', slug: 'x' },
    );

  test('a table inside an item stays in it; an attached task table follows the plan under its caption, its row numbers never items', async () => {
    const p = await plan();
    // After the item's own text: its heading ran into it, so the table follows all of it.
    const item = [...walk(p.sections)].find((n) => n.id === 's1-2')!;
    expect(p.tables.map((t) => ({ id: t.id, within: t.within, at: t.at, caption: t.caption, rows: t.rows.length }))).toEqual([
      { id: 't1', within: 's1-2', at: item.paragraphs.length, caption: null, rows: 3 },
      { id: 't2', within: 'appendix', at: 0, caption: '附件1 江南县第三中学2023年重点工作任务分解表', rows: 4 },
    ]);
    expect([...walk(p.sections)].map((n) => n.marker)).toEqual(['一、', '1.', '2.', '二、', '3.']);
    expect(p.signature).toMatchObject({ issuer: '江南县第三中学', date: '2023-02-20' });
  });

  test('the MDX holds the table of the item as <table> elements with escaped text; the attached one the page adds after the signature', async () => {
    const p = await plan();
    p.tables[0]!.rows[1]![1] = '{export const x = 1} <script>alert(1)</script>';
    const mdx = emitMdx(p);
    expect(mdx).toContain('<div id="t1" class="table-wrap">');
    expect(mdx).not.toContain('附件1');
    const back = readBack(mdx);
    expect(back.code).toEqual([]);
    expect(back.blocks.map((b) => b.text)).toContain('{export const x = 1} <script>alert(1)</script>');
  });

  test('a Word table is a table; a one-column table frames text and is read as paragraphs', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('江南区2022年教育工作要点'),
            new Paragraph('一、重点任务'),
            new Paragraph('1.完善课后服务机制。推行课后服务模式，实现义务教育学校全覆盖。'),
            new Table({ rows: [new TableRow({ children: [cell('序号'), cell('工作任务'), cell('牵头科室')] }), new TableRow({ children: [cell('1'), cell('完善课后服务机制'), cell('基础教育科')] })] }),
            new Table({ rows: [new TableRow({ children: [cell('2.加强校外培训监管。开展校外培训机构专项治理，严格审批管理。')] })] }),
          ],
        },
      ],
    });
    const p = await convertDocument(new Uint8Array(await Packer.toBuffer(doc)), { file: 'plans/x.docx', slug: 'x' });
    expect(p.tables.map((t) => t.rows)).toEqual([
      [
        ['序号', '工作任务', '牵头科室'],
        ['1', '完善课后服务机制', '基础教育科'],
      ],
    ]);
    expect([...walk(p.sections)].map((n) => `${n.marker}${n.title}`)).toEqual(['一、重点任务', '1.完善课后服务机制', '2.加强校外培训监管']);
  });
});

describe('web pages', () => {
  const page = (head: string, body: string, charset = 'utf-8') =>
    `<!doctype html><html><head><meta charset="${charset}">${head}<title>关于印发江北区2023年教育工作要点的通知_通知公告_江北区教育局</title></head><body>${body}</body></html>`;
  const article = `<div class="content"><p>江北区2023年教育工作要点</p><p>一、总体要求</p><p>坚持立德树人根本任务，全面提高教育质量，办好人民满意的教育。</p><p>二、主要任务</p><p>（一）推进课后服务。全面推行课后服务，实现义务教育学校全覆盖。</p></div>`;

  test('scripts, handlers, javascript: links, frames and <base> are markup, never run and never text', async () => {
    const hostile = page(
      '<base href="http://evil.example/"><script>globalThis.ran = true</script>',
      `<div onclick="globalThis.ran = true"><img src=x onerror="globalThis.ran = true"><a href="javascript:globalThis.ran=true">点我</a><iframe src="http://evil.example/"></iframe>${article}<noscript>请开启脚本</noscript></div>`,
    );
    const plan = await convertDocument(new TextEncoder().encode(hostile), { file: 'plans/x.html', slug: 'x' });
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(JSON.stringify(plan)).not.toMatch(/globalThis|evil\.example|请开启脚本/);
    expect(plan.meta.title).toBe('江北区2023年教育工作要点');
    expect([...walk(plan.sections)].map((n) => n.marker)).toEqual(['一、', '二、', '（一）']);
  });

  test('text that looks like code is text: { export <script> come out literally in the MDX', async () => {
    const body = article.replace('全面提高教育质量', '全面提高教育质量 {x} &lt;script&gt;alert(1)&lt;/script&gt;').replace('<p>二、主要任务</p>', '<p>export const a = 1</p><p>二、主要任务</p>');
    const plan = await convertDocument(new TextEncoder().encode(page('', body)), { file: 'plans/x.html', slug: 'x' });
    const back = readBack(emitMdx(plan));
    expect(back.code).toEqual([]);
    expect(back.blocks.map((b) => b.text).join('\n')).toContain('{x} <script>alert(1)</script>');
    expect(back.blocks.map((b) => b.text)).toContain('export const a = 1');
  });

  test('hidden text is not read but logged; a page declaring gb2312 but saved as UTF-8 is read by its bytes', () => {
    const html = page('', `<div style="display:none">隐藏的统计文字</div>${article}`, 'gb2312');
    const read = readHtml(new TextEncoder().encode(html));
    expect(read.encoding).toBe('utf-8');
    expect(read.steps[0]).toBe('web page, encoding utf-8 (read from the bytes; the page declares gb2312)');
    expect(read.removed).toContainEqual(expect.objectContaining({ text: '隐藏的统计文字', rule: 'hidden' }));
  });

  test('a 5 MB page on one line converts in bounded time', async () => {
    const paragraph = '<p>坚持立德树人根本任务，全面提高教育质量，办好人民满意的教育。</p>';
    const huge = page('', article.replace('</div>', `${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length / 3))}</div>`));
    expect(huge).not.toContain('\n');
    const plan = await convertDocument(new TextEncoder().encode(huge), { file: 'plans/x.html', slug: 'x' });
    expect(plan.sections).toHaveLength(2);
  }, 60_000);
});

describe('hostile files give a clear message', () => {
  const fails = async (bytes: Uint8Array | Promise<Uint8Array>, file: string) => {
    try {
      await convertDocument(await bytes, { file, slug: 'x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConvertError);
      return { rule: (error as ConvertError).rule, message: (error as ConvertError).message };
    }
    throw new Error(`${file} was converted`);
  };

  test('a .docx zip bomb is refused before it is inflated', async () => {
    expect(await fails(zipBombDocx(), 'plans/x.docx')).toEqual({ rule: 'unsafe-file', message: expect.stringMatching(/^word\/document\.xml expands to 100 MB \(cap 32 MB\)/) });
  });
  test('a .docx whose archive lies about a part size is refused', async () => {
    expect(await fails(forgedSizeDocx(), 'plans/x.docx')).toMatchObject({ rule: 'broken-file', message: expect.stringContaining('claims 1000 bytes') });
  });
  test('a .docx with entity declarations (billion laughs) is refused', async () => {
    expect(await fails(billionLaughsDocx(), 'plans/x.docx')).toMatchObject({ rule: 'unsafe-file', message: expect.stringContaining('declares a document type') });
  });
  test('a .docx that is not a zip, and a .doc or .wps, say to save as .docx', async () => {
    expect(await fails(new TextEncoder().encode('一、总体要求'), 'plans/x.docx')).toMatchObject({ rule: 'broken-file', message: expect.stringContaining('save it again from Word as .docx') });
    expect(await fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'plans/x.doc')).toMatchObject({ rule: 'unsupported-format', message: expect.stringContaining('save it as .docx') });
    expect(await fails(new Uint8Array([1, 2, 3]), 'plans/x.wps')).toMatchObject({ rule: 'unsupported-format' });
  });
  test('an encrypted PDF, a 5,000-page PDF and a scan without text', async () => {
    expect(await fails(encryptedPdf(), 'plans/x.pdf')).toMatchObject({ rule: 'encrypted-pdf', message: expect.stringContaining('save an unprotected copy') });
    expect(await fails(manyPagesPdf(5000), 'plans/x.pdf')).toMatchObject({ rule: 'too-many-pages', message: expect.stringContaining('has 5000 pages') });
    expect(await fails(scannedPdf(), 'plans/x.pdf')).toMatchObject({ rule: 'no-text-layer', message: expect.stringContaining('save the plan\'s text as plans/<slug>.txt') });
    expect(await fails(new TextEncoder().encode('not a pdf'), 'plans/x.pdf')).toMatchObject({ rule: 'broken-file' });
  }, 60_000);
});

describe('Word numbering', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('chineseCounting %i is %s', (n, printed) => {
    expect(chineseCounting(n)).toBe(printed);
  });

  test.each([
    ['decimal', 12, '12'],
    ['decimalEnclosedCircle', 3, '③'],
    ['ideographTraditional', 2, '乙'],
    ['chineseLegalSimplified', 12, '拾贰'],
    ['decimalFullWidth', 12, '１２'],
    ['lowerRoman', 4, 'iv'],
    ['upperLetter', 27, 'AA'],
  ])('%s %i is %s', (format, n, printed) => {
    expect(formatCounter(n, format)).toBe(printed);
  });

  test('deeper levels start again under a new heading; an instance with a start override restarts its list', () => {
    const level = (start: number, format: string, text: string) => ({ start, format, text, legal: false });
    const counters = new Counters({
      abstracts: new Map([['0', { levels: new Map([[0, level(1, 'chineseCounting', '%1、')], [1, level(1, 'chineseCounting', '（%2）')], [2, level(1, 'decimal', '%3.')]]) }]]),
      instances: new Map([
        ['1', { abstractId: '0', startOverrides: new Map() }],
        ['2', { abstractId: '0', startOverrides: new Map([[0, 1]]) }],
      ]),
    });
    const printed = [
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 2],
      [1, 1],
      [1, 0],
      [1, 1],
      [2, 0],
    ].map(([num, ilvl]) => counters.next(String(num), ilvl!));
    expect(printed).toEqual(['一、', '（一）', '1.', '2.', '（二）', '二、', '（一）', '一、']);
  });

  test('a decimal outline keeps the tab Word draws after 1.1 as a space, so its items read as items', () => {
    const level = (text: string, suffix?: 'tab' | 'space' | 'nothing') => ({ start: 1, format: 'decimal', text, legal: false, suffix });
    const counters = new Counters({
      abstracts: new Map([['0', { levels: new Map([[0, level('%1')], [1, level('%1.%2')], [2, level('%1.%2.%3', 'nothing')]]) }]]),
      instances: new Map([['1', { abstractId: '0', startOverrides: new Map() }]]),
    });
    const printed = [0, 1, 1, 2, 0, 1].map((ilvl) => counters.next('1', ilvl));
    expect(printed).toEqual(['1 ', '1.1 ', '1.2 ', '1.2.1', '2 ', '2.1 ']);
    const lines = ['1 加强党的全面领导', '1.1 深入学习贯彻党的二十大精神', '1.2 加强领导班子建设'];
    expect(lines.map((l, i) => (matchNumbering(l) ?? decimalTopLevel(l, lines[i + 1]))?.style)).toEqual(['decimal-1', 'decimal-2', 'decimal-2']);
  });
});

describe('PDF text rows into paragraphs', () => {
  const row = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 16, size: 16 });
  const page = (runs: ReturnType<typeof row>[]) => ({ width: 595, height: 842, runs });

  test('indented first lines open paragraphs, wrapped rows join without a space, headers and page numbers go', () => {
    const pages = [1, 2].map((n) =>
      page([
        row('江北区教育局', 250, 820),
        row('一、总体要求', 118, 700),
        row('坚持立德树人根本任务，全面提高教育质量，办好人', 118, 674),
        row('民满意的教育。', 86, 648),
        row(`— ${n} —`, 280, 30),
      ]),
    );
    const rebuilt = rebuildParagraphs(pages);
    expect(rebuilt.lines.map((l) => l.text)).toEqual(['一、总体要求', '坚持立德树人根本任务，全面提高教育质量，办好人民满意的教育。', '一、总体要求', '坚持立德树人根本任务，全面提高教育质量，办好人民满意的教育。']);
    expect(rebuilt.removed.map((r) => `${r.rule} ${r.text}`)).toEqual(['running-header 江北区教育局', 'page-number — 1 —', 'running-header 江北区教育局', 'page-number — 2 —']);
  });
});

test('a portal page in GBK: the 信息公开 box gives the document number, the notice wraps the plan, the page around it is logged', async () => {
  const bytes = readFileSync(join(import.meta.dirname, 'fixtures/formats/portal-notice-gbk.html'));
  const plan = await convertDocument(bytes, { file: 'plans/portal-notice-gbk.html', slug: 'portal-notice-gbk' });
  expect(plan.meta).toMatchObject({ title: '临江市教育局2024年工作要点', issuer: '临江市教育局', date: '2024-03-01', encoding: 'gb18030', format: 'html' });
  expect(plan.docNumber).toBe('临教〔2024〕8号');
  expect(plan.wrapper).toMatchObject({ title: '关于印发《临江市教育局2024年工作要点》的通知', signature: { issuer: '临江市教育局', date: '2024-03-01' } });
  expect([...walk(plan.sections)].map((n) => n.id)).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3', 's2-4', 's2-5']);
  const removed = plan.removed.map((r) => r.text).join('\n');
  for (const chrome of ['下一篇：关于开展2024年教育督导的通知', '临江市教育局2024年工作要点.docx', '浙ICP备12345678号', '发布时间：2024-03-04 10:20']) expect(removed).toContain(chrome);
});

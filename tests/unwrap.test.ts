import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Line } from '../src/converter/normalize.ts';
import { convertText, walk } from '../src/converter/convert.ts';
import { decode } from '../src/converter/decode.ts';
import { emWidth, findMeasure, unwrapLines } from '../src/converter/unwrap.ts';
import { dumpedFromPdf } from './shapes.ts';

const lines = (text: string): Line[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

const PARAGRAPHS = [
  '2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。',
  '一、坚持立德树人',
  '（一）深化思想政治教育。推进大中小学思政课一体化建设，开展“大思政课”实践教学，建设一批思政课实践教学基地。',
  '（二）加强基层党组织建设。深入实施党建质量提升工程，推动中小学校党组织领导的校长负责制落地见效，建强用好党建品牌。',
  '（三）扩大学前教育普惠资源。新建、改扩建公办幼儿园10所，新增学位3000个，普惠性幼儿园覆盖率稳定在90%以上。',
];

describe('a text wrapped at a fixed measure', () => {
  test('the measure is found, and every paragraph is whole again, character for character', () => {
    const input = lines(dumpedFromPdf(PARAGRAPHS));
    const out = unwrapLines(input);
    expect(out.measure).toBe(28);
    expect(out.lines.map((l) => l.text)).toEqual(PARAGRAPHS);
    expect(out.lines.map((l) => l.no)).toEqual([1, 5, 6, 8, 11]);
  });
  test('a line cut at the measure does not swallow a numbered line after it', () => {
    const text = dumpedFromPdf([PARAGRAPHS[2]!, PARAGRAPHS[3]!, PARAGRAPHS[4]!, PARAGRAPHS[0]!]).replace('落地见效，建强用好党建品牌。', '落地见效，建强用好党建品牌');
    const out = unwrapLines(lines(`${text}\n二、推进优质均衡`));
    expect(out.lines.at(-1)!.text).toBe('二、推进优质均衡');
  });
  test('a full line that closes a sentence ends its paragraph', () => {
    const full = '推进大中小学思政课一体化建设，开展大思政课实践教学。';
    expect(emWidth(full)).toBe(26);
    const out = unwrapLines(lines(`${dumpedFromPdf(PARAGRAPHS)}\n${full}\n下一段落的文字。`));
    expect(out.lines.at(-1)!.text).toBe('下一段落的文字。');
  });
  test('ASCII digits count half a character', () => {
    expect(emWidth('新增学位3000个')).toBe(7);
  });
});

describe('text that is not wrapped is left alone', () => {
  test('a web page: one paragraph a line, of every length', () => {
    expect(findMeasure(lines(PARAGRAPHS.join('\n')))).toBeNull();
  });
  test('a plan of short headings: no measure below a page width', () => {
    const headings = lines(
      ['中共南岭市委教育工作委员会 南岭市教育局', '关于印发《2023年全市教育系统工作要点》的通知', '一、坚持党的全面领导', '（一）加强政治建设。', '（二）加强思想建设。', '二、推进教育改革发展', '（三）推进基础教育扩优提质。', '（四）推进职业教育提质培优。', '三、强化教育保障', '（五）加强教师队伍建设。'].join('\n'),
    );
    expect(unwrapLines(headings).joined).toBe(0);
  });
  test('lines of one width that close their sentences are not a wrap', () => {
    const list = lines(Array.from({ length: 8 }, (_, i) => `${i + 1}.推进大中小学思政课一体化建设，开展实践教学活动。`).join('\n'));
    expect(unwrapLines(list).joined).toBe(0);
  });
});

describe('a number at the start of a line the measure cut', () => {
  test('goes on with the sentence when it does not continue the outline; opens an item when it does', () => {
    // A first line of 28 characters that leaves its sentence open, then 2、 on the next line (…落实|2、项…).
    const cut = `（一）落实全面从严治党责任。${'压实各级党组织主体责任推进全面从严治党向纵深发展推动中小学校落实'}`.slice(0, 28);
    const text = ['南江市2024年教育工作要点', '一、加强党的建设', cut, '2、项重点任务落地见效。', dumpedFromPdf(PARAGRAPHS.slice(3)), '二、提高教育质量', dumpedFromPdf([PARAGRAPHS[0]!])].join('\n');
    const plan = convertText(text, { file: 'plans/x.txt', slug: 'x' });
    expect(plan.sections[0]!.children.map((n) => n.marker)).toEqual(['（一）', '（二）', '（三）']);
    expect(plan.sections[0]!.children[0]!.paragraphs.join('')).toMatch(/2、项重点任务落地见效。$/);
    expect(plan.warnings.filter((w) => w.rule === 'out-of-sequence')).toEqual([]);
  });
});

/** Real plans that are plain articles — not Markdown posts, not a sharing site's numbered pages — as a PDF of them would be dumped. */
const PLAIN_ARTICLES = [
  join(import.meta.dirname, '../plans/2020-district-education.txt'),
  join(import.meta.dirname, '../plans/2022-moe-basic-education.txt'),
  join(import.meta.dirname, '../plans/2022-moe-reform-zones-article.txt'),
  join(import.meta.dirname, '../../shared/corpus/08_pudong-2016-xueshengyishujie-notice.txt'),
];

describe.each(PLAIN_ARTICLES.flatMap((file) => [28, 36].map((measure) => ({ file, measure, name: `${basename(file)} at ${measure}` }))))(
  'a real plan dumped from a PDF: $name',
  ({ file, measure }) => {
    test('keeps its outline: every anchor, marker and heading as in the text it was printed from', () => {
      const text = decode(readFileSync(file)).text;
      const outline = (t: string) => [...walk(convertText(t, { file, slug: 'x' }).sections)].map((n) => `${n.id} ${n.marker ?? ''}${n.title ?? ''}`);
      const dumped = dumpedFromPdf(text.split('\n').map((l) => l.trim()), measure);
      expect(outline(dumped)).toEqual(outline(text));
    });
  },
);

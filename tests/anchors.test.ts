/**
 * Anchors are derived from the document's numbering, so a re-scrape of the same plan with other
 * line endings, blank lines, page chrome or a corrected typo gives the same ids.
 */
import { describe, expect, test } from 'vitest';
import { decode } from '../src/converter/decode.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { convertSeed, convertString, nodes, seeds } from './helpers.ts';

const ids = (plan: Plan) => nodes(plan).map((n) => `${n.id} ${n.title ?? ''}`);

/** Change one character in the middle of the longest paragraph, as a typo fix would. */
function fixTypo(text: string, plan: Plan): string {
  const longest = nodes(plan).flatMap((n) => n.paragraphs).sort((a, b) => b.length - a.length)[0]!;
  const at = Math.floor(longest.length / 2);
  const fixed = `${longest.slice(0, at)}${longest[at] === '某' ? '甲' : '某'}${longest.slice(at + 1)}`;
  expect(text).toContain(longest.slice(0, 30));
  return text.replace(longest, fixed);
}

const perturbations: Record<string, (text: string, plan: Plan) => string> = {
  'CRLF line endings': (t) => t.replace(/\r?\n/g, '\r\n'),
  'doubled blank lines': (t) => t.replace(/\n/g, '\n\n'),
  'other page chrome above and below': (t) =>
    `首页 > 新闻中心 > 通知公告\n发布时间：2023-03-01 10:00 点击量：99\n\n${t}\n相关文章\n关于做好2023年招生工作的通知\n版权所有：某某市教育局 ICP备12345678号\n`,
  'a typo fixed inside an item': fixTypo,
};

describe.each(seeds.map((s) => s.slug))('%s keeps its ids after', (slug) => {
  const original = convertSeed(slug);
  const text = decode(seeds.find((s) => s.slug === slug)!.bytes).text;
  test.each(Object.keys(perturbations))('%s', (name) => {
    const revised = convertString(perturbations[name]!(text, original), slug);
    expect(ids(revised)).toEqual(ids(original));
  });
});

describe('ids follow the numbering path', () => {
  test('sections, items and unnumbered blocks', () => {
    const plan = convertSeed('2022-moe-basic-education');
    expect(nodes(plan).map((n) => n.id)).toContain('s3-p1');
    expect(nodes(plan).map((n) => n.id).slice(0, 5)).toEqual(['s1', 's1-1', 's1-2', 's1-3', 's2']);
  });
  test('three levels: 三/(一)/2 → s3-1-2', () => {
    const plan = convertSeed('2021-district-basic-education');
    expect(nodes(plan).find((n) => n.id === 's3-1-2')?.title).toBe('提升学前教育品质');
  });
  test('a number printed twice under one parent still gets a unique id', () => {
    const plan = convertString('2023年某县教育工作要点\n一、总体要求\n1.第一项工作。内容甲。\n2.第二项工作。内容乙。\n2.又一个第二项。内容丙。\n');
    expect(nodes(plan).map((n) => n.id)).toEqual(['s1', 's1-1', 's1-2', 's1-2b']);
    expect(plan.warnings.map((w) => w.rule)).toContain('out-of-sequence');
  });
});

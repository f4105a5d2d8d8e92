/**
 * Nothing is lost: every character of a plan's body that the report does not list as removed
 * is in the model, in order; and no noise is.
 */
import { describe, expect, test } from 'vitest';
import { decode } from '../src/converter/decode.ts';
import { normalize } from '../src/converter/normalize.ts';
import type { Plan, PlanNode } from '../src/schemas/plan.ts';
import { convertSeed, seeds } from './helpers.ts';

const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0]/g, '');

/** The raw text with each removed fragment taken out of its line. */
function keptSource(bytes: Uint8Array, plan: Plan): string {
  const lines = normalize(decode(bytes).text).lines.map((l) => l.text);
  for (const r of plan.removed) {
    const line = lines[r.line - 1]!;
    const at = line.indexOf(r.text);
    expect(at, `removed text 「${r.text}」 is on line ${r.line}`).toBeGreaterThanOrEqual(0);
    lines[r.line - 1] = line.slice(0, at) + line.slice(at + r.text.length);
  }
  return squeeze(lines.join(''));
}

/** The model's text in reading order, numbering and title delimiters included. */
function modelText(plan: Plan): string {
  const node = (n: PlanNode): string =>
    `${n.marker ?? ''}${n.title ?? ''}${n.delimiter}${n.paragraphs.join('')}${n.children.map(node).join('')}`;
  return squeeze(plan.preamble.join('') + plan.sections.map(node).join(''));
}

const NOISE = /版权所有|版權所有|ICP|公网安备|技术支持|还能输入|评论|当前隐藏内容|第\s*\d+\s*页|共\s*\d+\s*页|无码|午夜|蜘蛛池|猜你喜|推荐访问|网站已支持|欢迎光临|由会员分享|小编|点击量|发布时间|關鍵詞|限制150内/;

describe.each(seeds.map((s) => s.slug))('%s', (slug) => {
  const plan = convertSeed(slug);
  const bytes = seeds.find((s) => s.slug === slug)!.bytes;

  test('every body character not listed as removed is in the model, in order', () => {
    expect(modelText(plan)).toBe(keptSource(bytes, plan));
  });

  test('no noise reaches the model', () => {
    expect(modelText(plan)).not.toMatch(NOISE);
  });

  test('every removal has a rule and a reason', () => {
    for (const r of plan.removed) {
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(r.reason.length).toBeGreaterThan(3);
    }
  });
});

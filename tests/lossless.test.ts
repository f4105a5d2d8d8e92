/**
 * Nothing is lost: every character of a plan's body that the report does not list as removed
 * is in the model, in order; and no noise is.
 */
import { describe, expect, test } from 'vitest';
import { convertSeed, keptSource, modelText, seeds } from './helpers.ts';

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

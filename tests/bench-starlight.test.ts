/**
 * The comparison site of the bench holds the same text as yaodian's: one Markdown page a plan,
 * 一、 and （一） lines as headings, every other line a paragraph whose Markdown characters are
 * escaped so it reads as written.
 */
import { expect, test } from 'vitest';
import { markdownOf, starlightProject } from '../src/bench/starlight.ts';

test('headings by numbering, other lines as escaped paragraphs', () => {
  const md = markdownOf({ slug: 'p-1', text: '2023年工作要点\n一、总体要求\n（一）推进*双减*\n1. 完善课后服务 <b>{x}</b>\n- 减轻负担\n' });
  expect(md).toBe('---\ntitle: "p-1"\n---\n\n2023年工作要点\n\n## 一、总体要求\n\n### （一）推进\\*双减\\*\n\n1\\. 完善课后服务 \\<b\\>\\{x\\}\\</b\\>\n\n\\- 减轻负担\n');
});

test('a project: config, content collection and one page a plan', () => {
  const files = starlightProject([{ slug: 'a', text: '一、甲' }, { slug: 'b', text: '一、乙' }]);
  expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'src/content.config.ts', 'src/content/docs/index.md', 'src/content/docs/plans/a.md', 'src/content/docs/plans/b.md']);
  expect(files['astro.config.mjs']).toContain("import starlight from '@astrojs/starlight'");
});

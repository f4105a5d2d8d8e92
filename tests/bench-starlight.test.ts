/**
 * The comparison sites of the bench hold the same text as yaodian's. Starlight's: one Markdown page a plan,
 * 一、 and （一） lines as headings, every other line a paragraph whose Markdown characters are
 * escaped so it reads as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { floorProject } from '../src/bench/floor.ts';
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

test("the floor builds the converter's own MDX with the site's Markdown settings, one bare page a plan", () => {
  const mdx = { 'a.mdx': '---\ntitle: "甲"\n---\n\n## 一、总体要求 {#s1}\n' };
  const files = floorProject(mdx);
  expect(files['src/content/plans/a.mdx']).toBe(mdx['a.mdx']);
  // Heading ids ({#s1}) parse only with the site's processor and features.
  const site = readFileSync(join(import.meta.dirname, '../astro.config.mjs'), 'utf8');
  const processor = /processor: satteri\(\{[^)]*\}\)/.exec(site)?.[0];
  expect(processor).toBeDefined();
  expect(files['astro.config.mjs']).toContain(processor!);
  expect(files['src/pages/plans/[slug].astro']).toContain('data-pagefind-body');
});

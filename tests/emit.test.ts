/**
 * The MDX says exactly what the model says: parsed back by Sätteri, every item is a heading with
 * its id and every paragraph's text is the plan's text, character for character; nothing in the
 * text is taken for MDX, JSX, HTML or Markdown syntax.
 */
import { describe, expect, test } from 'vitest';
import { emitMdx } from '../src/converter/emit.ts';
import { readReferences } from '../src/converter/references.ts';
import { convertSeed, convertString, seeds } from './helpers.ts';
import { expectedBlocks, readBack } from './mdx-roundtrip.ts';


describe.each(seeds.map((s) => s.slug))('%s', (slug) => {
  test('the MDX reads back as the model: headings with ids, paragraphs verbatim', () => {
    const plan = convertSeed(slug);
    const back = readBack(emitMdx(plan));
    expect(back.code).toEqual([]);
    expect(back.blocks).toEqual(expectedBlocks(plan));
  });
});

const HOSTILE_LINES = [
  "import fs from 'node:fs'",
  'export const pwned = globalThis.process.exit(1)',
  '{process.exit(1)}',
  '不低于{x}的比例，达到<15%，<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '`code` **粗体** _斜体_ [链接](javascript:alert(1)) ![图](x.png)',
  '# 不是标题 ## 也不是',
  '> 引用 - 列表 * 星号 + 加号',
  '1. 有序 2) 括号',
  '---',
  '| 表 | 格 |',
  '&amp; &#x41; &lt;',
  '\\ 反斜杠 \\{ \\<',
  '$$ x^2 $$ :::note',
  '<!-- 注释 -->',
  '   缩进的代码块？',
  '𠀀𪚥 astral 😀',
];

describe('hostile text renders literally', () => {
  test.each(HOSTILE_LINES)('%s', (line) => {
    const text = `2023年某市教育工作要点\n一、总体要求\n${line}\n1.加强管理。${line}\n`;
    const plan = convertString(text);
    const back = readBack(emitMdx(plan));
    expect(back.code).toEqual([]);
    expect(back.blocks).toEqual(expectedBlocks(plan));
    const all = back.blocks.map((b) => b.text).join('\n');
    // Markup of a blog export or a page (** bold, # heading marks, ![images](…), <p> tags) is logged as
    // removed and character references (&amp;) are read; every other character comes out as written.
    let expected = readReferences(line).text;
    for (const r of plan.removed.filter((r) => r.line === 3)) expected = expected.replace(r.text, '');
    expect(all.replace(/\s+/g, '')).toContain(expected.trim().replace(/\s+/g, ''));
  });
});

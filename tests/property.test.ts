/**
 * Hostile and broken input, generated: MDX/JSX/HTML/Markdown syntax, import/export lines,
 * {…} expressions, <script>, control characters, astral-plane characters, very long lines.
 * The converter either converts or says why (a ConvertError, never a crash); what it emits
 * compiles as MDX and reads back as the same text, with nothing taken for code.
 */
import fc from 'fast-check';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { walk } from '../src/converter/convert.ts';
import { emitMdx } from '../src/converter/emit.ts';
import { ConvertError } from '../src/converter/errors.ts';
import { plan as planSchema, type Plan } from '../src/schemas/plan.ts';
import { convertString } from './helpers.ts';
import { expectedBlocks, readBack, SATTERI_FEATURES } from './mdx-roundtrip.ts';

const HOSTILE = [
  "import x from 'y'", 'export const a = 1', 'export default () => null', '{process.exit(1)}', '{', '}', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '</div>', '<div>', '<>', '`', '```', '~~~', '# ', '## ', '> ', '- ', '* ', '1) ', '---', '***', '|a|b|',
  '[x](javascript:alert(1))', '![x](y)', '<!--', '-->', '&amp;', '&#x3C;', '\\', '$$', ':::', '{/* */}', '<Foo bar={1} />', '\u0000', '\u0007',
  '\u001b[31m', '\u200b', '\ufeff', '\u2028', '𠀀', '😀', '𪚥', '\t', '  ', '《', '》', '（一）', '一、', '1.', '①', '一是',
];
const MARKERS = ['一、', '二、', '三、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '①', '一是', '第一条', ''];
const HAN = fc.string({ unit: fc.constantFrom(...'教育工作要点加强推进落实课后服务双减學校發展质量管理，。；：“”《》（）'.split('')), minLength: 1, maxLength: 40 });
const piece = fc.oneof(HAN, fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
const line = fc.tuple(fc.constantFrom(...MARKERS), fc.array(piece, { minLength: 1, maxLength: 8 })).map(([m, parts]) => m + parts.join(''));
const planText = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 25 }), fc.boolean(), fc.nat({ max: 3 }))
  .map(([lines, withTitle, long]) => {
    const body = lines.join(long === 3 ? '\r\n' : '\n');
    const longLine = long === 2 ? `\n四、${'很长的一行，'.repeat(5000)}` : '';
    return `${withTitle ? '2023年某县教育工作要点\n' : ''}一、总体要求\n${body}${longLine}`;
  });


describe('generated hostile plans', () => {
  test('convert or fail with a ConvertError; the MDX compiles and says exactly the text', () => {
    fc.assert(
      fc.property(planText, (text) => {
        let plan: Plan;
        try {
          plan = convertString(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ConvertError);
          return;
        }
        planSchema.parse(plan);
        const mdx = emitMdx(plan);
        expect(() => mdxToJs(mdx, { features: SATTERI_FEATURES })).not.toThrow();
        const back = readBack(mdx);
        expect(back.code).toEqual([]);
        // Whitespace at the edges of a paragraph is not significant in Markdown.
        expect(back.blocks.map((b) => ({ ...b, text: b.text.trim() }))).toEqual(expectedBlocks(plan).map((b) => ({ ...b, text: b.text.trim() })));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  test('arbitrary bytes never crash the converter', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          convertString(new TextDecoder().decode(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(ConvertError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('size', () => {
  test('a plan of 10,000 items converts, every item kept', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `${i + 1}.第${i + 1}项工作。加强管理，落实责任，确保各项任务按期完成。`);
    const text = `2023年某市教育工作要点\n一、重点工作\n${items.join('\n')}\n`;
    const plan = convertString(text);
    expect(plan.sections[0]!.children).toHaveLength(10_000);
    expect(plan.sections[0]!.children.at(-1)!.id).toBe('s1-10000');
  });

  test('a 10 MB plan converts', () => {
    const paragraph = '全面贯彻党的教育方针，落实立德树人根本任务，深化教育领域综合改革，加快建设高质量教育体系。'.repeat(40);
    const sections = Array.from({ length: 20 }, (_, s) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][s % 10]}、第${s + 1}部分\n${Array.from({ length: 100 }, (_, i) => `${i + 1}.工作${i + 1}。${paragraph}`).join('\n')}`);
    const text = `2023年某市教育工作要点\n${sections.join('\n')}\n`;
    expect(text.length * 3).toBeGreaterThan(10_000_000);
    const plan = convertString(text);
    expect([...walk(plan.sections)].length).toBeGreaterThanOrEqual(2000);
  });
});

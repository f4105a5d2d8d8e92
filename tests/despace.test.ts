import { describe, expect, test } from 'vitest';
import { closeLetterSpacing } from '../src/converter/despace.ts';
import type { Line } from '../src/converter/normalize.ts';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text }));

describe('letter-spaced text from a PDF dump', () => {
  test('is closed up: no space between Chinese characters, marks and digits; a Latin word keeps its spaces', () => {
    const out = closeLetterSpacing(lines('南 江 市 2024 年 教 育 工 作 要 点', '一 、 加 强 党 的 建 设', '（ 一 ） 推 进 STEM 教 育 和 AI 课 程 建 设 。', '2024 年 2 月 20 日'));
    expect(out.lines.map((l) => l.text)).toEqual(['南江市2024年教育工作要点', '一、加强党的建设', '（一）推进 STEM 教育和 AI 课程建设。', '2024年2月20日']);
    expect(out.closed).toBe(4);
  });
  test('a text set as Chinese is set is left alone, even where one line spells a name out', () => {
    const text = lines('南江市2024年教育工作要点', '一、加强党的建设', '主 办 单 位', '南 江 市 教 育 局', '（一）落实全面从严治党责任。', '（二）加强师德师风建设。');
    expect(closeLetterSpacing(text)).toEqual({ lines: text, closed: 0 });
  });
  test('English text and its spaces are not touched', () => {
    const text = lines('Work Plan 2024', 'one two three', 'four five six', 'seven eight nine');
    expect(closeLetterSpacing(text).closed).toBe(0);
  });
});

/**
 * A numbering marker printed on a line of its own joins the line it numbers (一、 | 加强…), as
 * PDFs' text runs, Word's tab stops and pages' cells set them apart; nothing else is joined.
 */
import { describe, expect, test } from 'vitest';
import { bareMarker, joinBareMarkers } from '../src/converter/markers.ts';
import type { Line } from '../src/converter/normalize.ts';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text }));
const joined = (...texts: string[]) => joinBareMarkers(lines(...texts)).lines.map((l) => l.text);

describe('a marker alone on its line', () => {
  test.each(['一、', '（一）', '(二)', '1.', '2、', '（3）', '①', '第一部分', '【一】', '1.1'])('%s is a bare marker', (text) => expect(bareMarker(text)).toBe(text));
  test.each(['1', '2024', '一', '加强党的全面领导', '一、加强党的全面领导', '二〇二四年'])('%s is not', (text) => expect(bareMarker(text)).toBeNull());

  test('joins the heading below it, keeping every character and the line number of the marker', () => {
    const out = joinBareMarkers(lines('一、', '加强党的全面领导', '（一）', '深化理论武装。开展党纪学习教育。'));
    expect(out.lines).toEqual([
      { no: 1, text: '一、加强党的全面领导' },
      { no: 3, text: '（一）深化理论武装。开展党纪学习教育。' },
    ]);
    expect(out.joined).toBe(2);
  });
  test('a decimal number keeps a space before its text, which a decimal outline needs', () => {
    expect(joined('1.1', '深入学习贯彻党的二十大精神')).toEqual(['1.1 深入学习贯彻党的二十大精神']);
  });
  test('steps over page furniture between the marker and its text (a preview wall), which stays for the strip step', () => {
    expect(joined('（一）', '还剩5页未读，继续阅读', '深化理论武装。')).toEqual(['（一）深化理论武装。', '还剩5页未读，继续阅读']);
  });
  test('never joins a marker to another marker, a numbered line, or nothing', () => {
    expect(joined('一、', '二、', '加强')).toEqual(['一、', '二、加强']);
    expect(joined('一、', '1.加强师德建设')).toEqual(['一、', '1.加强师德建设']);
    expect(joined('正文。', '一、')).toEqual(['正文。', '一、']);
    expect(joined('1', '深化理论武装')).toEqual(['1', '深化理论武装']);
  });
});

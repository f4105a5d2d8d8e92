/**
 * Close up letter-spaced text. A PDF that sets its characters apart (character spacing, justified
 * lines) comes out of some text dumps with a space between every two characters: 一 、 加 强 党
 * 的 建 设. Chinese sets no space between its characters, so when most of a text's lines are
 * spaced so, the spaces between a Chinese character or mark and its neighbour (Chinese, a mark
 * or a digit) are the dump's, not the text's, and go; spaces between Latin words stay. Only
 * white space is taken out. Pure.
 */
import type { Line } from './normalize.ts';

export interface Despaced {
  lines: Line[];
  /** How many lines were closed up. */
  closed: number;
}

/** Chinese characters and the full-width marks Chinese text sets. */
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2014\\u2026';
const SPACED_PAIR = new RegExp(`[${HAN}][ \\u00a0](?=[${HAN}])`, 'g');
const TIGHT_PAIR = new RegExp(`[${HAN}](?=[${HAN}])`, 'g');
/** A space with Chinese on one side and Chinese, a mark or a digit on the other. */
const DUMP_SPACE = new RegExp(`(?<=[${HAN}])[ \\u00a0]+(?=[${HAN}0-9])|(?<=[${HAN}0-9])[ \\u00a0]+(?=[${HAN}])`, 'g');

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
/** Fewer neighbouring Chinese characters than this say nothing of how a text is set. */
const MIN_SPACED_PAIRS = 20;

export function closeLetterSpacing(lines: readonly Line[]): Despaced {
  const spaced = lines.reduce((n, l) => n + count(l.text, SPACED_PAIR), 0);
  const tight = lines.reduce((n, l) => n + count(l.text, TIGHT_PAIR), 0);
  // Most of the text is letter-spaced, not a line of it that spells a name out (主 办 单 位) nor the page around it.
  if (spaced < MIN_SPACED_PAIRS || spaced <= tight) return { lines: [...lines], closed: 0 };
  let closed = 0;
  const out = lines.map((line) => {
    const text = line.text.replace(DUMP_SPACE, '');
    if (text === line.text) return line;
    closed++;
    return { ...line, text };
  });
  return { lines: out, closed };
}

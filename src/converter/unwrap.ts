/**
 * Undo a fixed-width wrap. Text copied or dumped from a PDF keeps the page's line breaks: every
 * line stops at the measure (GB/T 9704 sets 28 characters a line), mid-sentence and even
 * mid-word (…全面贯彻党的二|十大精神). When most of a text's long lines end at one width, a line
 * that reaches it and does not close its paragraph continues on the next line — unless that line
 * opens a numbered item. Joining adds and drops no character. Pure.
 */
import type { Line } from './normalize.ts';
import { matchNumbering, TITLE_END } from './patterns.ts';

export interface Unwrapped {
  lines: Line[];
  /** The measure found, in ems, or null when the text is not wrapped at a fixed width. */
  measure: number | null;
  /** How many line breaks were taken out. */
  joined: number;
}

/** Lines shorter than this (in ems) say nothing about a measure: titles, signatures, dates. */
const MIN_WIDTH = 10;
/** A page of text is 20 to 50 characters wide (GB/T 9704: 28); web paragraphs, one a line, are far longer, headings shorter. */
const MIN_MEASURE = 20;
const MAX_MEASURE = 50;
/** The least number of lines that must end at the measure before it is believed. */
const MIN_FULL_LINES = 4;
/** The least number of lines the measure must cut mid-sentence. */
const MIN_CUTS = 3;
/** A paragraph's first line is indented two characters, so it ends two ems short of the measure. */
const INDENT = 2;

/** Width in ems: a Chinese or full-width character is one, an ASCII letter, digit or sign half. */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

/**
 * The width most long lines end at: the top of the band, from a full line down to an indented
 * first line, that holds the most lines (ties to the wider), believed only when it holds at
 * least half the long lines.
 */
export function findMeasure(lines: readonly Line[]): number | null {
  const widths = lines.map((l) => emWidth(l.text)).filter((w) => w >= MIN_WIDTH);
  if (widths.length < MIN_FULL_LINES) return null;
  let best: { measure: number; count: number } | null = null;
  for (const top of new Set(widths)) {
    if (top < MIN_MEASURE || top > MAX_MEASURE) continue;
    const count = widths.filter((w) => w <= top && w >= top - INDENT - 1).length;
    if (!best || count > best.count || (count === best.count && top > best.measure)) best = { measure: top, count };
  }
  if (!best || best.count < MIN_FULL_LINES || best.count * 2 < widths.length) return null;
  return best.measure;
}

/**
 * A notice's title or an attachment's header on a line of its own (附件1 关于开展…的通知, 南江市教育局
 * 关于印发…的通知): it names the kind of document at its end, outside any 《》, and holds no sentence.
 */
const isTitle = (text: string): boolean =>
  /^附\s*件|关于|關於/.test(text) && TITLE_END.test(text) && !/[，,。；;]/.test(text) && text.lastIndexOf('《') <= text.lastIndexOf('》');

/**
 * A line that reaches the measure without closing a sentence, before a line that opens no item:
 * the wrap cut it. A line ending with the kind of document (…的通知, …工作要点) is a title, whole.
 */
const isCut = (line: Line, next: Line | undefined, measure: number): boolean =>
  fillsUncut(line, measure) && next !== undefined && next.text !== '' && !next.heading && !matchNumbering(next.text);

/**
 * How a paragraph ends: with a full stop, a question or exclamation mark or an ellipsis, perhaps
 * inside a closing quote or bracket. A semicolon or a bracket alone ends a clause or a citation
 * (…共同提高；|推进…, …1号）|《…》), which a line may end with in the middle of its paragraph.
 */
const PARAGRAPH_END = /[。！？!?…](?:[”’」』）)])?$/;

/** A line that fills the measure and leaves its paragraph open. */
const fillsUncut = (line: Line, measure: number): boolean =>
  !line.heading && fillsMeasure(line.text, measure) && !PARAGRAPH_END.test(line.text) && !isTitle(line.text);

/** The measure a text is wrapped at, or null: a measure is a wrap only where it cuts text, a third of the full lines at least (most, in a real dump). */
export function wrapMeasure(lines: readonly Line[]): number | null {
  const found = findMeasure(lines);
  if (found === null) return null;
  const full = lines.filter((l) => fillsMeasure(l.text, found)).length;
  const cuts = lines.filter((l, i) => isCut(l, lines[i + 1], found)).length;
  return cuts >= MIN_CUTS && cuts * 3 >= full ? found : null;
}

/** A line that reaches the measure, or falls short of it only by a first line's indent. */
export const fillsMeasure = (text: string, measure: number): boolean => emWidth(text) >= measure - INDENT - 0.5;

export function unwrapLines(lines: readonly Line[]): Unwrapped {
  const measure = wrapMeasure(lines);
  if (measure === null) return { lines: [...lines], measure, joined: 0 };
  const out: Line[] = [];
  let joined = 0;
  let open = false;
  lines.forEach((line, i) => {
    const previous = out[out.length - 1];
    if (open && previous) {
      out[out.length - 1] = { ...previous, text: previous.text + line.text };
      joined++;
    } else if (i > 0 && matchNumbering(line.text) && fillsUncut(lines[i - 1]!, measure)) {
      // Whether the number opens an item or goes on with the sentence, only the outline can tell.
      out.push({ ...line, afterCut: true });
    } else {
      out.push(line);
    }
    open = isCut(line, lines[i + 1], measure);
  });
  return { lines: out, measure, joined };
}

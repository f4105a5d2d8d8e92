/**
 * Documents a plan cites: titles in 《…》 and document numbers such as 教基〔2022〕1号.
 * One cited document has one key whatever the script or bracket style it was written in.
 */
import { foldToSimplified } from '../text/script.ts';

export interface Citation {
  /** Offsets in the text, end exclusive, brackets included. */
  start: number;
  end: number;
  /** As printed, without 《》. */
  title: string;
  kind: 'title' | 'number';
}

const TITLE = /《([^《》\n]{2,80})》/g;
/** 〔2022〕1号 of 教基〔2022〕1号 (also [2021]40号, (2020)12号); the agency code before it is read backwards. */
const DOC_NUMBER_TAIL = /[〔[［(（](?:19|20)\d{2}[〕\]］)）]第?\d{1,4}号/g;
const AGENCY_CODE_MAX = 8;
/** Words that come before a document number but are not part of it: 按照豫教基〔2020〕12号. */
const LEADING_WORDS = /^(?:按照|根据|依据|依照|落实|贯彻|执行|参照|对照|结合|印发|转发|见|按|据|和|及|与|的)+/;
/** A file name shown by a document-sharing page is not a citation: 《2021年基础教育工作要点.doc》. */
const FILE_NAME = /\.(docx?|pdf|xlsx?|pptx?|wps|txt|zip|rar|html?)\b|页珍藏版|頁珍藏版/i;

export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(TITLE)) {
    if (FILE_NAME.test(m[1]!)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, title: m[1]!, kind: 'title' });
  }
  for (const m of text.matchAll(DOC_NUMBER_TAIL)) {
    let from = m.index;
    while (from > 0 && m.index - from < AGENCY_CODE_MAX && /[\u4e00-\u9fff]/.test(text[from - 1]!)) from--;
    if (from === m.index) continue;
    // The agency code is the few characters before the bracket, not the verb before it.
    const whole = text.slice(from, m.index + m[0].length);
    const lead = LEADING_WORDS.exec(whole)?.[0].length ?? 0;
    const start = from + lead;
    if (start >= m.index) continue;
    if (found.some((c) => start < c.end && m.index + m[0].length > c.start)) continue;
    found.push({ start, end: m.index + m[0].length, title: whole.slice(lead), kind: 'number' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The identity of a cited document: folded to Simplified, brackets and quotes unified, spaces gone. */
export function citationKey(title: string): string {
  return foldToSimplified(title)
    .normalize('NFKC')
    .replace(/[〔［[]/g, '(')
    .replace(/[〕］\]]/g, ')')
    .replace(/[“”"「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, '');
}

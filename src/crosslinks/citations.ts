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
/** 教基〔2022〕1号, 国办发[2021]40号, 豫教基(2020)12号. */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,8}[〔\[［(（]((?:19|20)\d{2})[〕\]］)）]第?\d{1,4}号/g;
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
  for (const m of text.matchAll(DOC_NUMBER)) {
    // The agency code is the few characters before the bracket, not the verb before it.
    const lead = LEADING_WORDS.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    if (found.some((c) => start < c.end && m.index + m[0].length > c.start)) continue;
    found.push({ start, end: m.index + m[0].length, title: m[0].slice(lead), kind: 'number' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The identity of a cited document: folded to Simplified, brackets and quotes unified, spaces gone. */
export function citationKey(title: string): string {
  return foldToSimplified(title)
    .normalize('NFKC')
    .replace(/[〔［\[]/g, '(')
    .replace(/[〕］\]]/g, ')')
    .replace(/[“”"「」『』]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, '');
}

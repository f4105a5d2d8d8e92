/**
 * Where an item's heading ends and its body begins. Plans print it four ways:
 *   1. heading alone:           一、筑牢疫情防线,守护师生安全健康
 *   2. space:                   一、指导思想 认真贯彻…
 *   3. sentence punctuation:    1.积极主动履职作为。落实教育优先…  or a lead phrase: 1．设立专场：校园…
 *   4. glued, nothing between:  1.稳妥实施中小学领导体制改革落实中办…
 * Case 4 is guessed from words headings end with and bodies open with; an editor can
 * correct any split in the sidecar (`titles:`).
 */
import { BODY_OPENERS, TITLE_ENDINGS } from './patterns.ts';

export interface TitleSplit {
  title: string | null;
  /** What stood between title and body in the source. */
  delimiter: string;
  body: string;
  /** True when case 4 was needed and nothing matched: the caller warns. */
  unsplit: boolean;
}

const MAX_TITLE = 40;
const HEADING_ONLY_MAX = 60;
const GLUED_MIN = 30;
const LEAD_MAX = 12;
const SENTENCE_PUNCT = /[。！？!?；;]/;

export function splitTitle(rest: string): TitleSplit {
  const text = rest.trim();
  const space = /\s+/.exec(text);
  const punct = SENTENCE_PUNCT.exec(text);
  if (space && space.index > 0 && space.index <= MAX_TITLE && (!punct || space.index < punct.index)) {
    const title = text.slice(0, space.index);
    if (!/[，,：:]/.test(title)) return { title, delimiter: ' ', body: text.slice(space.index + space[0].length), unsplit: false };
  }
  // A short lead phrase closed by a colon is the item's heading: 1．设立专场：… 1、电脑动漫：…
  const colon = /[：:]/.exec(text);
  if (colon && colon.index >= 2 && colon.index <= LEAD_MAX && (!punct || colon.index < punct.index) && !/[，,、（(]/.test(text.slice(0, colon.index))) {
    return { title: text.slice(0, colon.index), delimiter: colon[0], body: text.slice(colon.index + 1).trim(), unsplit: false };
  }
  if (punct && punct.index > 0 && punct.index <= MAX_TITLE - 5) {
    const body = text.slice(punct.index + 1).trim();
    return { title: text.slice(0, punct.index), delimiter: punct[0], body, unsplit: false };
  }
  // A glued heading is followed by a body of some length; a short line is a heading alone.
  const glued = text.length > GLUED_MIN ? gluedSplit(text) : -1;
  if (glued > 0) return { title: text.slice(0, glued), delimiter: '', body: text.slice(glued), unsplit: false };
  if (text.length <= HEADING_ONLY_MAX && !punct) return { title: text, delimiter: '', body: '', unsplit: false };
  return { title: null, delimiter: '', body: text, unsplit: true };
}

/** Split point of a heading glued to its body, or -1. */
export function gluedSplit(text: string): number {
  const limit = Math.min(text.length - 2, 30);
  for (let p = 4; p <= limit; p++) {
    const head = text.slice(0, p);
    if (/[，,、。；;：:《（(“"]/.test(head)) return -1;
    if (!TITLE_ENDINGS.some((w) => head.endsWith(w))) continue;
    const tail = text.slice(p);
    if (BODY_OPENERS.some((w) => tail.startsWith(w))) return p;
  }
  return -1;
}

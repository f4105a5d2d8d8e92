/**
 * The parts of an official document (GB/T 9704-2012 §7), recognised in whatever order and
 * state they survive a scrape:
 *   - the wrapper: a notice that publishes, forwards or carries the document (关于印发《X》的通知,
 *     a forwarding notice whose 附件1 is the real notice). It ends with its own date, or it names
 *     the document in 《》; the document follows under its own title. The innermost document is
 *     the one published; the notice is kept as its wrapper.
 *   - the head: 发文字号 (教研〔2022〕1号) and 主送机关 (各…：) around the title;
 *   - the tail: 附件说明 (附件：1.… 2.…), 发文机关署名 and 成文日期 (落款), 附注 and 版记.
 * Pure functions over lines; each returns what it took, and the labels it dropped as removed.
 */
import type { RemovedLine, Signature } from '../schemas/plan.ts';
import { parseDate, undress } from './meta.ts';
import type { Line } from './normalize.ts';
import {
  ADDRESSEE_LINE,
  ATTACHMENT_LABEL,
  COLOPHON_LINE,
  COVER_NOTICE,
  DATE_LINE,
  DOC_NUMBER_LINE,
  MASTHEAD_LINE,
  SIGNATURE_LINE,
  SIGNATURE_WITH_DATE,
  TITLE_END,
  isParagraph,
  matchNumbering,
  namedByNotice,
} from './patterns.ts';

export interface Split {
  /** The lines of the wrapping notice(s), outermost first; empty when the document stands alone. */
  wrapper: Line[];
  document: Line[];
  removed: RemovedLine[];
}

const isBodyLine = (text: string) => matchNumbering(text) !== null || isParagraph(text);
const isClosing = (text: string) => DATE_LINE.test(text) || SIGNATURE_WITH_DATE.test(text);
const isTitleLine = (text: string) => text.length >= 4 && text.length <= 80 && TITLE_END.test(text) && !/[。；;：:]/.test(text);

/**
 * Separates the document from the notice that wraps it. A notice ends where its date is
 * followed by another document's title (optionally under an 附件 label) and that document's
 * body; or, with no date, where the document a 关于印发《X》的通知 names begins under its title X.
 */
export function splitWrapper(lines: readonly Line[]): Split {
  const removed: RemovedLine[] = [];
  let start = 0;
  for (;;) {
    const next = innerStart(lines, start);
    if (next === null) break;
    start = next;
  }
  // A notice printed after the document joins what carries it from above (a report), if anything does.
  const after = noticeAfter(lines.slice(start));
  if (after !== null) return { wrapper: [...lines.slice(0, start), ...lines.slice(start + after)], document: lines.slice(start, start + after), removed };
  const document = lines.slice(start);
  if (start > 0) {
    // An attachment's own label before its title: 附件1   关于开展…的通知.
    const first = document[0]!;
    const label = ATTACHMENT_LABEL.exec(first.text);
    if (label) {
      removed.push({ line: first.no, text: label[0].trim(), rule: 'attachment-label', reason: 'label of the attachment that holds the document' });
      const rest = first.text.slice(label[0].length).trim();
      if (rest) document[0] = { no: first.no, text: rest };
      else document.shift();
    }
  }
  return { wrapper: lines.slice(0, start), document, removed };
}

/**
 * A notice printed after the document it publishes: below the document's closing date, a
 * 关于印发…的通知 that names the document by the title it opens with. Where it begins, or null.
 */
function noticeAfter(lines: readonly Line[]): number | null {
  const titles = new Set(lines.slice(0, 6).map((l) => l.text));
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!COVER_NOTICE.test(text) || !isClosing(lines[i - 1]!.text)) continue;
    const named = namedByNotice(text);
    if (named && titles.has(named)) return i;
  }
  return null;
}

/** Where a document inside lines[from..] begins, or null. */
function innerStart(lines: readonly Line[], from: number): number | null {
  let found: number | null = null;
  const numbered = lines.findIndex((l, j) => j >= from && matchNumbering(l.text) !== null);
  const firstNumbered = numbered < 0 ? lines.length : numbered;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    // A notice closes with a full date (a month alone may head a calendar's entries). What follows
    // the date of a plan itself is its own attachment (a task table), not a document it wraps.
    if (isClosing(text) && /日$/.test(text) && !isPlanTitled(lines, from, i)) {
      const at = titleAfter(lines, i + 1);
      if (at !== null && hasBody(lines, at + 1)) found ??= at;
    }
    // A cover notice opens the text, or follows the page or report that carries it, before any numbered line.
    if (found === null && i < firstNumbered && COVER_NOTICE.test(text)) {
      // The notice names the document in 《》, in its title or in its first sentences (现将《X》印发给你们).
      const named = namedByNotice(text) ?? lines.slice(i + 1, i + 6).map((l) => /《(.+?)》/.exec(l.text)?.[1]).find(Boolean);
      const at = named ? lines.findIndex((l, j) => j > i + 1 && !ATTACHMENT_LIST.test(l.text) && undress(stripLabel(l.text)) === named) : -1;
      // An attachment's label alone on the line above the title (附件) goes with the document.
      if (at > 0 && hasBody(lines, at + 1)) found = ATTACHMENT_LABEL.test(lines[at - 1]!.text) && stripLabel(lines[at - 1]!.text) === '' ? at - 1 : at;
    }
    // A report or a post that names the document (会议印发了《X》，全文如下：) and then prints it under its title X.
    if (found === null && i < firstNumbered && !isTitleLine(text) && !COVER_NOTICE.test(text)) {
      const named = [...text.matchAll(/《(.+?)》/g)].map((m) => m[1]!).filter(isTitleLine);
      const offset = named.length ? lines.slice(i + 1, i + 4).findIndex((l) => named.includes(undress(stripLabel(l.text)))) : -1;
      const at = offset < 0 ? -1 : i + 1 + offset;
      // The issuing body on a line of its own above the title is the title's first line (发文机关).
      if (at > 0 && hasBody(lines, at + 1)) found = at - 1 > i && SIGNATURE_LINE.test(lines[at - 1]!.text) ? at - 1 : at;
    }
    if (found !== null) return found;
  }
  return null;
}

/** Kinds of document that carry others: a notice publishes, forwards or announces them. */
const CARRIER = /(?:通知|通報|通报|函|决定|決定|批复|批覆)$|印发|印發|转发|轉發|公布|颁布|頒布/;

/** Whether the text before a closing date is titled as a plan itself (…要点, …方案), not as a notice. */
function isPlanTitled(lines: readonly Line[], from: number, closing: number): boolean {
  const title = lines.slice(from, Math.min(closing, from + 6)).find((l) => isTitleLine(l.text));
  return title !== undefined && !CARRIER.test(title.text);
}

/** The list of attachments (附件：1.…), as opposed to an attachment's own header (附件1 标题). */
const ATTACHMENT_LIST = /^附\s*件\s*[0-9０-９]{0,2}\s*[:：]/;
const stripLabel = (text: string) => text.replace(ATTACHMENT_LABEL, '').trim();

/** A title (after an optional 附件 label, possibly over two lines) among the next lines. */
function titleAfter(lines: readonly Line[], from: number): number | null {
  let label: number | null = null;
  for (let i = from; i < Math.min(lines.length, from + 4); i++) {
    const text = lines[i]!.text;
    const bare = stripLabel(text);
    if (COLOPHON_LINE.test(text)) continue;
    // A label alone (附件, 附件1) heads the document that follows: it goes with it.
    if (bare === '' && ATTACHMENT_LABEL.test(text)) {
      label ??= i;
      continue;
    }
    const next = lines[i + 1]?.text ?? '';
    if (isTitleLine(bare) || (!/[。；;：:，,]/.test(bare) && bare.length >= 4 && bare.length <= 40 && isTitleLine(next))) return label ?? i;
    return null;
  }
  return null;
}

function hasBody(lines: readonly Line[], from: number): boolean {
  const rest = lines.slice(from, from + 40);
  return rest.filter((l) => isBodyLine(l.text)).length >= 3;
}

export interface Head {
  masthead: string | null;
  docNumber: string | null;
  addressees: string | null;
  /** The lines without the document number and the addressees. */
  lines: Line[];
}

/** Bodies addressed (各…) before the colon, and a sentence after it. */
const GLUED_ADDRESSEES = /^(各[^。；;！？：:]{1,80}?)[：:]\s*(\S.*[。；;！？]$)/;

/** 发文机关标志, 发文字号 and 主送机关 among the lines before the body begins. */
export function readHead(lines: readonly Line[]): Head {
  let masthead: string | null = null;
  let docNumber: string | null = null;
  let addressees: string | null = null;
  const rest: Line[] = [];
  let bodyBegun = false;
  let sawTitle = false;
  for (const line of lines) {
    const text = line.text;
    if (!bodyBegun && !sawTitle && masthead === null && MASTHEAD_LINE.test(text)) {
      masthead = text;
      continue;
    }
    if (!bodyBegun && docNumber === null && DOC_NUMBER_LINE.test(text)) {
      docNumber = text;
      continue;
    }
    if (!bodyBegun && addressees === null && (sawTitle || rest.length > 0) && ADDRESSEE_LINE.test(text) && !matchNumbering(text)) {
      addressees = text.replace(/[：:]$/, '');
      bodyBegun = true;
      continue;
    }
    // 主送机关 run into the first sentence on one line (各区教育局：现将…印发给你们).
    const glued: RegExpExecArray | null = !bodyBegun && addressees === null && (sawTitle || rest.length > 0) ? GLUED_ADDRESSEES.exec(text) : null;
    if (glued && ADDRESSEE_LINE.test(`${glued[1]}：`)) {
      addressees = glued[1]!;
      bodyBegun = true;
      rest.push({ no: line.no, text: glued[2]! });
      continue;
    }
    if (isBodyLine(text)) bodyBegun = true;
    if (TITLE_END.test(text)) sawTitle = true;
    rest.push(line);
  }
  return { masthead, docNumber, addressees, lines: rest };
}

export interface Tail {
  signature: Signature | null;
  attachments: string[];
  colophon: string[];
  lines: Line[];
  removed: RemovedLine[];
}

/**
 * 附件说明, 落款 (signing bodies and date), 附注 and 版记 at the end of a document, read from its
 * end backwards: 版记 lines last, then the date with the bodies that sign just above it, then an
 * attachment list between the body's last paragraph and the signature. They are looked for only
 * after the body's last numbered line or paragraph, so the body is never taken apart; what the
 * tail cannot name stays body, in order.
 */
export function readTail(input: readonly Line[]): Tail {
  // A plan's own attachment (附件1 + a task table) may follow its signature: the signature closes
  // the text above the attachment, and the attachment stays body text after it.
  const before = input.findLastIndex((l, i) => i + 1 < input.length && isClosing(l.text) && /日$/.test(l.text) && ATTACHMENT_LABEL.test(input[i + 1]!.text));
  if (before > 0) {
    const above = readTailOf(input.slice(0, before + 1));
    if (above.signature) return { ...above, lines: [...above.lines, ...input.slice(before + 1)] };
  }
  return readTailOf(input);
}

function readTailOf(input: readonly Line[]): Tail {
  const lines = [...input];
  const removed: RemovedLine[] = [];
  let lastBody = -1;
  lines.forEach((l, i) => {
    if (isBodyLine(l.text) && !isClosing(l.text) && !ATTACHMENT_LIST.test(l.text)) lastBody = i;
  });
  // An attachment list may itself be numbered (附件：1.… 2.…): it begins at its label.
  const listAt = lines.findIndex((l, i) => ATTACHMENT_LIST.test(l.text) && lines.slice(i + 1).every((r) => !isParagraph(r.text)));
  const tailStart = listAt >= 0 && listAt <= lastBody ? listAt : lastBody + 1;

  let end = lines.length;
  const colophon: string[] = [];
  while (end > tailStart && COLOPHON_LINE.test(lines[end - 1]!.text)) colophon.unshift(lines[--end]!.text);

  // The signature closes the text, or stands just above an attachment list printed below it.
  const isLabel = (l: Line) => ATTACHMENT_LABEL.test(l.text) && (ATTACHMENT_LIST.test(l.text) || stripLabel(l.text) === '');
  const labelBelow = lines.findIndex((l, i) => i > tailStart && i < end && isLabel(l) && isClosing(lines[i - 1]!.text));
  const sigEnd = labelBelow > 0 && !isClosing(lines[end - 1]!.text) ? labelBelow : end;

  let signature: Signature | null = null;
  let signatureStart = sigEnd;
  const last = lines[sigEnd - 1];
  const withDate = last && sigEnd > tailStart ? SIGNATURE_WITH_DATE.exec(last.text) : null;
  if (withDate) {
    signature = { issuer: withDate[1]!.replace(/[\s\u3000]+/g, ' '), date: parseDate(withDate[2]!), lines: [last!.text] };
    signatureStart = sigEnd - 1;
  } else if (last && sigEnd > tailStart && DATE_LINE.test(last.text)) {
    let top = sigEnd - 1;
    while (top > tailStart && sigEnd - 1 - top < 3 && SIGNATURE_LINE.test(lines[top - 1]!.text) && !ATTACHMENT_LABEL.test(lines[top - 1]!.text)) top--;
    const signers = lines.slice(top, sigEnd - 1).map((l) => l.text);
    // A date alone signs only when it is a full date (二〇一七年九月十三日); a month alone may be a table's cell.
    if (signers.length > 0 || /日$/.test(last.text)) {
      signature = { issuer: signers.length ? signers.join(' ').replace(/[\s\u3000]+/g, ' ') : null, date: parseDate(last.text), lines: [...signers, last.text] };
      signatureStart = top;
    }
  }
  // A signature is set apart: above it ends a sentence, an item or the attachment list, never a table's cell.
  const above = lines[signatureStart - 1];
  if (signature && above && !/[。！？!?；;…”’」）)]$/.test(above.text) && !isBodyLine(above.text) && !ATTACHMENT_LABEL.test(above.text) && !lines.slice(tailStart, signatureStart).some((l) => ATTACHMENT_LABEL.test(l.text))) {
    signature = null;
  }
  const signed = signature ? new Set(lines.slice(signatureStart, sigEnd)) : new Set<Line>();

  const attachments: string[] = [];
  const kept = lines.slice(0, tailStart);
  const between = lines.slice(tailStart, end).filter((l) => !signed.has(l));
  const labelAt = between.findIndex(isLabel);
  // GB/T 9704 numbers the names of several attachments (附件：1.… 2.…): after an unnumbered name
  // the list has ended, and what follows is the attachment itself, printed in the text.
  let numberedList: boolean | null = null;
  let listOpen = labelAt >= 0;
  between.forEach((line, i) => {
    const numbered = ATTACHMENT_NUMBER.test(stripLabel(line.text));
    if (listOpen && i > labelAt && numberedList !== null && !(numberedList && numbered)) listOpen = false;
    const name = listOpen && i >= labelAt && !/。$/.test(line.text) && line.text.length <= 80 ? attachmentName(line, i === labelAt, removed) : null;
    if (name) {
      attachments.push(name);
      numberedList ??= numbered;
    } else if (name === null) kept.push(line);
  });
  return { signature, attachments, colophon, lines: kept, removed };
}

/**
 * A date set in brackets under a title: （2024年1月30日）, or the note of the meeting that adopted
 * the document (GB/T 9704's 题注): （2024年1月18日市教育局党组会议审议通过）.
 */
const BRACKETED_DATE = new RegExp(`^[（(]\\s*(${DATE_LINE.source.slice(1, -1)})\\s*(?:[^（）()]{0,40}?(?:通过|通過|批准|印发|印發|发布|發布|修订|修訂))?\\s*[)）]$`);

/**
 * 署名 and 成文日期 set under the title instead of after the text, as web versions and speeches
 * print them: 北湖区教育体育局 / （2024年1月30日）, or the date alone. Taken only when the text
 * ends with no signature of its own.
 */
export function readByline(input: readonly Line[]): { signature: Signature; lines: Line[] } | null {
  const [first, second] = input;
  if (!first) return null;
  const dateOf = (text: string | undefined) => (text === undefined ? null : (BRACKETED_DATE.exec(text)?.[1] ?? (DATE_LINE.test(text) ? text : null)));
  if (SIGNATURE_LINE.test(first.text) && first.text.length <= 40 && second) {
    const date = dateOf(second.text);
    if (date) return { signature: { issuer: first.text.replace(/[\s\u3000]+/g, ' '), date: parseDate(date), lines: [first.text, second.text] }, lines: input.slice(2) };
  }
  const date = BRACKETED_DATE.exec(first.text)?.[1];
  if (date) return { signature: { issuer: null, date: parseDate(date), lines: [first.text] }, lines: input.slice(1) };
  return null;
}

/** The number of an attachment in its list: 1. 1、 （1）. */
const ATTACHMENT_NUMBER = /^[0-9０-９]{1,2}\s*[.．、]\s*|^[（(][0-9０-９]{1,2}[)）]\s*/;

/** An attachment's name without the list's label (附件：) and number (1.), which are logged. */
function attachmentName(line: Line, first: boolean, removed: RemovedLine[]): string | null | '' {
  let name = line.text;
  const label = first ? ATTACHMENT_LABEL.exec(name) : null;
  if (label) {
    removed.push({ line: line.no, text: label[0].trim(), rule: 'attachment-label', reason: "label of the attachment list, kept as the model's attachments" });
    name = name.slice(label[0].length).trim();
  }
  const number = ATTACHMENT_NUMBER.exec(name);
  if (number) {
    removed.push({ line: line.no, text: number[0].trim(), rule: 'attachment-number', reason: "numbering of the attachment list, kept as the order of the model's attachments" });
    name = name.slice(number[0].length).trim();
  }
  return name;
}

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
import { parseDate } from './meta.ts';
import type { Line } from './normalize.ts';
import {
  ADDRESSEE_LINE,
  ATTACHMENT_LABEL,
  COLOPHON_LINE,
  COVER_NOTICE,
  DATE_LINE,
  DOC_NUMBER_LINE,
  SIGNATURE_LINE,
  SIGNATURE_WITH_DATE,
  TITLE_END,
  matchNumbering,
} from './patterns.ts';

export interface Split {
  /** The lines of the wrapping notice(s), outermost first; empty when the document stands alone. */
  wrapper: Line[];
  document: Line[];
  removed: RemovedLine[];
}

/** A paragraph of running text, as opposed to a title, a label or a table cell. */
export const isParagraph = (text: string) => text.length >= 40 && /[，,。；]/.test(text);
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

/** Where a document inside lines[from..] begins, or null. */
function innerStart(lines: readonly Line[], from: number): number | null {
  let found: number | null = null;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (isClosing(text)) {
      const at = titleAfter(lines, i + 1);
      if (at !== null && hasBody(lines, at + 1)) found ??= at;
    }
    const named = COVER_NOTICE.test(text) ? /《(.+?)》/.exec(text)?.[1] : undefined;
    if (named && i === firstTextLine(lines, from)) {
      const at = lines.findIndex((l, j) => j > i + 1 && stripLabel(l.text) === named);
      if (at > 0 && hasBody(lines, at + 1) && found === null) found = at;
    }
    if (found !== null) return found;
  }
  return null;
}

function firstTextLine(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBodyLine(lines[i]!.text)) return i;
  return from;
}

const stripLabel = (text: string) => text.replace(ATTACHMENT_LABEL, '').trim();

/** A title (after an optional 附件 label, possibly over two lines) among the next lines. */
function titleAfter(lines: readonly Line[], from: number): number | null {
  for (let i = from; i < Math.min(lines.length, from + 3); i++) {
    const text = lines[i]!.text;
    const bare = stripLabel(text);
    if (bare === '' && ATTACHMENT_LABEL.test(text)) continue;
    if (isTitleLine(bare)) return i;
    const next = lines[i + 1]?.text ?? '';
    if (!/[。；;：:，,]/.test(bare) && bare.length >= 4 && bare.length <= 40 && isTitleLine(next)) return i;
    return null;
  }
  return null;
}

function hasBody(lines: readonly Line[], from: number): boolean {
  const rest = lines.slice(from, from + 40);
  return rest.filter((l) => isBodyLine(l.text)).length >= 3;
}

export interface Head {
  docNumber: string | null;
  addressees: string | null;
  /** The lines without the document number and the addressees. */
  lines: Line[];
}

/** 发文字号 and 主送机关 among the lines before the body begins. */
export function readHead(lines: readonly Line[]): Head {
  let docNumber: string | null = null;
  let addressees: string | null = null;
  const rest: Line[] = [];
  let bodyBegun = false;
  let sawTitle = false;
  for (const line of lines) {
    const text = line.text;
    if (!bodyBegun && docNumber === null && DOC_NUMBER_LINE.test(text)) {
      docNumber = text;
      continue;
    }
    if (!bodyBegun && addressees === null && (sawTitle || rest.length > 0) && ADDRESSEE_LINE.test(text) && !matchNumbering(text)) {
      addressees = text.replace(/[：:]$/, '');
      bodyBegun = true;
      continue;
    }
    if (isBodyLine(text)) bodyBegun = true;
    if (TITLE_END.test(text)) sawTitle = true;
    rest.push(line);
  }
  return { docNumber, addressees, lines: rest };
}

export interface Tail {
  signature: Signature | null;
  attachments: string[];
  colophon: string[];
  lines: Line[];
  removed: RemovedLine[];
}

/**
 * 附件说明, 落款 (signing bodies and date), 附注 and 版记 at the end of a document. They are
 * looked for only after its last numbered line or paragraph, so the body is never taken apart.
 */
export function readTail(input: readonly Line[]): Tail {
  const lines = [...input];
  const removed: RemovedLine[] = [];
  let lastBody = -1;
  lines.forEach((l, i) => {
    if (isBodyLine(l.text) && !isClosing(l.text) && !ATTACHMENT_LABEL.test(l.text)) lastBody = i;
  });
  // 附件说明 may itself be numbered (附件：1.…); it begins at the first 附件 label after the body's last paragraph,
  // or at a label that follows the body's last numbered line.
  const labelAt = lines.findIndex((l, i) => i > lastBody && ATTACHMENT_LABEL.test(l.text));
  const earlyLabel = lines.findIndex((l, i) => i <= lastBody && i > 0 && /^附\s*件\s*[0-9０-９]{0,2}\s*[:：]/.test(l.text) && lines.slice(i + 1).every((r) => !isParagraph(r.text) || isClosing(r.text)));
  const attachmentStart = earlyLabel >= 0 ? earlyLabel : labelAt;
  const tailStart = attachmentStart >= 0 ? attachmentStart : lastBody + 1;
  const tail = lines.slice(tailStart);
  const kept = lines.slice(0, tailStart);

  const attachments: string[] = [];
  const signatureLines: string[] = [];
  const colophon: string[] = [];
  let date: string | null = null;
  let issuer: string | null = null;
  let inAttachments = attachmentStart >= 0;
  for (const line of tail) {
    const text = line.text;
    if (COLOPHON_LINE.test(text)) {
      colophon.push(text);
      inAttachments = false;
      continue;
    }
    const withDate = SIGNATURE_WITH_DATE.exec(text);
    if (DATE_LINE.test(text) || withDate) {
      signatureLines.push(text);
      date = parseDate(withDate ? withDate[2]! : text);
      if (withDate) issuer = withDate[1]!;
      inAttachments = false;
      continue;
    }
    if (SIGNATURE_LINE.test(text) && text.length <= 60 && date === null && !ATTACHMENT_LABEL.test(text) && !(inAttachments && attachments.length === 0)) {
      signatureLines.push(text);
      issuer = issuer ? `${issuer} ${text}` : text;
      inAttachments = false;
      continue;
    }
    if (inAttachments && !/。$/.test(text) && text.length <= 80) {
      let name = text;
      const label = ATTACHMENT_LABEL.exec(name);
      if (label) {
        removed.push({ line: line.no, text: label[0].trim(), rule: 'attachment-label', reason: 'label of the attachment list, kept as the model\'s attachments' });
        name = name.slice(label[0].length).trim();
      }
      const number = /^[0-9０-９]{1,2}\s*[.．、]\s*|^[（(][0-9０-９]{1,2}[)）]\s*/.exec(name);
      if (number) {
        removed.push({ line: line.no, text: number[0].trim(), rule: 'attachment-number', reason: 'numbering of the attachment list, kept as the order of the model\'s attachments' });
        name = name.slice(number[0].length).trim();
      }
      if (name) attachments.push(name);
      continue;
    }
    // Anything else after the body stays body: the tail gives back what it cannot name.
    kept.push(line);
  }
  // A signature is the bodies that sign above a date; bodies without a date are body text.
  if (date === null && signatureLines.length > 0) {
    return { signature: null, attachments, colophon, lines: restore(kept, tail, signatureLines), removed };
  }
  const signature = signatureLines.length ? { issuer: issuer?.replace(/[\s\u3000]+/g, ' ') ?? null, date, lines: signatureLines } : null;
  return { signature, attachments, colophon, lines: kept, removed };
}

/** Puts back, in order, the lines taken for a signature that turned out to have no date. */
function restore(kept: Line[], tail: readonly Line[], taken: readonly string[]): Line[] {
  const back = tail.filter((l) => taken.includes(l.text));
  return [...kept, ...back].sort((a, b) => a.no - b.no);
}

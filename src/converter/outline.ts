/**
 * Lines → a tree of numbered items. Levels follow the order in which numbering styles first
 * appear (一、 then （一） then 1. …), as in 党政机关公文. A marker becomes a heading when its
 * number fits the sequence: the next number at its level, 1 under a new parent, or the next
 * number of a run that continues across parents (items 1–14 over sections 一…四). Markers inside
 * a line (pages dumped as one line: "…发展。 二、整体工作 (一)推进…") split the line only when
 * they fit the sequence exactly; a marker at the start of a line that does not fit still makes
 * an item, with a warning, so nothing is lost or silently merged.
 */
import type { Warning } from '../schemas/plan.ts';
import type { Line } from './normalize.ts';
import { decimalTopLevel, INLINE_MARKER, matchNumbering, type Numbering, type NumberingStyle } from './patterns.ts';
import { splitTitle } from './title-split.ts';

export interface DraftNode {
  line: number;
  style: NumberingStyle | null;
  number: string | null;
  value: number | null;
  marker: string | null;
  title: string | null;
  delimiter: string;
  paragraphs: string[];
  children: DraftNode[];
}

export interface Outline {
  preamble: string[];
  sections: DraftNode[];
  warnings: Warning[];
}

/** Styles that make sections, for the rule on 一是/二是 enumerations. */
const SECTION_STYLES: ReadonlySet<NumberingStyle> = new Set(['cn-part', 'cn-dun', 'cn-bracket']);
/** Paragraph-initial enumerations (一是…, 第一，…, 第一阶段…): items only directly under a section. */
const ENUMERATIONS: ReadonlySet<NumberingStyle> = new Set(['cn-shi', 'cn-ordinal', 'cn-stage']);
/** Decimal numbers make items only in sequence: out of it, 3.15 前完成 is a date opening a sentence. */
const DECIMALS: ReadonlySet<NumberingStyle> = new Set(['decimal-1', 'decimal-2', 'decimal-3']);

export function buildOutline(lines: readonly Line[]): Outline {
  return new OutlineBuilder(lines).build();
}

class OutlineBuilder {
  private readonly preamble: string[] = [];
  private readonly roots: DraftNode[] = [];
  private readonly warnings: Warning[] = [];
  private readonly stack: DraftNode[] = [];
  /** Last value seen per style anywhere in the document, for numbering that runs on. */
  private readonly lastSeen = new Map<NumberingStyle, number>();
  private readonly hasSections: boolean;
  /** A numbered list inside the text that restarted at 1 under an open heading, and how far it has run. */
  private textList: { style: NumberingStyle; value: number; parent: DraftNode | undefined } | null = null;
  private readonly lines: readonly Line[];

  constructor(lines: readonly Line[]) {
    this.lines = lines;
    this.hasSections = lines.some((l) => {
      const n = matchNumbering(l.text);
      return n !== null && SECTION_STYLES.has(n.style);
    });
  }

  build(): Outline {
    for (const [i, line] of this.lines.entries()) this.addLine(line, this.lines[i + 1]);
    for (const root of this.roots) liftTrailingParagraphs(root);
    return { preamble: this.preamble, sections: this.roots, warnings: this.warnings };
  }

  private addLine(line: Line, next: Line | undefined): void {
    const text = line.text;
    let pieceStart = 0;
    let heading: DraftNode | null = null;
    const first = matchNumbering(text) ?? decimalTopLevel(text, next?.text);
    // Below a line a fixed measure cut, a number that does not continue the outline continues the sentence (…第|6、班…).
    if (first && line.afterCut && !ENUMERATIONS.has(first.style) && !this.fits(first, true, line.no) && this.continueParagraph(text)) return;
    if (first && this.restartsTopLevel(first)) this.openPart();
    if (first && this.fits(first, false, line.no)) heading = this.open(first, line.no);
    if (heading && line.heading) {
      // The whole line is the heading (**一、…——….**): nothing of it is body.
      const rest = text.slice(heading.marker!.length).trim();
      const end = /[。.]$/.exec(rest);
      heading.title = end ? rest.slice(0, -1) : rest;
      heading.delimiter = end ? end[0] : '\n';
      return;
    }

    for (const m of text.matchAll(INLINE_MARKER)) {
      const at = m.index;
      if (at <= pieceStart) continue;
      const n = matchNumbering(text.slice(at));
      if (!n || !this.fitsInline(n, text.slice(pieceStart, at))) continue;
      this.finish(heading, text.slice(pieceStart, at).trim());
      heading = this.open(n, line.no);
      pieceStart = at;
    }
    this.finish(heading, text.slice(pieceStart).trim());
  }

  /**
   * A marker inside a line starts an item only when it continues the numbering exactly. After a
   * colon it opens an enumeration inside the sentence (要求：1、…；2、…), never an item; glued to
   * the end of a sentence (…人才。10.船舶…) it must be the next number of an open level.
   */
  private fitsInline(n: Numbering, before: string): boolean {
    const trimmed = before.trimEnd();
    if (/[：:]$/.test(trimmed)) return false;
    const spaced = trimmed.length < before.length;
    if (!spaced) {
      const depth = this.stack.findIndex((node) => node.style === n.style);
      if (depth < 0 || n.value !== this.stack[depth]!.value! + 1) return false;
    }
    return this.fits(n, true, 0);
  }

  /**
   * 一、 again after 二、 or later at the top level: the document begins a new part (建设任务 …
   * 牵引性战略任务), numbered afresh. A short label just above it names the part.
   */
  private restartsTopLevel(n: Numbering): boolean {
    const top = this.roots.filter((r) => r.style !== null);
    const last = this.currentTopLevel();
    return n.value === 1 && last !== null && last.style === n.style && last.value! >= 2 && top.length > 0 && SECTION_STYLES.has(n.style);
  }

  private currentTopLevel(): DraftNode | null {
    const base = this.stack[0];
    if (!base) return null;
    if (base.style === null) return this.stack[1] ?? base.children.at(-1) ?? null;
    return base;
  }

  private openPart(): void {
    const previous = this.stack.at(-1);
    const label = previous?.paragraphs.at(-1);
    let title: string | null = null;
    if (previous && label !== undefined && label.length <= 16 && !/[。；;，,：:]/.test(label)) {
      previous.paragraphs.pop();
      title = label;
    }
    const part: DraftNode = { line: 0, style: null, number: null, value: null, marker: null, title, delimiter: title ? '\n' : '', paragraphs: [], children: [] };
    this.roots.push(part);
    this.stack.length = 0;
    this.stack.push(part);
  }

  /** Appends text to the last paragraph of the innermost open item (or the preamble); false when there is none. */
  private continueParagraph(text: string): boolean {
    const paragraphs = this.stack.at(-1)?.paragraphs ?? this.preamble;
    if (paragraphs.length === 0) return false;
    paragraphs[paragraphs.length - 1] += text;
    return true;
  }

  /** Gives a heading its text, or adds a paragraph to the innermost open item. */
  private finish(heading: DraftNode | null, piece: string): void {
    if (heading) {
      const rest = piece.slice(heading.marker!.length).trim();
      const split = splitTitle(rest);
      heading.title = split.title;
      // A heading alone on its line is followed by a line break, kept so print can set it apart.
      heading.delimiter = split.title !== null && split.body === '' && split.delimiter === '' ? '\n' : split.delimiter;
      if (split.body) heading.paragraphs.push(split.body);
      if (split.unsplit) {
        this.warnings.push({
          line: heading.line,
          rule: 'glued-title',
          message: `item ${heading.marker} has its heading glued to its body and no split was found — set its title under \`titles:\` in the sidecar if it has one`,
        });
      }
      return;
    }
    if (piece === '') return;
    const top = this.stack.at(-1);
    if (top) top.paragraphs.push(piece);
    else this.preamble.push(piece);
  }

  /** Whether a marker starts an item here, given the numbering so far. */
  private fits(n: Numbering, inline: boolean, line: number): boolean {
    const depth = this.stack.findIndex((node) => node.style === n.style);
    // From 1000 on a number is an item only as the exact next one (…999, 1000); otherwise it is a year.
    if (n.value >= 1000) return depth >= 0 && n.value === this.stack[depth]!.value! + 1;
    if (ENUMERATIONS.has(n.style)) return !inline && this.enumerationFits(n, depth);
    if (depth >= 0) {
      const last = this.stack[depth]!.value!;
      // A list that restarted at 1 under this heading goes on as text (2、 3、 after the table's 1、).
      const list = this.textList;
      if (list && list.style === n.style && list.parent === this.stack[depth - 1] && n.value === list.value + 1) {
        list.value = n.value;
        return false;
      }
      if (n.value === last + 1) return true;
      if (inline || DECIMALS.has(n.style)) return false;
      // The same level starting again at 1 under the same heading is a list inside the text (a
      // flattened table's row numbers), never a run of items: kept as text.
      if (n.value === 1 && last >= 2) {
        this.textList = { style: n.style, value: 1, parent: this.stack[depth - 1] };
        this.warnings.push({
          line,
          rule: 'numbering-restart',
          message: `${n.marker} starts again after ${this.stack[depth]!.marker} under the same heading — kept as text (a table or a list inside the item); if it is an item, fix the numbering of the source`,
        });
        return false;
      }
      this.warnings.push({
        line,
        rule: 'out-of-sequence',
        message: `${n.marker} follows ${this.stack[depth]!.marker} — check the numbering of the source; the item is kept as numbered`,
      });
      return true;
    }
    const seen = this.lastSeen.get(n.style);
    if (n.value === 1 || (seen !== undefined && n.value === seen + 1)) return true;
    if (inline || DECIMALS.has(n.style)) return false;
    this.warnings.push({
      line,
      rule: 'out-of-sequence',
      message: `${n.marker} opens a level that should start at 1 — check the numbering of the source; the item is kept as numbered`,
    });
    return true;
  }

  /** 一是/二是… are items only directly under a section, or at the top of a plan without sections. */
  private enumerationFits(n: Numbering, depth: number): boolean {
    if (depth >= 0) return depth === this.stack.length - 1 && n.value === this.stack[depth]!.value! + 1;
    if (n.value !== 1) return false;
    const top = this.stack.at(-1);
    if (!top) return !this.hasSections;
    return this.stack.length === 1 && top.style !== null && SECTION_STYLES.has(top.style) && top.children.length === 0;
  }

  private open(n: Numbering, line: number): DraftNode {
    const depth = this.stack.findIndex((node) => node.style === n.style);
    if (depth >= 0) this.stack.length = depth;
    const node: DraftNode = {
      line,
      style: n.style,
      number: n.number,
      value: n.value,
      marker: n.marker,
      title: null,
      delimiter: '',
      paragraphs: [],
      children: [],
    };
    const parent = this.stack.at(-1);
    (parent ? parent.children : this.roots).push(node);
    this.stack.push(node);
    this.lastSeen.set(n.style, n.value);
    return node;
  }
}

/**
 * A paragraph after the last of a run of one-paragraph items closes their parent, not the last
 * item ("召开…视频会，全面推动各项…行动计划的落实。" after items 8–10): it becomes an unnumbered
 * block of the parent, in place — unless the item's text ends announcing it (…如下：).
 */
function liftTrailingParagraphs(node: DraftNode): void {
  for (const child of node.children) liftTrailingParagraphs(child);
  const numbered = node.children.filter((c) => c.number !== null);
  const last = node.children.at(-1);
  if (!last || numbered.length < 2 || last.children.length > 0 || last.paragraphs.length < 2) return;
  const others = numbered.slice(0, -1);
  if (!others.every((c) => c.paragraphs.length <= 1 && c.children.length === 0)) return;
  // A paragraph ending in a colon announces what follows it (安排如下：+ a table): it stays the item's.
  if (/[：:]$/.test(last.paragraphs[0]!)) return;
  const trailing = last.paragraphs.splice(1);
  node.children.push({
    line: last.line,
    style: null,
    number: null,
    value: null,
    marker: null,
    title: null,
    delimiter: '',
    paragraphs: trailing,
    children: [],
  });
}

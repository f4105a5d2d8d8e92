/**
 * A saved web page → the converter's lines and tables. The page is parsed by a real HTML parser
 * (hast-util-from-html, parse5 underneath) and read as a browser shows it: block elements and
 * <br> end lines, white space collapses (a line break in the source between two Chinese
 * characters is no space), hidden elements are not read, nothing is ever run.
 *
 * The main content is found the way reader views find it: the deepest element holding most of the
 * page's text that is not link text, widened to sibling blocks of sentences (a Word export's
 * sections), and back to the heading just above it (an article's title outside its body).
 * Outside it, lines go to `removed` as page chrome; a list of links anywhere (navigation,
 * 推荐阅读) goes as navigation. A data table (rows of cells, no table inside) becomes a table;
 * a layout table is read as blocks. Pure.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { TITLE_END } from '../converter/patterns.ts';
import type { RemovedLine } from '../schemas/plan.ts';
import { decodePage } from './charset.ts';
import { cleanText, type Extraction, type SourceLine, type SourceTable, tableLine } from './extraction.ts';

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas', 'textarea', 'input', 'button', 'audio', 'video', 'map', 'area']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_CONTAINERS = new Set(['ul', 'ol', 'menu', 'dl', 'nav', 'div', 'table', 'tbody', 'select', 'section', 'aside']);
/** A cell of a data table is a cell, not a page: longer text means the table lays out the page. */
const MAX_CELL = 1000;
/** Chinese characters and punctuation, curly quotes and dashes as Chinese text sets them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2014\u2026]/;
const LATIN_LETTER = /[A-Za-z]/;

interface Stats {
  /** Visible characters (no white space) outside links. */
  text: number;
  /** Visible characters inside links. */
  link: number;
  links: number;
  /** Sentence ends outside links: a block of sentences is content, a block of names is chrome. */
  stops: number;
}

interface Block {
  no: number;
  text: string;
  heading: boolean;
  /** Inside the main content. */
  main: boolean;
  /** Inside a list of links (navigation, 推荐阅读), or a link-dense line outside the content. */
  navigation: boolean;
  hidden: boolean;
  /** Set apart as a title: a heading element or an element named as a title. */
  titleLike: boolean;
  table: SourceTable | null;
}

export function readHtml(bytes: Uint8Array): Extraction {
  const decoded = decodePage(bytes);
  const tree = fromHtml(cleanText(decoded.text));
  const steps = [`web page, ${decoded.how}`];
  const stats = new Map<Element, Stats>();
  const body = findElement(tree, 'body') ?? tree;
  const total = measure(body, stats, false);
  const main = findMain(body, stats, total);
  steps.push(main === body ? 'main content: the whole page' : `main content: ${describe(main)} (${percent(stats.get(main as Element)!.text, total.text)} of the text)`);

  const blocks = readBlocks(body, main, stats);
  // The title of an article often stands just above its body: take it and what lies between.
  const firstMain = blocks.findIndex((b) => b.main);
  if (firstMain > 0) {
    const from = Math.max(0, firstMain - 12);
    for (let i = firstMain - 1; i >= from; i--) {
      const b = blocks[i]!;
      if (b.hidden || b.navigation || b.table) continue;
      if (b.titleLike || (b.text.length <= 80 && TITLE_END.test(b.text))) {
        for (let k = i; k < firstMain; k++) if (!blocks[k]!.navigation && !blocks[k]!.hidden) blocks[k]!.main = true;
        steps.push(`title above the main content: line ${b.no}`);
        break;
      }
    }
  }

  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  const removed: RemovedLine[] = [];
  for (const b of blocks) {
    const texts = b.table ? b.table.rows.map((r) => r.join(' | ')) : [b.text];
    const drop = (rule: RemovedLine['rule'], reason: string) => {
      for (const text of texts) if (text.trim() !== '') removed.push({ line: b.no, text: text.trim(), rule, reason });
    };
    if (b.hidden) drop('hidden', 'hidden on the page (display:none, hidden): not shown to readers');
    else if (b.navigation) drop('navigation', 'a list of links (navigation, related articles), not the document');
    else if (!b.main) drop('outside-main', 'outside the main content of the page (header, sidebar, footer)');
    else if (b.table) {
      lines.push({ no: b.no, text: tableLine(tables.length) });
      tables.push(b.table);
    } else lines.push(b.heading ? { no: b.no, text: b.text, heading: true } : { no: b.no, text: b.text });
  }
  if (tables.length) steps.push(`${tables.length} table${tables.length > 1 ? 's' : ''} read as tables`);
  return { format: 'html', encoding: decoded.encoding, lines, tables, removed, steps, title: pageTitleOf(tree) };
}

function findElement(node: Nodes, tag: string): Element | null {
  if (node.type === 'element' && node.tagName === tag) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findElement(child, tag);
      if (found) return found;
    }
  }
  return null;
}

/** The page's title: a CMS's ArticleTitle or og:title meta, else <title>. */
function pageTitleOf(tree: Root): string | null {
  const head = findElement(tree, 'head');
  if (!head) return null;
  const metas: Element[] = [];
  collect(head, 'meta', metas);
  for (const name of ['articletitle', 'og:title']) {
    const meta = metas.find((m) => String(m.properties.name ?? m.properties.property ?? '').toLowerCase() === name);
    const content = meta ? String(meta.properties.content ?? '').trim() : '';
    if (content) return content;
  }
  const title = findElement(head, 'title');
  const text = title ? textOf(title).replace(/\s+/g, ' ').trim() : '';
  return text || null;
}

function collect(node: Nodes, tag: string, into: Element[]): void {
  if (node.type === 'element' && node.tagName === tag) into.push(node);
  if ('children' in node) for (const child of node.children) collect(child, tag, into);
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

function isHidden(el: Element): boolean {
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  const style = String(el.properties.style ?? '').toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)display:none|(?:^|;)visibility:hidden/.test(style);
}

/** Characters, links and sentence ends of every element, bottom up. */
function measure(node: Root | Element, stats: Map<Element, Stats>, inLink: boolean): Stats {
  const own: Stats = { text: 0, link: 0, links: 0, stops: 0 };
  for (const child of node.children) {
    if (child.type === 'text') {
      const visible = child.value.replace(/[\s\u00a0\u3000]/g, '').length;
      if (inLink) own.link += visible;
      else {
        own.text += visible;
        own.stops += (child.value.match(/[。；！？]/g) ?? []).length;
      }
    } else if (child.type === 'element') {
      if (SKIPPED.has(child.tagName) || isHidden(child)) continue;
      const isLink = child.tagName === 'a' && child.properties.href !== undefined;
      const s = measure(child, stats, inLink || isLink);
      own.text += s.text;
      own.link += s.link;
      own.links += s.links + (isLink ? 1 : 0);
      own.stops += s.stops;
    }
  }
  if (node.type === 'element') stats.set(node, own);
  return own;
}

const density = (s: Stats) => (s.text + s.link === 0 ? 0 : s.link / (s.text + s.link));
const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;

/**
 * The deepest element with more than half the page's text outside links, then its parent for
 * as long as a sibling adds a block of sentences with few links (another section of the text).
 */
function findMain(body: Root | Element, stats: Map<Element, Stats>, total: Stats): Root | Element {
  if (total.text === 0) return body;
  let main: Root | Element = body;
  const path: Array<Root | Element> = [body];
  for (;;) {
    const next = (main.children as ElementContent[]).find(
      (c): c is Element => c.type === 'element' && (stats.get(c)?.text ?? 0) * 2 > total.text,
    );
    if (!next) break;
    main = next;
    path.push(next);
  }
  for (let i = path.length - 1; i > 0; i--) {
    const current = path[i] as Element;
    const mine = stats.get(current)!;
    const widen = (path[i - 1]!.children as ElementContent[]).some((c) => {
      if (c === current || c.type !== 'element') return false;
      const s = stats.get(c);
      return !!s && s.stops >= 2 && s.text * 10 >= mine.text && density(s) < 0.3;
    });
    if (!widen) return current;
  }
  return body;
}

function describe(el: Root | Element): string {
  if (el.type === 'root') return 'the page';
  const id = el.properties.id ? `#${el.properties.id}` : '';
  const cls = Array.isArray(el.properties.className) && el.properties.className.length ? `.${el.properties.className.join('.')}` : '';
  return `${el.tagName}${id}${cls}`;
}

const TITLE_NAME = /(?:^|[-_\s])(?:title|biaoti|bt|tit|headline)(?:$|[-_\s\d])/i;

function isTitleElement(el: Element): boolean {
  if (HEADINGS.has(el.tagName)) return true;
  const names = [String(el.properties.id ?? ''), ...(Array.isArray(el.properties.className) ? el.properties.className.map(String) : [])];
  return names.some((n) => TITLE_NAME.test(n));
}

/** A data table: rows of cells with no table inside and no cell as long as a page. */
function dataTable(table: Element): string[][] | null {
  const rows: Element[] = [];
  const nested: Element[] = [];
  const visit = (el: Element, top: boolean) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'table' && !top) nested.push(c);
      else if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName !== 'table') visit(c, false);
    }
  };
  visit(table, true);
  if (nested.length || rows.length < 2) return null;
  const cells = rows.map((tr) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
  if (cells.filter((r) => r.length >= 2).length * 2 < rows.length) return null;
  const text = cells.map((r) => r.filter((c) => !isHidden(c)).map((c) => cellText(c)));
  if (text.some((r) => r.some((c) => c.length > MAX_CELL))) return null;
  return text.filter((r) => r.some((c) => c !== ''));
}

function cellText(cell: Element): string {
  const lines: string[] = [];
  let current = '';
  const visit = (node: ElementContent) => {
    if (node.type === 'text') current += node.value;
    else if (node.type === 'element') {
      if (SKIPPED.has(node.tagName) || isHidden(node)) return;
      const block = BLOCKS.has(node.tagName) || node.tagName === 'br';
      if (block) {
        lines.push(current);
        current = '';
      }
      for (const c of node.children) visit(c);
      if (block) {
        lines.push(current);
        current = '';
      }
    }
  };
  for (const c of cell.children) visit(c);
  lines.push(current);
  return lines.map(collapse).filter((l) => l !== '').join(' ');
}

/**
 * White space as a browser shows it, and a line break of the source next to Chinese text as
 * nothing (Word's exports wrap their source mid-sentence), unless a Latin letter stands on the
 * other side.
 */
function collapse(text: string): string {
  return text
    .replace(/[ \t\r\n\f]+/g, (run, at: number, all: string) => {
      if (!/[\r\n]/.test(run)) return ' ';
      const before = all[at - 1] ?? '';
      const after = all[at + run.length] ?? '';
      const joins = (CJK.test(before) && !LATIN_LETTER.test(after)) || (CJK.test(after) && !LATIN_LETTER.test(before));
      return joins ? '' : ' ';
    })
    .trim();
}

/** The page in reading order, one block a line, each marked inside or outside the main content. */
function readBlocks(body: Root | Element, main: Root | Element, stats: Map<Element, Stats>): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let no = 1;
  let chars = 0;
  let boldChars = 0;
  let linkChars = 0;
  const flush = (ctx: Context) => {
    const line = collapse(text);
    if (line !== '') {
      const heading = ctx.heading || (chars > 0 && boldChars === chars);
      const linkDense = linkChars * 2 > chars;
      blocks.push({ no, text: line, heading, main: ctx.main, navigation: ctx.navigation || (!ctx.main && linkDense), hidden: ctx.hidden, titleLike: ctx.titleLike, table: null });
    }
    text = '';
    chars = 0;
    boldChars = 0;
    linkChars = 0;
  };
  interface Context {
    main: boolean;
    navigation: boolean;
    hidden: boolean;
    heading: boolean;
    titleLike: boolean;
    bold: boolean;
    link: boolean;
    pre: boolean;
  }
  const visit = (node: ElementContent | Root, ctx: Context) => {
    if (node.type === 'text') {
      if (text === '') no = node.position?.start.line ?? no;
      const visible = node.value.replace(/[\s\u00a0\u3000]/g, '').length;
      chars += visible;
      if (ctx.bold) boldChars += visible;
      if (ctx.link) linkChars += visible;
      if (ctx.pre) {
        const parts = node.value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush(ctx);
          text += part.replace(/\t/g, ' ');
        });
      } else text += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
    const el = node.type === 'element' ? node : null;
    const tag = el?.tagName ?? '';
    const block = el ? BLOCKS.has(tag) : false;
    const s = el ? stats.get(el) : undefined;
    const next: Context = {
      main: ctx.main || node === main,
      navigation:
        ctx.navigation ||
        tag === 'nav' ||
        tag === 'select' ||
        el?.properties.role === 'navigation' ||
        (!!s && LIST_CONTAINERS.has(tag) && s.links >= 3 && density(s) >= 0.7),
      hidden: ctx.hidden || (el ? isHidden(el) : false),
      heading: ctx.heading || HEADINGS.has(tag),
      titleLike: ctx.titleLike || (el ? isTitleElement(el) : false),
      bold: ctx.bold || tag === 'b' || tag === 'strong' || (el ? /font-weight:\s*(?:bold|[6-9]00)/i.test(String(el.properties.style ?? '')) : false),
      link: ctx.link || (tag === 'a' && el?.properties.href !== undefined),
      pre: ctx.pre || tag === 'pre',
    };
    if (tag === 'br') {
      flush(ctx);
      return;
    }
    if (block) flush(ctx);
    if (tag === 'table') {
      const rows = dataTable(el!);
      if (rows?.length) {
        blocks.push({ no: el!.position?.start.line ?? no, text: '', heading: false, main: next.main, navigation: next.navigation, hidden: next.hidden, titleLike: false, table: { no: el!.position?.start.line ?? no, rows } });
        return;
      }
    }
    if (block && text === '') no = el?.position?.start.line ?? no;
    for (const child of (node as Element | Root).children) visit(child as ElementContent, next);
    if (block) flush(next);
  };
  visit(body, { main: body === main, navigation: false, hidden: false, heading: false, titleLike: false, bold: false, link: false, pre: false });
  return blocks;
}

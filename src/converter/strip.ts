/**
 * Remove page chrome, line by line, and say why: inline fragments (teasers, page counters,
 * controls glued to a line, Markdown markup), front matter, known chrome lines, and everything
 * after a marker that ends the article (猜你喜欢, 评论…). Every removal is recorded with its
 * line and rule.
 *
 * Chrome rules act outside the document, not inside it: from the document's first paragraph
 * or numbered line to its last (and the signature after it), only rules of unmistakable
 * furniture apply, so a section 一、主办单位 or an item that gives a telephone number stays.
 */
import type { RemovedLine } from '../schemas/plan.ts';
import type { RuleId } from '../schemas/rules.ts';
import type { Line } from './normalize.ts';
import { fillsMeasure, wrapMeasure } from './unwrap.ts';
import { ADDRESSEE_LINE, COLOPHON_LINE, DATE_LINE, INLINE_NOISE, LINE_NOISE, MARKDOWN_BOLD, SENTENCE_END, SIGNATURE_LINE, SIGNATURE_WITH_DATE, TAIL_MARKER, TITLE_END, matchNumbering, type NoiseRule } from './patterns.ts';

export interface FrontMatter {
  /** The document's title from `title:`, without the site's name or the column. */
  title: string | null;
  /** The body that published the page, when the front matter names one (title prefix, tags, categories). */
  site: string | null;
}

export interface Stripped {
  lines: Line[];
  removed: RemovedLine[];
  frontMatter: FrontMatter;
}

type Remove = (line: Line, text: string, rule: RuleId, reason: string) => void;

/** Text that stops mid-sentence; a heading, a title, a signature or a date stops where it ends. */
const leavesSentenceOpen = (text: string): boolean =>
  !SENTENCE_END.test(text) && !isBareHeading(text) && !TITLE_END.test(text) && !DATE_LINE.test(text) && !SIGNATURE_LINE.test(text) && !SIGNATURE_WITH_DATE.test(text);
/** A numbered heading and nothing else: 一、总体目标. */
const isBareHeading = (text: string): boolean => {
  const n = matchNumbering(text);
  return n !== null && !/[，,、；;：:。]/.test(n.rest);
};
/** A line that begins on its own, never the rest of a sentence: an item, a title, a date, a signature. */
const standsAlone = (text: string): boolean => matchNumbering(text) !== null || TITLE_END.test(text) || DATE_LINE.test(text) || SIGNATURE_LINE.test(text);

/** Lines that may cut a sentence, even a word, in two: the text on either side is one paragraph. */
const CUTS_TEXT: ReadonlySet<RuleId> = new Set(['excerpt-marker', 'reading-wall']);

export function strip(input: readonly Line[]): Stripped {
  const removed: RemovedLine[] = [];
  const remove: Remove = (line, text, rule, reason) => removed.push({ line: line.no, text, rule, reason });

  let lines: Line[] = input.map((line) => {
    const bold = stripBold(line, remove);
    const text = stripInline({ no: line.no, text: bold.text }, remove);
    return bold.wholeLine || line.heading ? { no: line.no, text, heading: true } : { no: line.no, text };
  });
  const frontMatter = stripFrontMatter(lines, remove);
  lines = frontMatter.lines.map((line) => stripMarkdownBlock(line, remove));

  // 版记 and 附注 (抄送：…, …印发, （联系人：…，电话：…）) are parts of the document, never page chrome.
  const matched = lines.map((line) => (line.text === '' || COLOPHON_LINE.test(line.text) ? undefined : LINE_NOISE.find((r) => r.test(line.text))));
  // A text wrapped at a fixed measure (a PDF dumped to text) cuts its paragraphs into lines that fill the measure.
  const measure = wrapMeasure(lines.filter((l, i) => l.text !== '' && !matched[i]));
  // 主送机关 (各…：) opens a notice's text: from it on, a short paragraph of the notice is its text, not the page's.
  const isBodyText = (text: string) => looksLikeBody(text) || ADDRESSEE_LINE.test(text) || (measure !== null && fillsMeasure(text, measure) && /[，,。；;]/.test(text));
  for (const i of runningHeaders(lines, matched)) matched[i] = RUNNING_HEADER;
  const span = documentSpan(lines, matched, isBodyText);
  for (const i of controlsAfterClosing(lines, matched, span.end)) matched[i] = AFTER_CLOSING;

  const kept: Line[] = [];
  let bodySeen = false;
  let glueNext = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    const inside = i >= span.start && i <= span.end;
    if (bodySeen && !inside && i > span.end && TAIL_MARKER.test(line.text)) {
      for (const rest of lines.slice(i)) {
        if (rest.text !== '') remove(rest, rest.text, TAIL_MARKER.id, `${TAIL_MARKER.reason} (「${line.text.slice(0, 12)}」, line ${line.no})`);
      }
      break;
    }
    const rule = matched[i];
    if (rule && (rule.scope === 'anywhere' || !inside)) {
      remove(line, line.text, rule.id, rule.reason);
      // An excerpt marker on its own line may cut a word (全面推 / <!--more--> / 进劳动教育).
      if (CUTS_TEXT.has(rule.id) && kept.length > 0 && leavesSentenceOpen(kept.at(-1)!.text)) glueNext = true;
      continue;
    }
    // …unless what follows stands on its own: an item, a title, a date.
    if (glueNext && standsAlone(line.text)) glueNext = false;
    if (glueNext) {
      const previous = kept.at(-1)!;
      kept[kept.length - 1] = { ...previous, text: previous.text + line.text };
      glueNext = false;
      continue;
    }
    kept.push(line);
    if (isBodyText(line.text)) bodySeen = true;
  }
  return { lines: kept, removed: removed.sort((a, b) => a.line - b.line), frontMatter: { title: frontMatter.title, site: frontMatter.site } };
}

/**
 * The document's extent, as line indexes: from its first paragraph or numbered line to its
 * last, then on over a signature and date that close it. Lines that chrome rules match do not
 * open or close the document, so a long footer is never taken for its last paragraph.
 */
function documentSpan(lines: readonly Line[], matched: ReadonlyArray<NoiseRule | undefined>, isBodyText: (text: string) => boolean): { start: number; end: number } {
  const isBody = (i: number) => {
    const text = lines[i]!.text;
    if (text === '' || matched[i]) return false;
    return isBodyText(text);
  };
  let start = -1;
  let end = -2;
  for (let i = 0; i < lines.length; i++) {
    if (!isBody(i)) continue;
    if (start < 0) start = i;
    end = i;
  }
  if (start < 0) return { start: 0, end: -1 };
  // 落款: signing bodies and a date close the document, a few lines after its last paragraph.
  for (let i = end + 1, seen = 0; i < lines.length && seen < 8; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    seen++;
    if (DATE_LINE.test(text) || SIGNATURE_WITH_DATE.test(text)) end = i;
    // Signing bodies, attachment lines, 特此通知 and short lines may stand between; a long line of other text ends the search.
    else if (text.length > 20 && !SIGNATURE_LINE.test(text) && !/^附\s*件|^特此|^此复|^专此/.test(text) && matched[i]?.scope !== 'outside') break;
  }
  return { start, end };
}

/** A rule a line takes from where it stands, not from what it says. */
const byPlace = (id: RuleId, scope: NoiseRule['scope'], reason: string): NoiseRule => ({ id, reason, scope, test: () => true });

const RUNNING_HEADER = byPlace('running-header', 'anywhere', 'a running header or footer of a PDF dumped to text, printed again beside each page number');
/** How near a page number (in lines) a running header or footer stands. */
const PAGE_EDGE = 3;

/**
 * A PDF dumped to text keeps what it prints on every page — a short line beside each printed
 * page number (— 3 —), and once at the top of the first page. Such a line, found beside two page
 * numbers at least, is furniture wherever it stands beside one, and at the top of the text.
 */
function runningHeaders(lines: readonly Line[], matched: ReadonlyArray<NoiseRule | undefined>): number[] {
  const pageNumbers = matched.flatMap((rule, i) => (rule?.id === 'page-number' ? [i] : []));
  if (pageNumbers.length < 2) return [];
  const near = new Array<boolean>(lines.length).fill(false);
  for (const p of pageNumbers) for (let i = Math.max(0, p - PAGE_EDGE); i <= Math.min(lines.length - 1, p + PAGE_EDGE); i++) near[i] = true;
  const nearPage = (i: number) => near[i]!;
  const top = lines.findIndex((l) => l.text !== '');
  const byText = new Map<string, number[]>();
  // A signature above its date, and a date, stand at a page's end too: they are the document's.
  let below = '';
  const dated = new Array<boolean>(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    dated[i] = DATE_LINE.test(text) || DATE_LINE.test(below);
    if (text !== '') below = text;
  }
  lines.forEach((line, i) => {
    if (line.text === '' || matched[i] || dated[i] || line.text.length > 40 || matchNumbering(line.text)) return;
    const at = byText.get(line.text);
    if (at) at.push(i);
    else byText.set(line.text, [i]);
  });
  return [...byText.values()].flatMap((at) => {
    const beside = at.filter(nearPage);
    return beside.length >= 2 ? at.filter((i) => nearPage(i) || i === top) : [];
  });
}

/** Page text the catalogue does not name, known by where it stands: after the date that closes the document. */
const AFTER_CLOSING = byPlace('page-button', 'outside', 'a short line after the signature and date that close the document: a button or link of the page');
/** More lines than a page's buttons and links: an appendix, a flattened table. */
const MAX_CONTROLS = 12;

/**
 * GB/T 9704 closes a document with its 署名 and 成文日期; after them come only 附注, 附件 and
 * 版记. A run of short lines without a sentence, a number or a label that follows the date to the
 * end of the page (or to a list of other articles) is the page's own: 返回顶部, 保存本页, 手机版….
 */
function controlsAfterClosing(lines: readonly Line[], matched: ReadonlyArray<NoiseRule | undefined>, end: number): number[] {
  const closing = lines[end]?.text;
  if (closing === undefined || !(DATE_LINE.test(closing) || SIGNATURE_WITH_DATE.test(closing))) return [];
  const run: number[] = [];
  for (let i = end + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === '' || matched[i]) continue;
    if (TAIL_MARKER.test(text)) break;
    if (!isControlLike(text)) return [];
    run.push(i);
  }
  return run.length <= MAX_CONTROLS ? run : [];
}

// A button holds no number and names no month or week: those are a calendar's or a table's.
const isControlLike = (text: string): boolean =>
  text.length <= 24 &&
  !/[，,。；;！？!?：:、]/.test(text) &&
  !/[0-9０-９]/.test(text) &&
  !/[月周週]/.test(text) &&
  !/表$/.test(text) &&
  !/^附/.test(text) &&
  matchNumbering(text) === null &&
  !DATE_LINE.test(text) &&
  !COLOPHON_LINE.test(text);

/**
 * Markdown's block markers at the start of a line: # of a heading (the line is a heading, all of
 * it), > of a quote, - or * of a list item; a line of --- or *** alone is a rule. Markup, not text.
 * A page number set between dashes (- 3 -) is not a list item.
 */
const MARKDOWN_BLOCK = /^(?:#{1,6}|>|[-*])[ \t\u3000]+(?=\S)/;
const MARKDOWN_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const DASHED_NUMBER = /^[-—]\s*[0-9]{1,3}\s*[-—]$/;

function stripMarkdownBlock(line: Line, remove: Remove): Line {
  if (MARKDOWN_RULE.test(line.text)) {
    remove(line, line.text, 'markdown-markup', 'Markdown markup (a heading mark, quote mark, list bullet or rule), not text');
    return { ...line, text: '' };
  }
  const block = MARKDOWN_BLOCK.exec(line.text);
  if (!block || DASHED_NUMBER.test(line.text)) return line;
  remove(line, block[0].trim(), 'markdown-markup', 'Markdown markup (a heading mark, quote mark, list bullet or rule), not text');
  const text = line.text.slice(block[0].length);
  return block[0].startsWith('#') ? { no: line.no, text, heading: true } : { ...line, text };
}

/** Markdown bold markers come out, their text stays; a line wholly in bold (**一、…**) is a heading, all of it. */
function stripBold(line: Line, remove: Remove): { text: string; wholeLine: boolean } {
  let wholeLine = false;
  const text = line.text.replace(MARKDOWN_BOLD, (match, inner: string, at: number) => {
    if (at === 0 && match.length === line.text.length) wholeLine = true;
    remove(line, '**', 'markdown-bold', 'Markdown bold markers (markup, not text)');
    remove(line, '**', 'markdown-bold', 'Markdown bold markers (markup, not text)');
    return inner;
  });
  return { text, wholeLine };
}

function stripInline(line: Line, remove: Remove): string {
  let text = line.text;
  for (const { id, reason, re } of INLINE_NOISE) {
    text = text.replace(re, (match) => {
      remove(line, match.trim(), id, reason);
      return '';
    });
  }
  return text.trim();
}

/** `站名 | 标题`, `标题 - 站名`, `栏目->标题`: the parts of a page title, the document's title among them. */
const TITLE_SEPARATOR = /\s*(?:\s[|｜_\-–—]\s|[|｜_]|->|>>|»|＞)\s*/;
const ORGANISATION = /(?:大学|大學|学院|學院|学校|學校|中学|中學|小学|小學|幼儿园|幼兒園|教育局|教育厅|教育廳|教育部|教委|委员会|委員會|政府|中心)$/;

/** Front matter of static-site generators: YAML between --- (Jekyll, Hugo, Hexo) or TOML between +++ (Hugo). */
const FENCES = ['---', '+++'];

function stripFrontMatter(lines: Line[], remove: Remove): FrontMatter & { lines: Line[] } {
  const first = lines.findIndex((l) => l.text !== '');
  const fence = first < 0 ? undefined : FENCES.find((f) => lines[first]!.text === f);
  if (fence === undefined) return { lines, title: null, site: null };
  const close = lines.findIndex((l, i) => i > first && l.text === fence);
  if (close < 0 || close - first > 40) return { lines, title: null, site: null };
  let rawTitle: string | null = null;
  const listed: string[] = [];
  for (const line of lines.slice(first, close + 1)) {
    const m = /^title\s*[:=]\s*["']?(.+?)["']?\s*$/.exec(line.text);
    if (m) rawTitle = m[1]!;
    const item = /^-\s+["']?(.+?)["']?\s*$/.exec(line.text);
    if (item) listed.push(item[1]!);
    // TOML lists on one line: tags = ["工作要点", "某某区教育局"]
    if (/^\w+\s*=\s*\[/.test(line.text)) for (const quoted of line.text.matchAll(/["']([^"']+)["']/g)) listed.push(quoted[1]!);
    if (line.text !== '') remove(line, line.text, 'front-matter', 'front matter of a blog or CMS export');
  }
  const named = rawTitle ? pageTitle(rawTitle) : { title: null, site: null };
  return { lines: lines.slice(close + 1), title: named.title, site: named.site ?? listed.find((p) => ORGANISATION.test(p)) ?? null };
}

/**
 * A page's title as a CMS writes it (学校->2022年工作要点 | 某大学, 关于…的通知_通知公告_某区教育局):
 * the document's title is the longest part with Chinese text; the others name the site or column.
 */
export function pageTitle(raw: string): FrontMatter {
  const parts = raw.split(TITLE_SEPARATOR).filter((p) => p.trim() !== '');
  const chinese = parts.filter((p) => /[\u3400-\u9fff]/.test(p));
  const title = [...chinese].sort((a, b) => b.length - a.length)[0]?.trim() ?? raw;
  return { title, site: chinese.find((p) => p.trim() !== title && ORGANISATION.test(p))?.trim() ?? null };
}

/** The article has begun once a numbered heading or a real paragraph appears. */
function looksLikeBody(text: string): boolean {
  return matchNumbering(text) !== null || (text.length >= 60 && /[，,。]/.test(text));
}

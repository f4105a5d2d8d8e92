/**
 * The converter's pure core: raw bytes (or text) of a scraped plan → the plan model.
 * decode → normalize → strip → rejoin pages → locate title → outline → anchors → metadata.
 * Touches no files; the CLI in scripts/convert.ts does the I/O.
 */
import { plan as planSchema, type Plan, type PlanNode, type RemovedLine, type Signature, type Warning, type Wrapper } from '../schemas/plan.ts';
import type { Sidecar } from '../schemas/sidecar.ts';
import { assignAnchors } from './anchors.ts';
import { decode } from './decode.ts';
import { closeLetterSpacing } from './despace.ts';
import { joinBareMarkers } from './markers.ts';
import { doubts } from './doubts.ts';
import { ConvertError } from './errors.ts';
import {
  buildTitle,
  fiveYearPlanYear,
  fullNameOf,
  chromeYear,
  documentOfHeadline,
  readPublishedHeadline,
  issuerFromChrome,
  issuerFromText,
  publisherOf,
  issuerFromTitle,
  levelOf,
  locateTitle,
  planDate,
  regionOf,
  secondTermYear,
  yearOf,
} from './meta.ts';
import { normalize, normalizeLines, type Line, type Normalized } from './normalize.ts';
import { placeTables, splitAppendix } from './tables.ts';
import type { Extraction } from '../formats/extraction.ts';
import { readByline, readHead, readTail, splitWrapper } from './parts.ts';
import { buildOutline } from './outline.ts';
import { COVER_NOTICE, DOC_NUMBER, DOC_NUMBER_LINE, isParagraph, MASTHEAD_LINE, PAGINATED_SOURCE, SENTENCE_END, SIGNATURE_LINE, TITLE_END } from './patterns.ts';
import { readReferences } from './references.ts';
import { rejoinPages } from './rejoin.ts';
import { unwrapLines } from './unwrap.ts';
import { pageTitle, strip } from './strip.ts';
import { detectScript } from '../text/script.ts';

export interface ConvertOptions {
  /** Path shown in messages and stored as meta.source, e.g. plans/x.txt. */
  file: string;
  slug: string;
  sidecar?: Sidecar | undefined;
}

export function convertBytes(bytes: Uint8Array, options: ConvertOptions): Plan {
  const { text, encoding } = decode(bytes);
  return convertText(text, options, encoding);
}

export function convertText(raw: string, options: ConvertOptions, encoding = 'utf-8'): Plan {
  assertText(raw);
  const { text, count } = readReferences(raw);
  const steps = count ? [`${count} HTML character reference${count > 1 ? 's' : ''} (&nbsp; &ldquo; …) read as the characters they stand for`] : [];
  return convertLines(normalize(text), options, { format: 'text', encoding, tables: [], removed: [], steps, title: null }, PAGINATED_SOURCE.test(text));
}

/** A web page, a Word file or a PDF, as its reader left it (src/formats): its lines, tables and removals. */
export function convertExtraction(extraction: Extraction, options: ConvertOptions): Plan {
  const text = extraction.lines.map((l) => l.text).join('\n');
  if (!/[\u3400-\u9fff]/.test(text)) {
    throw new ConvertError('no-chinese', 'the document holds no Chinese text — is it the plan? A scanned document needs its text saved as plans/<slug>.txt');
  }
  return convertLines(normalizeLines(extraction.lines), options, extraction, PAGINATED_SOURCE.test(text));
}

function convertLines(normalized: Normalized, options: ConvertOptions, source: Omit<Extraction, 'lines'>, paginated: boolean): Plan {
  const { encoding } = source;
  const despaced = closeLetterSpacing(normalized.lines);
  const marked = joinBareMarkers(despaced.lines);
  const stripped = strip(marked.lines);
  if (source.title && !stripped.frontMatter.title) stripped.frontMatter = pageTitle(source.title);
  const unwrapped = unwrapLines(stripped.lines);
  const appendix = splitAppendix(unwrapped.lines, source.tables.length);
  const rejoined = rejoinPages(appendix.lines, paginated);
  const split = splitWrapper(rejoined.lines);
  const head = readHead(split.document);
  const tail = readTail(head.lines);
  const located = locateTitle(tail.lines, stripped.frontMatter.title !== null);
  const byline = tail.signature ? null : readByline(located.body);
  const body = byline?.lines ?? located.body;
  const outline = buildOutline(body);
  if (outline.sections.length === 0) {
    throw new ConvertError(
      'no-structure',
      'found no numbered items (一、 （一） 1. 一是…) — is this a work plan? If it is, check that its headings are on their own lines or after a space',
      body[0]?.no ?? null,
    );
  }
  const wrapper = split.wrapper.length ? readWrapper(split.wrapper) : null;
  const removed: RemovedLine[] = [
    ...source.removed,
    ...stripped.removed,
    ...rejoined.removed,
    ...split.removed,
    ...(wrapper?.removed ?? []),
    ...tail.removed,
    ...located.removed,
  ].sort((a, b) => a.line - b.line);
  const warnings: Warning[] = [...outline.warnings];
  if (normalized.droppedControls > 0) {
    warnings.push({ line: null, rule: 'control-characters', message: `${normalized.droppedControls} invisible or control characters were dropped` });
  }

  const sections = assignAnchors(outline.sections);
  const sidecar = options.sidecar ?? {};
  if (sidecar.titles) applyTitleSplits(sections, sidecar.titles);

  // A news headline names the document and who published it: 江北市教育局印发《2023年全市教育工作要点》.
  const headline = located.title ? readPublishedHeadline(located.title) : null;
  let title = headline?.title ?? (located.title ? documentOfHeadline(located.title) : null);
  let titleSource: Plan['meta']['titleSource'] = 'text';
  const frontMatterTitle = stripped.frontMatter.title ? documentOfHeadline(stripped.frontMatter.title) : null;
  if (sidecar.title) {
    title = sidecar.title;
    titleSource = 'sidecar';
  } else if (!title && frontMatterTitle) {
    title = frontMatterTitle;
    titleSource = 'front-matter';
  } else if (!title) {
    title = buildTitle(outline.preamble);
    titleSource = 'built';
    if (!title) {
      title = options.slug;
      warnings.push({ line: null, rule: 'no-title', message: 'no title found in the text — set `title:` in the sidecar' });
    }
  }
  warnings.push(
    ...doubts({
      title,
      titleLine: located.removed.find((r) => r.rule === 'title')?.line ?? null,
      body,
      sections: outline.sections,
    }),
  );
  const signature = tail.signature ?? byline?.signature ?? null;
  // A portal's box numbers the page's document: the plan, and the notice that issues it, if one does.
  const boxNumber = docNumberOf(removed);
  const docNumber = head.docNumber ?? boxNumber;
  if (wrapper && wrapper.model.docNumber === null) wrapper.model.docNumber = boxNumber;
  // The year: the title's, else the signature's, the page's, the wrapper's, the document number's (〔2023〕), the first paragraph's.
  const year =
    sidecar.year ??
    secondTermYear(title) ??
    yearOf(title) ??
    yearOf(signature?.date) ??
    chromeYear(removed) ??
    yearOf(wrapper?.model.signature?.date) ??
    yearOf(docNumber ?? wrapper?.model.docNumber) ??
    fiveYearPlanYear(title) ??
    yearOf(outline.preamble[0]);
  const issuer = findIssuer(title, signature, head.masthead ?? headline?.issuer ?? null, wrapper?.model ?? null, removed, stripped.frontMatter.site, sidecar);
  const region = sidecar.region !== undefined ? sidecar.region : regionOf(title, issuer.name);
  const date = findDate(signature, wrapper?.model ?? null, removed, year, sidecar);
  const bodyText = [...outline.preamble, ...sections.flatMap(nodeText)].join('');

  const plan: Plan = {
    slug: options.slug,
    meta: {
      title,
      titleSource,
      issuerSource: issuer.source,
      dateSource: date.source,
      year,
      issuer: issuer.name,
      date: date.value,
      language: sidecar.language ?? detectScript(bodyText),
      level: sidecar.level !== undefined ? sidecar.level : levelOf(issuer.name, title),
      region,
      encoding,
      source: options.file,
      format: source.format,
      steps: [
        ...source.steps,
        ...(despaced.closed ? [`letter-spaced text closed up (${despaced.closed} lines): the spaces between Chinese characters were the dump's`] : []),
        ...(marked.joined ? [`numbering markers on lines of their own joined to the text they number (${marked.joined})`] : []),
        ...(unwrapped.joined ? [`lines wrapped at ${unwrapped.measure} characters joined (${unwrapped.joined} breaks)`] : []),
      ],
      ...(sidecar.series ? { series: sidecar.series } : {}),
    },
    preamble: outline.preamble,
    sections,
    masthead: head.masthead,
    docNumber,
    addressees: head.addressees,
    signature,
    attachments: tail.attachments,
    colophon: tail.colophon,
    wrapper: wrapper?.model ?? null,
    tables: [],
    removed,
    warnings,
  };
  placeTables(plan, source.tables, appendix.attached);
  return planSchema.parse(plan);
}

type Source<T> = { name: string | null; source: T | null };

/** A byline's body before the author's office and name: 教育部基礎教育司 in □教育部基礎教育司司長 呂玉剛. */
const BYLINE_BODY = /([\u4e00-\u9fff]{2,30}?(?:部|司|厅|廳|局|委|中心|学校|學校|大学|大學|学院|學院))(?:副)?(?:司长|司長|局长|局長|厅长|廳長|部长|部長|主任|校长|校長|书记|書記|处长|處長|院长|院長)\s*[\u4e00-\u9fff]{2,4}$/;

/**
 * The issuer, from the strongest witness that names one: the document's own signature, the
 * bodies its title opens with, the signature of the notice that wraps it, a legal database's
 * 发布部门, the body that runs the site (for a school naming itself 学校), the page's chrome.
 */
function findIssuer(
  title: string,
  signature: Signature | null,
  /** 发文机关标志 (X文件), or the body a news headline says published it. */
  named: string | null,
  wrapper: Wrapper | null,
  removed: readonly RemovedLine[],
  site: string | null,
  sidecar: Sidecar,
): Source<NonNullable<Plan['meta']['issuerSource']>> {
  if (sidecar.issuer !== undefined) return { name: sidecar.issuer, source: sidecar.issuer === null ? null : 'sidecar' };
  if (signature?.issuer) {
    const around = [wrapper?.signature?.issuer, wrapper?.title ? issuerFromTitle(wrapper.title) : null].filter((n): n is string => Boolean(n));
    return { name: fullNameOf(signature.issuer, removed, around), source: 'signature' };
  }
  if (named) {
    const masthead = MASTHEAD_LINE.exec(named);
    return masthead ? { name: masthead[1]!.replace(/[\s\u3000]+/g, ' '), source: 'masthead' } : { name: named, source: 'title' };
  }
  const fromTitle = issuerFromTitle(title);
  if (fromTitle) return { name: fromTitle, source: 'title' };
  if (wrapper?.signature?.issuer) return { name: wrapper.signature.issuer, source: 'wrapper' };
  const fromWrapperTitle = wrapper?.title ? issuerFromTitle(wrapper.title) : null;
  if (fromWrapperTitle) return { name: fromWrapperTitle, source: 'wrapper' };
  const fromWrapperText = wrapper ? issuerFromText(wrapper.paragraphs, regionOf(title, null)) : null;
  if (fromWrapperText) return { name: fromWrapperText, source: 'wrapper' };
  const database = removed.map((r) => /^【?(?:发布部门|發布部門|制定机关|制定機關)】?[:：]\s*(\S.{1,40}?)\s*$/.exec(r.text)?.[1] ?? publisherOf(r.text)).find(Boolean);
  if (database) return { name: database, source: 'database' };
  // An article's byline names its author's body: □教育部基礎教育司司長 呂玉剛.
  const byline = removed.filter((r) => r.rule === 'byline').map((r) => BYLINE_BODY.exec(r.text)?.[1]).find(Boolean);
  if (byline) return { name: byline, source: 'byline' };
  if (site) return { name: site, source: 'site' };
  const chrome = issuerFromChrome(removed, title);
  return chrome ? { name: chrome, source: 'site' } : { name: null, source: null };
}

/** The date: 成文日期 of the signature, else the wrapping notice's, else a publish line of the page near the plan's year. */
function findDate(
  signature: Signature | null,
  wrapper: Wrapper | null,
  removed: readonly RemovedLine[],
  year: number | null,
  sidecar: Sidecar,
): { value: string | null; source: Plan['meta']['dateSource'] } {
  if (sidecar.date !== undefined) return { value: sidecar.date, source: sidecar.date === null ? null : 'sidecar' };
  if (signature?.date) return { value: signature.date, source: 'signature' };
  if (wrapper?.signature?.date) return { value: wrapper.signature.date, source: 'wrapper' };
  const page = planDate(removed, year);
  return { value: page, source: page ? 'page' : null };
}

/** A label of 发文字号 in a database's header or a portal's 信息公开 box, and what follows it. */
const DOC_NUMBER_LABEL = /(?:^|[\s|｜])【?(?:发文字号|發文字號|文[\s\u3000]*[号號])】?[\s\u3000]*[:：]\s*(?:[|｜]\s*)?(\S.*)$/;

/** 发文字号 named by a legal database's header or a portal's 信息公开 box, when the text itself does not print it. */
function docNumberOf(removed: readonly RemovedLine[]): string | null {
  for (const r of removed) {
    const m = DOC_NUMBER_LABEL.exec(r.text);
    if (!m) continue;
    const number = DOC_NUMBER.exec(m[1]!)?.[0];
    // A box's cells are set apart by a bar or wide space: the number is the first cell.
    const cell = number ?? m[1]!.split(/\s*[|｜]\s*|\s{2,}/)[0]!.trim();
    if (cell && !/[:：]$/.test(cell)) return cell;
  }
  return null;
}

const NOTICE_HEAD = [MASTHEAD_LINE, DOC_NUMBER_LINE, SIGNATURE_LINE];

/** The notice around the document: its own title, head and tail; its text kept in order. */
function readWrapper(all: readonly Line[]): { model: Wrapper; removed: RemovedLine[] } {
  // What carries the notice that publishes the document (a report, a forwarding notice) comes
  // first, kept as it was printed, as the wrapper's carrier; that notice, the last before the document, is the wrapper.
  let notice = all.findLastIndex((l) => COVER_NOTICE.test(l.text));
  // The notice's own head above its title: 版头 (X文件), 发文字号, the bodies on the title's first line.
  while (notice > 0 && NOTICE_HEAD.some((re) => re.test(all[notice - 1]!.text))) notice--;
  const before = notice > 0 ? all.slice(0, notice) : [];
  // What carries a notice is a document: a title of its own or sentences. Short lines with
  // neither, above the notice's title, are the page's own, which the strip step did not know.
  const carried = before.some((l) => isParagraph(l.text) || TITLE_END.test(l.text) || SENTENCE_END.test(l.text));
  const carrier = carried ? before.map((l) => l.text) : [];
  const pageHeader: RemovedLine[] = carried ? [] : before.map((l) => ({ line: l.no, text: l.text, rule: 'page-header', reason: 'page heading or chrome above the plan title' }));
  const lines = notice > 0 ? all.slice(notice) : all;
  const head = readHead(lines);
  const tail = readTail(head.lines);
  const located = locateTitle(tail.lines);
  const body = located.title ? located.body : tail.lines;
  // Above the notice's title is page chrome the strip step did not know; the title itself is kept here.
  const removed = located.removed.filter((r) => r.rule !== 'title');
  return {
    model: {
      title: located.title,
      carrier,
      masthead: head.masthead,
      docNumber: head.docNumber,
      addressees: head.addressees,
      signature: tail.signature,
      attachments: tail.attachments,
      colophon: tail.colophon,
      paragraphs: body.map((l) => l.text),
    },
    removed: [...pageHeader, ...tail.removed, ...removed],
  };
}

/** Every piece of text of a node and its descendants, in reading order. */
export function nodeText(node: PlanNode): string[] {
  return [node.title ?? '', ...node.paragraphs, ...node.children.flatMap(nodeText)];
}

/** Walk every node, depth first, in document order. */
export function* walk(nodes: readonly PlanNode[]): Generator<PlanNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** Refuse what is not text: mostly control characters or no letters at all. */
function assertText(text: string): void {
  const sample = text.slice(0, 4096);
  const letters = sample.replace(/[^\p{L}\p{N}\p{P}\s]/gu, '').length;
  if (letters < sample.length * 0.8) {
    throw new ConvertError('binary-file', 'most of the file is not text — is it a binary file? Save the plan as plain text (UTF-8)');
  }
  if (!/[\u3400-\u9fff]/.test(text)) {
    throw new ConvertError('no-chinese', 'the text holds no Chinese characters — save the plan itself, as plain text');
  }
}

/** An editor's `titles:` entry: the item's heading is the first words of its text. */
function applyTitleSplits(sections: PlanNode[], titles: Record<string, string>): void {
  const byId = new Map([...walk(sections)].map((n) => [n.id, n]));
  for (const [id, wanted] of Object.entries(titles)) {
    const node = byId.get(id);
    if (!node) throw new ConvertError('sidecar-titles', `titles.${id}: no item has this id — use an id from the converted plan (npm run convert)`);
    const full = `${node.title ?? ''}${node.delimiter}${node.paragraphs[0] ?? ''}`;
    if (!full.startsWith(wanted)) {
      throw new ConvertError('sidecar-titles', `titles.${id}: the item's text does not start with 「${wanted}」 — copy the heading exactly from the text`);
    }
    const after = full.slice(wanted.length);
    const delimiter = /^[。！？；;：:\s]/.test(after) ? after[0]! : '';
    node.title = wanted;
    node.delimiter = delimiter;
    const body = after.slice(delimiter.length).trim();
    if (body) node.paragraphs[0] = body;
    else node.paragraphs.shift();
  }
}

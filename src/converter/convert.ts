/**
 * The converter's pure core: raw bytes (or text) of a scraped plan → the plan model.
 * decode → normalize → strip → rejoin pages → locate title → outline → anchors → metadata.
 * Touches no files; the CLI in scripts/convert.ts does the I/O.
 */
import { plan as planSchema, type Plan, type PlanNode, type RemovedLine, type Warning } from '../schemas/plan.ts';
import type { Sidecar } from '../schemas/sidecar.ts';
import { assignAnchors } from './anchors.ts';
import { decode } from './decode.ts';
import { ConvertError } from './errors.ts';
import {
  buildTitle,
  chromeYear,
  issuerFromChrome,
  issuerFromTitle,
  levelOf,
  locateTitle,
  planDate,
  regionOf,
  yearOf,
} from './meta.ts';
import { normalize } from './normalize.ts';
import { buildOutline } from './outline.ts';
import { PAGINATED_SOURCE } from './patterns.ts';
import { rejoinPages } from './rejoin.ts';
import { strip } from './strip.ts';
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

export function convertText(text: string, options: ConvertOptions, encoding = 'utf-8'): Plan {
  assertText(text);
  const normalized = normalize(text);
  const stripped = strip(normalized.lines);
  const rejoined = rejoinPages(stripped.lines, PAGINATED_SOURCE.test(text));
  const located = locateTitle(rejoined.lines);
  const outline = buildOutline(located.body);
  if (outline.sections.length === 0) {
    throw new ConvertError(
      'no-structure',
      'found no numbered items (一、 （一） 1. 一是…) — is this a work plan? If it is, check that its headings are on their own lines or after a space',
      located.body[0]?.no ?? null,
    );
  }
  const removed: RemovedLine[] = [...stripped.removed, ...rejoined.removed, ...located.removed].sort((a, b) => a.line - b.line);
  const warnings: Warning[] = [...outline.warnings];
  if (normalized.droppedControls > 0) {
    warnings.push({ line: null, rule: 'control-characters', message: `${normalized.droppedControls} invisible or control characters were dropped` });
  }

  const sections = assignAnchors(outline.sections);
  const sidecar = options.sidecar ?? {};
  if (sidecar.titles) applyTitleSplits(sections, sidecar.titles);

  let title = located.title;
  let titleSource: Plan['meta']['titleSource'] = 'text';
  if (sidecar.title) {
    title = sidecar.title;
    titleSource = 'sidecar';
  } else if (!title && stripped.frontMatterTitle) {
    title = stripped.frontMatterTitle;
    titleSource = 'front-matter';
  } else if (!title) {
    title = buildTitle(outline.preamble);
    titleSource = 'built';
    if (!title) {
      title = options.slug;
      warnings.push({ line: null, rule: 'no-title', message: 'no title found in the text — set `title:` in the sidecar' });
    }
  }
  const year = sidecar.year ?? yearOf(title) ?? chromeYear(removed) ?? yearOf(outline.preamble[0]);
  const titleIssuer = issuerFromTitle(title);
  const region = sidecar.region !== undefined ? sidecar.region : regionOf(title, titleIssuer);
  const issuer = sidecar.issuer !== undefined ? sidecar.issuer : (titleIssuer ?? issuerFromChrome(removed, region));
  const bodyText = [...outline.preamble, ...sections.flatMap(nodeText)].join('');

  const plan: Plan = {
    slug: options.slug,
    meta: {
      title,
      titleSource,
      year,
      issuer,
      date: sidecar.date !== undefined ? sidecar.date : planDate(removed, year),
      language: sidecar.language ?? detectScript(bodyText),
      level: sidecar.level !== undefined ? sidecar.level : levelOf(issuer, title),
      region,
      encoding,
      source: options.file,
    },
    preamble: outline.preamble,
    sections,
    removed,
    warnings,
  };
  return planSchema.parse(plan);
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

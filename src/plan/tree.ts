/**
 * One walk of the plan tree for every view. The MDX page, the Simplified reading, the printed
 * PDF, the search document and the cross-link index all ask the same questions of a node — is
 * it a heading or an unnumbered block, how deep, in which face, under which heading, which of
 * its words cite a document — and this module is the one place that answers them. Views only
 * render. Pure.
 */
import { type Citation, findCitations } from '../crosslinks/citations.ts';
import type { NumberingStyle, Plan, PlanNode, PlanTable } from '../schemas/plan.ts';

/** A numbered or titled node is a heading; one with neither is a block of text. */
export type NodeKind = 'heading' | 'block';

export function kindOf(node: PlanNode): NodeKind {
  return node.number === null && node.title === null ? 'block' : 'heading';
}

/** The text of a heading as the reader sees it: the numbering as printed, then the title. */
export function headingText(node: PlanNode): string {
  return `${node.marker ?? ''}${node.title ?? ''}`;
}

/**
 * GB/T 9704 sets a heading's face by its numbering level, not by its depth: 一、 in 黑体,
 * （一） and 一是 in 楷体, 1. and below in a bold Song.
 */
export type Face = 'hei' | 'kai' | 'song';

export function faceOf(style: NumberingStyle | null): Face {
  if (style === 'cn-part' || style === 'cn-dun' || style === 'cn-bracket' || style === 'decimal-1') return 'hei';
  if (style === 'cn-paren' || style === 'cn-shi' || style === 'cn-ordinal' || style === 'cn-stage' || style === 'decimal-2') return 'kai';
  return 'song';
}

export interface Visit {
  node: PlanNode;
  kind: NodeKind;
  /** HTML heading level: sections are 2, their items 3, down to 6. */
  level: 2 | 3 | 4 | 5 | 6;
  /** The heading a reader sees over this node's text: its own, or its parent's for a block. */
  heading: string;
}

/** Every node, depth first, in reading order, with what every view needs to know of it. */
export function* walkPlan(plan: Plan): Generator<Visit> {
  yield* walkNodes(plan.sections, 2, plan.meta.title);
}

export function* walkNodes(nodes: readonly PlanNode[], depth: number, parentHeading: string): Generator<Visit> {
  for (const node of nodes) {
    const kind = kindOf(node);
    const heading = kind === 'heading' ? headingText(node) : parentHeading;
    yield { node, kind, level: Math.min(depth, 6) as Visit['level'], heading };
    yield* walkNodes(node.children, depth + 1, heading);
  }
}

/**
 * A paragraph as runs of plain text and citations of documents: a title's 《》 stay plain text
 * around the citation (《<cite>中小学德育工作指南</cite>》), a document number is the citation
 * whole (教基〔2022〕1号).
 */
export type Segment = { text: string; citation: null } | { text: string; citation: Citation };

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const plain = (to: number) => {
    if (to > at) out.push({ text: text.slice(at, to), citation: null });
  };
  for (const c of findCitations(text)) {
    const [start, end] = c.kind === 'title' ? [c.start + 1, c.end - 1] : [c.start, c.end];
    plain(start);
    out.push({ text: text.slice(start, end), citation: c });
    at = end;
  }
  plain(text.length);
  return out;
}

/** A holder's text in reading order: its paragraphs, with its tables at their places. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; table: PlanTable };

/** The plan's tables by holder: a node's id, preamble, wrapper or appendix. */
export function tablesByHolder(plan: Plan): Map<string, PlanTable[]> {
  const byHolder = new Map<string, PlanTable[]>();
  for (const table of plan.tables ?? []) byHolder.set(table.within, [...(byHolder.get(table.within) ?? []), table]);
  return byHolder;
}

export function blocksOf(paragraphs: readonly string[], tables: readonly PlanTable[] = []): Block[] {
  const blocks: Block[] = [];
  const sorted = [...tables].sort((a, b) => a.at - b.at);
  let next = 0;
  paragraphs.forEach((text, i) => {
    while (next < sorted.length && sorted[next]!.at <= i) blocks.push({ kind: 'table', table: sorted[next++]! });
    blocks.push({ kind: 'paragraph', text });
  });
  while (next < sorted.length) blocks.push({ kind: 'table', table: sorted[next++]! });
  return blocks;
}

/** A table as text, row by row, for search and for similarity: cells joined by a space. */
export function tableText(table: PlanTable): string {
  return table.rows.map((row) => row.filter((c) => c !== '').join(' ')).join('\n');
}

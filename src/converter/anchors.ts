/**
 * Anchor ids from the document's own numbering path: 二 → s2, 二/4 → s2-4, 三/(一)/2 → s3-1-2,
 * the k-th unnumbered block in a node → <node>-p<k>. Never a counter over the document and never
 * a hash of the text, so re-scraping with other chrome, line endings or a fixed typo keeps them.
 * A number used twice under one parent gets a letter (s2-4, s2-4b) so ids stay unique.
 */
import type { PlanNode } from '../schemas/plan.ts';
import type { DraftNode } from './outline.ts';

export function assignAnchors(sections: readonly DraftNode[]): PlanNode[] {
  const used = new Set<string>(['preamble']);
  return withIds(sections, 's', '', used);
}

function withIds(nodes: readonly DraftNode[], rootPrefix: string, parentId: string, used: Set<string>): PlanNode[] {
  let unnumbered = 0;
  return nodes.map((node) => {
    const base =
      node.value !== null
        ? parentId
          ? `${parentId}-${node.value}`
          : `${rootPrefix}${node.value}`
        : `${parentId || 'top'}-p${++unnumbered}`;
    const id = unique(base, used);
    return {
      id,
      number: node.number,
      marker: node.marker,
      style: node.style,
      title: node.title,
      delimiter: node.delimiter,
      paragraphs: node.paragraphs,
      children: withIds(node.children, rootPrefix, id, used),
    };
  });
}

function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 1; used.has(id); k++) id = `${base}${String.fromCharCode(97 + k)}`;
  used.add(id);
  return id;
}

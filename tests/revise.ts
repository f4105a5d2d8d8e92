/**
 * Revisions of a plan for the anchor tests: the plan's text as a re-scrape would give it, after
 * an editor inserted an item, swapped two items or split a section. Numbers are rewritten the
 * way the document numbers them (running on or restarting), so ids shift as they would.
 */
import { matchNumbering } from '../src/converter/patterns.ts';
import type { Plan, PlanNode } from '../src/schemas/plan.ts';

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

function renumber(marker: string, value: number): string {
  const n = matchNumbering(`${marker}题`);
  if (!n) return marker;
  const numeral = /^\d+$/.test(n.number) ? String(value) : n.style === 'circled' ? '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[value - 1]! : CN[value]!;
  return marker.replace(n.number, numeral);
}

const styleOf = (node: PlanNode) => (node.marker ? matchNumbering(`${node.marker}题`)?.style ?? null : null);

/** Give every numbered node its number again, in document order, as the source numbers them. */
function renumberAll(sections: PlanNode[]): void {
  const runsOn = new Map<string, boolean>();
  const scan = (nodes: PlanNode[]) => {
    const first = nodes.find((n) => n.number !== null);
    const style = first && styleOf(first);
    if (style && Number(first.marker!.match(/\d+/)?.[0] ?? 1) > 1) runsOn.set(style, true);
    for (const n of nodes) scan(n.children);
  };
  scan(sections);
  const counters = new Map<string, number>();
  const visit = (nodes: PlanNode[]) => {
    const local = new Map<string, number>();
    for (const node of nodes) {
      const style = styleOf(node);
      if (!style) continue;
      const value = runsOn.get(style) ? (counters.get(style) ?? 0) + 1 : (local.get(style) ?? 0) + 1;
      counters.set(style, value);
      local.set(style, value);
      node.marker = renumber(node.marker!, value);
    }
    for (const n of nodes) visit(n.children);
  };
  visit(sections);
}

function render(plan: Plan): string {
  const lines = [plan.meta.title, '', ...plan.preamble.flatMap((p) => [p, ''])];
  const visit = (node: PlanNode) => {
    if (node.marker !== null || node.title !== null) {
      const delimiter = node.delimiter === '\n' || node.delimiter === '' ? (node.paragraphs.length ? '。' : '') : node.delimiter;
      lines.push(`${node.marker ?? ''}${node.title ?? ''}${node.paragraphs.length ? delimiter + node.paragraphs[0] : ''}`, '');
      for (const p of node.paragraphs.slice(1)) lines.push(p, '');
    } else {
      for (const p of node.paragraphs) lines.push(p, '');
    }
    node.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  return lines.join('\n');
}

/** The first node (depth first) whose children hold at least `count` numbered leaves. */
function groupWith(sections: PlanNode[], count: number): PlanNode {
  const found = (function find(nodes: PlanNode[]): PlanNode | undefined {
    for (const n of nodes) {
      if (n.children.filter((c) => c.number !== null && c.children.length === 0).length >= count) return n;
      const deeper = find(n.children);
      if (deeper) return deeper;
    }
  })(sections);
  if (!found) throw new Error('no group of items to revise');
  return found;
}

export type Revision = 'insert' | 'swap' | 'split' | 'remove';
export const REVISIONS: Revision[] = ['insert', 'swap', 'split'];

export function revise(original: Plan, revision: Revision): string {
  const plan: Plan = structuredClone(original);
  if (revision === 'insert') {
    const group = groupWith(plan.sections, 2);
    const first = group.children.find((c) => c.number !== null)!;
    group.children.splice(group.children.indexOf(first), 0, {
      ...structuredClone(first),
      title: '新增一项修订时加入的工作',
      delimiter: '。',
      paragraphs: ['这是修订时在各项工作之前新加入的一条，此后各条的序号依次后移。'],
      children: [],
    });
  } else if (revision === 'swap') {
    const group = groupWith(plan.sections, 2);
    const numbered = group.children.filter((c) => c.number !== null);
    const [a, b] = [group.children.indexOf(numbered[0]!), group.children.indexOf(numbered[1]!)];
    [group.children[a], group.children[b]] = [group.children[b]!, group.children[a]!];
  } else if (revision === 'remove') {
    const group = groupWith(plan.sections, 2);
    const numbered = group.children.filter((c) => c.number !== null);
    group.children.splice(group.children.indexOf(numbered[1]!), 1);
  } else {
    const section = plan.sections.find((s) => s.children.filter((c) => c.number !== null).length >= 2) ?? plan.sections[0]!;
    const numbered = section.children.filter((c) => c.number !== null);
    const cut = section.children.indexOf(numbered[Math.ceil(numbered.length / 2)] ?? numbered.at(-1)!);
    const moved = section.children.splice(cut);
    plan.sections.splice(plan.sections.indexOf(section) + 1, 0, {
      ...structuredClone(section),
      title: '进一步抓好各项工作落实',
      paragraphs: [],
      children: moved,
      delimiter: '\n',
    });
  }
  renumberAll(plan.sections);
  return render(plan);
}

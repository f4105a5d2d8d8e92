/**
 * Parse emitted MDX with Sätteri, the parser Astro uses, and read back what a reader would see:
 * headings with their ids, and the text of every paragraph. Any ESM or expression node means
 * text was taken for code.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { walk } from '../src/converter/convert.ts';
import { headingText } from '../src/plan/tree.ts';
import type { Plan } from '../src/schemas/plan.ts';

export interface ReadBack {
  blocks: Array<{ kind: 'heading' | 'paragraph'; id?: string; text: string }>;
  code: string[];
}

export const SATTERI_FEATURES = { headingAttributes: true, smartPunctuation: false } as const;

export function readBack(mdx: string): ReadBack {
  const tree = mdxToMdast(mdx, { features: SATTERI_FEATURES, position: false });
  const out: ReadBack = { blocks: [], code: [] };
  const text = (node: MdastNode): string => {
    const n = node as { type: string; value?: string; children?: MdastNode[] };
    if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
    return (n.children ?? []).map(text).join('');
  };
  const visit = (node: MdastNode) => {
    const n = node as { type: string; value?: string; children?: MdastNode[]; data?: { hProperties?: { id?: string } } };
    if (/^mdx(js|FlowExpression|TextExpression|JsxTextElement)/.test(n.type)) out.code.push(`${n.type}: ${n.value ?? ''}`);
    if (n.type === 'heading') out.blocks.push({ kind: 'heading', id: n.data?.hProperties?.id, text: text(node) });
    else if (n.type === 'paragraph') out.blocks.push({ kind: 'paragraph', text: text(node) });
    else for (const child of n.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** What the MDX of a plan must read back as: its headings with ids and its paragraphs, in order. */
export function expectedBlocks(plan: Plan): ReadBack['blocks'] {
  const blocks: ReadBack['blocks'] = plan.preamble.map((text) => ({ kind: 'paragraph', text }));
  for (const node of walk(plan.sections)) {
    if (node.number !== null || node.title !== null) blocks.push({ kind: 'heading', id: node.id, text: headingText(node) });
    for (const text of node.paragraphs) blocks.push({ kind: 'paragraph', text });
  }
  return blocks;
}

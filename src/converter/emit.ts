/**
 * Plan model → MDX source, through mdast and the MDX serializer, never by pasting text into
 * MDX: `{ } < >`, import/export lines, backticks and Markdown syntax in the plan's text come
 * out escaped and render literally. Every numbered item is a heading carrying its id
 * (`### 4.提高作业设计水平 {#s2-4}`); the preamble and unnumbered blocks are <div id="…">.
 * Every 《cited document》 in a paragraph is a `<Cite title="…">` element: the converter knows
 * no routes; the site turns a citation into a link to its document's page.
 */
import type { BlockContent, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown, type Handle, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { stringify as toYaml } from 'yaml';
import { blocksOf, headingText, kindOf, segments, tablesByHolder } from '../plan/tree.ts';
import type { Plan, PlanNode, PlanTable } from '../schemas/plan.ts';

/** A heading's explicit id, written as Sätteri's heading attribute `{#id}`. */
interface HeadingId {
  type: 'headingId';
  value: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    headingId: HeadingId;
  }
}

// Ids are validated ASCII ([a-z0-9-]) by the schema, so they are safe to write raw.
const headingIdHandler: Handle = (node) => ` {#${(node as unknown as HeadingId).value}}`;

// The MDX serializer escapes { } < > but not ESM at the start of a line: a paragraph that
// opens with `import`/`export` would be run as code. Escape their first letter.
const esmUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  // A heading that ends with " #" would lose it as an ATX closing sequence: escape a # before a space or the end.
  { character: '#', inConstruct: 'headingAtx', after: '(?:[ \\t]|$)' },
];

export function emitMdx(plan: Plan): string {
  const tree: Root = { type: 'root', children: [] };
  const tables = tablesByHolder(plan);
  const preambleTables = tables.get('preamble') ?? [];
  if (plan.preamble.length || preambleTables.length) tree.children.push(block('preamble', plan.preamble, preambleTables));
  for (const section of plan.sections) tree.children.push(...nodeContent(section, 2, tables));
  // Tables attached after the plan (its appendix) follow the signature: the page renders them from the model.
  const body = toMarkdown(tree, {
    extensions: [mdxToMarkdown()],
    // headingId is this module's own node type, unknown to the Handlers map.
    handlers: { headingId: headingIdHandler } as Options['handlers'],
    unsafe: esmUnsafe,
    bullet: '-',
    emphasis: '_',
  });
  return `---\n${toYaml(frontMatter(plan), { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}`;
}

/** What the page needs before it reads the model: the meta fields and the slug. */
export function frontMatter(plan: Plan): Record<string, unknown> {
  return { slug: plan.slug, ...plan.meta };
}

/** Anchors of earlier versions that land here: empty elements just before the item. */
function aliasTargets(node: PlanNode): MdxJsxFlowElement[] {
  return (node.aliases ?? []).map((id) => ({
    type: 'mdxJsxFlowElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id },
      { type: 'mdxJsxAttribute', name: 'class', value: 'anchor-alias' },
    ],
    children: [],
  }));
}

function nodeContent(node: PlanNode, depth: number, tables: Map<string, PlanTable[]>): RootContent[] {
  const own = tables.get(node.id) ?? [];
  if (kindOf(node) === 'block') return [...aliasTargets(node), block(node.id, node.paragraphs, own, node.children, depth, tables)];
  const heading: Heading = {
    type: 'heading',
    depth: Math.min(depth, 6) as Heading['depth'],
    children: [{ type: 'text', value: headingText(node) }, { type: 'headingId', value: node.id }],
  };
  return [...aliasTargets(node), heading, ...text(node.paragraphs, own), ...node.children.flatMap((c) => nodeContent(c, depth + 1, tables))];
}

function block(id: string, paragraphs: readonly string[], own: readonly PlanTable[], children: readonly PlanNode[] = [], depth = 2, tables = new Map<string, PlanTable[]>()): MdxJsxFlowElement {
  return jsx('div', { id, class: 'block' }, [...text(paragraphs, own), ...(children.flatMap((c) => nodeContent(c, depth + 1, tables)) as BlockContent[])]);
}

/** Paragraphs with the holder's tables at their places. */
function text(paragraphs: readonly string[], tables: readonly PlanTable[]): BlockContent[] {
  return blocksOf(paragraphs, tables).map((b) => (b.kind === 'paragraph' ? paragraph(b.text) : tableElement(b.table)));
}

function jsx(name: string, attributes: Record<string, string | number>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value: String(value) })),
    children,
  };
}

/** A table of the document, scrollable on a phone; each cell's text escaped as any paragraph's. */
function tableElement(table: PlanTable): MdxJsxFlowElement {
  const rows = table.rows.map((row) => jsx('tr', {}, row.map((cell) => jsx('td', {}, cell ? [{ type: 'paragraph', children: [{ type: 'text', value: cell }] }] : []))));
  return jsx('div', { id: table.id, class: 'table-wrap' }, [jsx('table', {}, [jsx('tbody', {}, rows)])]);
}


function paragraph(text: string): Paragraph {
  const children: PhrasingContent[] = segments(text).map((s) => (s.citation ? cite(s.citation.title, s.text) : { type: 'text', value: s.text }));
  // A paragraph that is one element alone would be read as a block of JSX, not as a paragraph.
  if (children.length === 1 && children[0]!.type === 'mdxJsxTextElement') return { type: 'paragraph', children: [{ type: 'text', value: text }] };
  return { type: 'paragraph', children };
}

/** A citation, for the site to link: 《<Cite title="中小学德育工作指南">中小学德育工作指南</Cite>》. */
function cite(title: string, printed: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: title }],
    children: [{ type: 'text', value: printed }],
  };
}

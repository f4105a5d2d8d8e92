/**
 * Plan model → the HTML of its printed form, laid out after GB/T 9704 by print.css: title,
 * preamble, sections and items as headings carrying their anchor ids, and a colophon (版记).
 * Pure; every piece of text is escaped.
 */
import { blocksOf, faceOf, headingText, kindOf, tablesByHolder } from '../plan/tree.ts';
import type { Plan, PlanNode, PlanTable } from '../schemas/plan.ts';
import { escapeHtml } from '../text/html.ts';

export interface PrintDocument {
  title: string;
  lang: string;
  author: string;
  subject: string;
  body: string;
}


export function printDocument(plan: Plan, pageUrl: string): PrintDocument {
  const { meta } = plan;
  const parts: string[] = [`<h1 class="doc-title">${escapeHtml(meta.title)}</h1>`];
  if (plan.docNumber) parts.splice(0, 0, `<p class="doc-number">${escapeHtml(plan.docNumber)}</p>`);
  if (plan.addressees) parts.push(`<p class="addressees">${escapeHtml(plan.addressees)}：</p>`);
  const tables = tablesByHolder(plan);
  if (plan.preamble.length || tables.has('preamble')) parts.push(`<section id="preamble">${text(plan.preamble, tables.get('preamble'))}</section>`);
  for (const section of plan.sections) parts.push(node(section, 2, tables));
  parts.push(closing(plan));
  // A table attached to the plan prints after its signature, as the attachment it is.
  if (tables.has('appendix')) parts.push(`<section class="appendix">${tables.get('appendix')!.map(table).join('')}</section>`);
  parts.push(colophon(plan, pageUrl));
  // Chromium writes a named destination only for ids that a link points to.
  const ids = [...allIds(plan.sections)];
  if (plan.preamble.length) ids.unshift('preamble');
  parts.push(`<nav class="destinations" aria-hidden="true">${ids.map((id) => `<a href="#${id}"></a>`).join('')}</nav>`);
  return {
    title: meta.title,
    lang: meta.language === 'zh-Hant' ? 'zh-Hant' : 'zh-CN',
    author: meta.issuer ?? '',
    subject: [meta.year ? `${meta.year}年` : '', meta.issuer ?? '', '教育工作要点'].join(''),
    body: parts.join('\n'),
  };
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

/** Paragraphs with the holder's tables at their places, from paragraph `from` on. */
function text(paragraphs: readonly string[], tables: readonly PlanTable[] = [], from = 0): string {
  return blocksOf(paragraphs, tables)
    .filter((b, i, all) => b.kind === 'table' || all.slice(0, i + 1).filter((x) => x.kind === 'paragraph').length > from)
    .map((b) => (b.kind === 'paragraph' ? paragraph(b.text) : table(b.table)))
    .join('');
}

function table(t: PlanTable): string {
  const caption = t.caption ? `<p class="table-caption">${escapeHtml(t.caption)}</p>` : '';
  const rows = t.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `${caption}<table id="${t.id}" class="data-table"><tbody>${rows}</tbody></table>`;
}

function node(n: PlanNode, depth: number, tables: Map<string, PlanTable[]>): string {
  return `${(n.aliases ?? []).map((id) => `<span id="${id}" class="anchor-alias"></span>`).join('')}${nodeBody(n, depth, tables)}`;
}

function nodeBody(n: PlanNode, depth: number, tables: Map<string, PlanTable[]>): string {
  const children = n.children.map((c) => node(c, depth + 1, tables)).join('');
  const own = tables.get(n.id);
  if (kindOf(n) === 'block') return `<div id="${n.id}" class="block">${text(n.paragraphs, own)}${children}</div>`;
  const level = Math.min(depth, 6);
  // GB/T 9704 sets the face by numbering level, not by depth: 一、 黑体, （一） 楷体, 1. and below bold Song.
  const face = `face-${faceOf(n.style)}`;
  // Items whose heading ran into their text in the source print so: the heading leads the
  // first paragraph, with the source's own delimiter (。 or a space) between them.
  if (depth > 2 && n.paragraphs.length > 0 && n.children.length === 0 && n.delimiter !== '\n') {
    const [first] = n.paragraphs;
    const delimiter = n.delimiter.trim() ? escapeHtml(n.delimiter) : n.delimiter ? ' ' : '';
    return `<div class="item"><h${level} id="${n.id}" class="${face}">${escapeHtml(headingText(n))}${delimiter}</h${level}>${escapeHtml(first!)}</div>${text(n.paragraphs, own, 1)}`;
  }
  return `<h${level} id="${n.id}" class="${face}">${escapeHtml(headingText(n))}</h${level}>${text(n.paragraphs, own)}${children}`;
}

function* allIds(nodes: readonly PlanNode[]): Generator<string> {
  for (const n of nodes) {
    yield* n.aliases ?? [];
    yield n.id;
    yield* allIds(n.children);
  }
}

/** 附件说明 below the body, then the signing bodies and the date, right-aligned (GB/T 9704 §7.3.5–7.3.6). */
function closing(plan: Plan): string {
  const list = plan.attachments;
  const attachments = list.length
    ? `<div class="attachments"><span>附件：</span>${list.length === 1 ? escapeHtml(list[0]!) : `<ol>${list.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ol>`}</div>`
    : '';
  const signature = plan.signature ? `<div class="signature">${plan.signature.lines.map(paragraph).join('')}</div>` : '';
  const notes = plan.colophon.length ? `<div class="colophon-lines">${plan.colophon.map(paragraph).join('')}</div>` : '';
  return attachments + signature + notes;
}

function colophon(plan: Plan, pageUrl: string): string {
  const { meta } = plan;
  const rows = [
    meta.issuer ? `<p><span>发布机构：</span>${escapeHtml(meta.issuer)}</p>` : '',
    meta.date ? `<p><span>发布日期：</span>${escapeHtml(meta.date)}</p>` : meta.year ? `<p><span>年份：</span>${meta.year}</p>` : '',
    `<p><span>来源：</span>${escapeHtml(meta.source)}（整理自网络转载文本，以原发布文本为准）</p>`,
    `<p><span>网址：</span><a href="${escapeHtml(pageUrl)}">${escapeHtml(pageUrl)}</a></p>`,
  ];
  return `<footer class="colophon">${rows.join('')}</footer>`;
}

/**
 * Tables of a web page or a Word file in the plan model. A reader leaves each table as one
 * placeholder line at its place (src/formats/extraction.ts); the line rules and the outline
 * carry it like a paragraph, and here it becomes a table of the node it ended up in. A table
 * attached after the plan (附件1 + 重点任务分解表 + the table, after the signature) is cut off
 * before the parts of the document are read, so the signature still closes the text and the
 * table's row numbers never become items. Pure.
 */
import { tableAt } from '../formats/extraction.ts';
import type { SourceTable } from '../formats/extraction.ts';
import type { Plan, PlanTable } from '../schemas/plan.ts';
import type { Line } from './normalize.ts';
import { ATTACHMENT_LABEL } from './patterns.ts';

export interface Attached {
  /** Index of the table in the reader's list. */
  index: number;
  /** The label and title lines printed above it (附件1 江南县第三中学2023年重点工作任务分解表). */
  caption: string | null;
}

/** A line printed above an attached table: its label or its title, never a sentence or a table. */
const isCaption = (text: string) => text.length <= 60 && !/[。；;！？!?]$/.test(text) && tableAt(text) === null;

/**
 * The plan's attachments that are tables, at the end of the text: from the first 附件 label
 * after which only labels, short titles and tables follow.
 */
export function splitAppendix(lines: readonly Line[], tableCount: number): { lines: Line[]; attached: Attached[] } {
  const isTable = (l: Line) => {
    const index = tableAt(l.text);
    return index !== null && index < tableCount;
  };
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isTable(line) || isCaption(line.text)) {
      if (ATTACHMENT_LABEL.test(line.text)) start = i;
      continue;
    }
    break;
  }
  const region = lines.slice(start);
  if (!region.some(isTable)) return { lines: [...lines], attached: [] };
  const attached: Attached[] = [];
  let caption: string[] = [];
  for (const line of region) {
    if (isTable(line)) {
      attached.push({ index: tableAt(line.text)!, caption: caption.length ? caption.join(' ') : null });
      caption = [];
    } else caption.push(line.text);
  }
  // Lines after the last table (a note under it) stay text of the plan.
  const tail = caption.length ? region.slice(region.length - caption.length) : [];
  return { lines: [...lines.slice(0, start), ...tail], attached };
}

/**
 * Replace each placeholder in the model by a table of the node, preamble or notice holding it;
 * attached tables go after the plan. A placeholder a line rule removed (a table in the page's
 * chrome) is logged row by row, so nothing is lost.
 */
export function placeTables(plan: Plan, tables: readonly SourceTable[], attached: readonly Attached[]): void {
  if (tables.length === 0) return;
  const placed: Array<Omit<PlanTable, 'id'> & { index: number }> = [];
  const take = (within: string, paragraphs: string[]): string[] => {
    const kept: string[] = [];
    for (const paragraph of paragraphs) {
      for (const piece of paragraph.split(/(\ue000表\d+)/)) {
        const index = tableAt(piece);
        if (index !== null && index < tables.length) placed.push({ index, within, at: kept.length, caption: null, rows: tables[index]!.rows });
        else if (piece.trim() !== '') kept.push(piece.trim());
      }
    }
    return kept;
  };
  plan.preamble = take('preamble', plan.preamble);
  if (plan.wrapper) plan.wrapper.paragraphs = take('wrapper', plan.wrapper.paragraphs);
  const visit = (nodes: Plan['sections']) => {
    for (const node of nodes) {
      node.paragraphs = take(node.id, node.paragraphs);
      visit(node.children);
    }
  };
  visit(plan.sections);
  attached.forEach((a, at) => {
    placed.push({ index: a.index, within: 'appendix', at, caption: a.caption, rows: tables[a.index]!.rows });
  });
  const seen = new Set(placed.map((p) => p.index));
  plan.removed = plan.removed.flatMap((r) => {
    const index = tableAt(r.text);
    if (index === null || index >= tables.length) return [r];
    seen.add(index);
    return tables[index]!.rows.map((row) => ({ ...r, text: row.join(' | ') }));
  });
  // A table the parts of the document swallowed (an attachment list, a signature): after the plan.
  const scrub = (texts: string[]) => texts.map((t) => t.replace(/\ue000表\d+/g, '').trim()).filter((t) => t !== '');
  plan.attachments = scrub(plan.attachments);
  plan.colophon = scrub(plan.colophon);
  if (plan.wrapper) plan.wrapper.carrier = scrub(plan.wrapper.carrier);
  tables.forEach((table, index) => {
    if (!seen.has(index)) placed.push({ index, within: 'appendix', at: placed.length, caption: null, rows: table.rows });
  });
  plan.tables = placed.sort((a, b) => a.index - b.index).map(({ index: _, ...table }, i) => ({ id: `t${i + 1}`, ...table }));
}

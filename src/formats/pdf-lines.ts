/**
 * A PDF's text layer (runs of text with their positions, page by page) → paragraphs. Runs on one
 * baseline make a row; rows in the top and bottom bands that repeat on most pages are running
 * headers and footers, and page numbers (— 3 —, 第3页) go too, all logged. A row starts a new
 * paragraph when it is indented (official documents indent a paragraph's first line by two
 * characters), when the row above stopped short of the right edge, when the type size changes or
 * after a wide gap; otherwise it continues the paragraph — without a space between Chinese
 * characters, which wrap without one. Pure.
 */
import type { RemovedLine } from '../schemas/plan.ts';
import type { SourceLine } from './extraction.ts';

export interface TextRun {
  str: string;
  /** Left of the run and its baseline, in points from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Type size in points. */
  size: number;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Row {
  no: number;
  page: number;
  text: string;
  /** The row ends in a printed space (a full-width space at a wrap): it stays between the joined rows. */
  spaceAfter: boolean;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const PAGE_NUMBER = /^(?:[-—–－﹣‒―~～_]+\s*\d{1,4}\s*[-—–－﹣‒―~～_]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;
/** Top and bottom bands of a page where running headers and footers stand. */
const BAND = 0.08;
const LATIN_END = /[A-Za-z0-9,.;:!?%)\]]$/;
const LATIN_START = /^[A-Za-z0-9([]/;

export interface RebuiltText {
  lines: SourceLine[];
  removed: RemovedLine[];
  paragraphs: number;
}

export function rebuildParagraphs(pages: readonly PageText[]): RebuiltText {
  const rows = pages.flatMap((page, index) => rowsOf(page, index));
  rows.forEach((row, i) => {
    row.no = i + 1;
  });
  const removed: RemovedLine[] = [];
  const body = dropFurniture(rows, pages, removed);
  const lines: SourceLine[] = [];
  if (body.length === 0) return { lines, removed, paragraphs: 0 };

  const size = median(body.map((r) => r.size));
  const left = mode(body.map((r) => Math.round(r.x0)));
  // The right edge: where most full rows end.
  const right = quantile(body.map((r) => r.x1), 0.9);
  const pitch = median(body.slice(1).map((r, i) => (r.page === body[i]!.page ? body[i]!.y - r.y : Number.NaN)).filter((d) => d > 0));
  // Where paragraphs open indented (official documents indent two characters), a row that stops
  // short is a line-breaking rule at work (no line opens with 。 or ends with “; a long run of
  // Latin letters moves down whole), unless it stops before half the width.
  const indentedRows = body.filter((r) => r.x0 > left + size * 0.9 && r.x0 < left + size * 3).length;
  const short = indentedRows * 10 >= body.length ? (right - left) / 2 : size * 1.5;
  let current: { no: number; text: string } | null = null;
  let previous: Row | null = null;
  for (const row of body) {
    const indented = row.x0 > left + size * 0.9;
    const prevShort = previous !== null && previous.x1 < right - short;
    const sizeChange = previous !== null && Math.abs(row.size - previous.size) > previous.size * 0.15;
    const gap = previous !== null && previous.page === row.page && pitch > 0 && previous.y - row.y > pitch * 1.6;
    if (current === null || indented || prevShort || sizeChange || gap) {
      if (current) lines.push(current);
      current = { no: row.no, text: row.text };
    } else {
      const glue = previous?.spaceAfter ? '\u3000' : LATIN_END.test(current.text) && LATIN_START.test(row.text) ? ' ' : '';
      current.text += glue + row.text;
    }
    previous = row;
  }
  if (current) lines.push(current);
  return { lines, removed, paragraphs: lines.length };
}

function rowsOf(page: PageText, index: number): Row[] {
  const runs = page.runs.filter((r) => r.str !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; runs: TextRun[] }> = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r.y - run.y) < Math.max(r.size, run.size) * 0.4);
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  return rows
    .map((row) => {
      const sorted = row.runs.sort((a, b) => a.x - b.x);
      let text = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const run of sorted) {
        // A gap wider than a third of a character is a space the PDF did not write.
        if (text !== '' && run.x - end > row.size * 0.3 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
        text += run.str;
        end = Math.max(end, run.x + run.width);
      }
      const first = sorted.find((r) => r.str.trim() !== '') ?? sorted[0]!;
      const lead = first.str.length - first.str.trimStart().length;
      return { no: 0, page: index, text: text.replace(/[ \t\n]+/g, ' ').trim(), spaceAfter: /\u3000$/.test(text), x0: first.x + (lead * first.width) / Math.max(1, first.str.length), x1: end, y: row.y, size: median(sorted.map((r) => r.size)) };
    })
    .filter((r) => r.text !== '')
    .sort((a, b) => b.y - a.y);
}

/** Page numbers and rows repeated in the top or bottom band of most pages go, logged. */
function dropFurniture(rows: Row[], pages: readonly PageText[], removed: RemovedLine[]): Row[] {
  const inBand = (row: Row) => {
    const height = pages[row.page]!.height;
    return row.y > height * (1 - BAND) || row.y < height * BAND;
  };
  const key = (row: Row) => row.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const pagesOf = new Map<string, Set<number>>();
  for (const row of rows.filter(inBand)) {
    const k = key(row);
    if (!pagesOf.has(k)) pagesOf.set(k, new Set());
    pagesOf.get(k)!.add(row.page);
  }
  const repeated = (row: Row) => pages.length >= 2 && (pagesOf.get(key(row))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return rows.filter((row) => {
    if (!inBand(row)) return true;
    if (PAGE_NUMBER.test(row.text)) {
      removed.push({ line: row.no, text: row.text, rule: 'page-number', reason: `page number of page ${row.page + 1}` });
      return false;
    }
    if (repeated(row)) {
      removed.push({ line: row.no, text: row.text, rule: 'running-header', reason: `running header or footer, repeated on ${pagesOf.get(key(row))!.size} pages` });
      return false;
    }
    return true;
  });
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]! : 0;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}

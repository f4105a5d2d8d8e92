/**
 * Undo the pagination of document-sharing sites: they print each page as one line that opens
 * with "N、" (1、 2、 3、…) and cut sentences, even words, at page ends (推|进, 学籍管理|工作).
 * A run of such lines is rejoined with no separator, and each marker is recorded as removed.
 */
import type { RemovedLine } from '../schemas/plan.ts';
import type { Line } from './normalize.ts';
import { PAGE_MARKER, SENTENCE_END } from './patterns.ts';

export interface Rejoined {
  lines: Line[];
  removed: RemovedLine[];
}

const MIN_RUN = 3;

export function rejoinPages(lines: readonly Line[], paginatedSource: boolean): Rejoined {
  const run = findPageRun(lines, paginatedSource);
  if (!run) return { lines: [...lines], removed: [] };
  const removed: RemovedLine[] = [];
  const joined: Line[] = lines.slice(0, run.start);
  let page = '';
  for (let i = run.start; i < run.end; i++) {
    const line = lines[i]!;
    const marker = PAGE_MARKER.exec(line.text)![0];
    removed.push({ line: line.no, text: marker, rule: 'page-marker', reason: 'page marker of a document-sharing site' });
    page += line.text.slice(marker.length);
  }
  joined.push({ no: lines[run.start]!.no, text: page });
  return { lines: joined.concat(lines.slice(run.end)), removed };
}

/**
 * The longest run of consecutive lines numbered 1、2、3… that reads as pages: long lines,
 * most of them broken mid-sentence, or a source that says it is paginated.
 */
function findPageRun(lines: readonly Line[], paginatedSource: boolean): { start: number; end: number } | null {
  for (let start = 0; start < lines.length; start++) {
    const first = PAGE_MARKER.exec(lines[start]!.text);
    if (first?.[1] !== '1') continue;
    let end = start + 1;
    while (end < lines.length && PAGE_MARKER.exec(lines[end]!.text)?.[1] === String(end - start + 1)) end++;
    if (end - start < MIN_RUN) continue;
    const pages = lines.slice(start, end);
    const breaks = pages.slice(0, -1);
    const midSentence = breaks.filter((l) => !SENTENCE_END.test(l.text)).length;
    const longPages = pages.filter((l) => l.text.length >= 150).length;
    if (longPages >= pages.length - 1 && (paginatedSource || midSentence * 2 > breaks.length)) return { start, end };
  }
  return null;
}

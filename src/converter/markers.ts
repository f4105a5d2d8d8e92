/**
 * A numbering marker printed on a line of its own, its heading on the next (一、 | 加强党的全面领导):
 * a PDF's text runs, a Word number followed by a tab stop, or a page that sets the number in a
 * cell of its own put them apart. The marker joins the line it numbers. Joining adds and drops no
 * character (a space only after a bare number, 1.1 | 深化…, which a decimal outline needs). Pure.
 */
import type { Line } from './normalize.ts';
import { matchNumbering } from './patterns.ts';

/** The marker a line consists of, if it is nothing else: 一、 （一） 1. ① 第一部分 1.1. */
export function bareMarker(text: string): string | null {
  const line = text.trim();
  if (line === '') return null;
  for (const probe of [`${line}X`, `${line} X`]) {
    const n = matchNumbering(probe);
    if (n && n.marker.trim() === line) return line;
  }
  return null;
}

export function joinBareMarkers(lines: readonly Line[]): { lines: Line[]; joined: number } {
  const out: Line[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const marker = bareMarker(line.text);
    if (marker && next && next.text.trim() !== '' && bareMarker(next.text) === null && matchNumbering(next.text) === null) {
      const gap = /[0-9０-９]$/.test(marker) ? ' ' : '';
      out.push({ ...line, text: `${marker}${gap}${next.text.trimStart()}`, heading: line.heading || next.heading });
      joined++;
      i++;
      continue;
    }
    out.push(line);
  }
  return { lines: out, joined };
}

/**
 * A numbering marker printed on a line of its own, its heading on the next (一、 | 加强党的全面领导):
 * a PDF's text runs, a Word number followed by a tab stop, or a page that sets the number in a
 * cell of its own put them apart. The marker joins the line it numbers — before the chrome is
 * stripped, since the chrome rules read a document's extent from its numbered lines; page
 * furniture that stands between them (a preview wall) is stepped over and left for the strip
 * step. Joining adds and drops no character (a space only after a bare number, 1.1 | 深化…, which a
 * decimal outline needs). Pure.
 */
import type { Line } from './normalize.ts';
import { LINE_NOISE, matchNumbering } from './patterns.ts';

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

/** Lines that are page furniture wherever they stand (src/converter/patterns.ts, scope `anywhere`). */
const isFurniture = (text: string) => LINE_NOISE.some((rule) => rule.scope === 'anywhere' && rule.test(text));

export function joinBareMarkers(lines: readonly Line[]): { lines: Line[]; joined: number } {
  const out: Line[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = bareMarker(line.text);
    let j = i + 1;
    while (marker && j < lines.length && j - i <= 3 && isFurniture(lines[j]!.text)) j++;
    const next = lines[j];
    if (marker && next && next.text.trim() !== '' && bareMarker(next.text) === null && matchNumbering(next.text) === null) {
      const gap = /[0-9０-９]$/.test(marker) ? ' ' : '';
      out.push({ ...line, text: `${marker}${gap}${next.text.trimStart()}`, heading: line.heading || next.heading }, ...lines.slice(i + 1, j));
      joined++;
      i = j;
      continue;
    }
    out.push(line);
  }
  return { lines: out, joined };
}

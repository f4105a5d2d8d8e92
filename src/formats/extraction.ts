/**
 * What every reader of a file format hands the converter: the document's text as numbered lines
 * (a paragraph, a heading, a list item or a `<br>` line each), its tables, what the reader left
 * out with the reason, and the steps it took. A table stands in the lines as one placeholder line
 * at its place, so the converter's line rules keep their order; its rows never reach the outline.
 * Pure.
 */
import type { RemovedLine } from '../schemas/plan.ts';

export type SourceFormat = 'text' | 'html' | 'docx' | 'pdf';

export interface SourceLine {
  /** Where the line is in the source: the line of an HTML file, the paragraph of a Word file, the line of a PDF's text. */
  no: number;
  text: string;
  /** Markup set the whole line apart as a heading (<h2>, a Word heading style, a paragraph wholly in bold). */
  heading?: boolean;
}

export interface SourceTable {
  /** Where the table starts in the source, as SourceLine.no. */
  no: number;
  rows: string[][];
}

export interface Extraction {
  format: SourceFormat;
  encoding: string;
  lines: SourceLine[];
  tables: SourceTable[];
  removed: RemovedLine[];
  /** What the reader did, in order, for the model and the report: "main content: div.article (92% of the text)". */
  steps: string[];
  /** The page's own <title> or the file's title property, a witness for the title when the text has none. */
  title: string | null;
}

// A private-use character cannot come from a document: readers delete it from the text they read.
const MARK = '\ue000';
const PLACEHOLDER = /^\ue000表(\d+)$/;
export const PRIVATE_MARK = /\ue000/g;

/** The line that holds table `index` in place. */
export function tableLine(index: number): string {
  return `${MARK}表${index}`;
}

/** The table a line holds in place, or null for a line of text. */
export function tableAt(text: string): number | null {
  const m = PLACEHOLDER.exec(text);
  return m ? Number(m[1]) : null;
}

/** Text as read from the source: white space as a browser shows it, private-use marks gone. */
export function cleanText(text: string): string {
  return text.replace(PRIVATE_MARK, '');
}

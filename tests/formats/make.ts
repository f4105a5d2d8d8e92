/**
 * A plan's text as it is published elsewhere: a web page on a bureau's site (src/bench/pages.ts),
 * a Word file written by the `docx` package with Word's own numbering for the items, and the
 * print page Chromium turns into a PDF. Each line of the text is a paragraph, as an editor would
 * have typed it.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, TextRun } from 'docx';
import { decode } from '../../src/converter/decode.ts';
import { escapeHtml } from '../../src/text/html.ts';

export { pageOf } from '../../src/bench/pages.ts';
import { matchNumbering, type Numbering } from '../../src/converter/patterns.ts';

import type { Plan, PlanNode } from '../../src/schemas/plan.ts';

export function linesOf(bytes: Uint8Array): string[] {
  return decode(bytes)
    .text.split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}


/** Numbering Word can draw: the style's numeral in the marker's own punctuation. */
const WORD_FORMATS: Partial<Record<Numbering['style'], (typeof LevelFormat)[keyof typeof LevelFormat]>> = {
  'cn-dun': LevelFormat.CHINESE_COUNTING,
  'cn-paren': LevelFormat.CHINESE_COUNTING,
  arabic: LevelFormat.DECIMAL,
  'arabic-paren': LevelFormat.DECIMAL,
  circled: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
};

/**
 * A Word file of the lines. A line opening with a marker of a style Word can number is a
 * paragraph of a Word list drawing that marker — one list per marker shape, a new instance where
 * the printed number starts again at 1; a number Word would not draw (out of sequence) stays text.
 */
export async function docxOf(lines: readonly string[], title: string): Promise<{ bytes: Uint8Array; numbered: number }> {
  const shapes = new Map<string, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; last: number; instance: number }>();
  let numbered = 0;
  const paragraphs = lines.map((line, i) => {
    const n = matchNumbering(line);
    const format = n && !/[０-９]/.test(n.marker) ? WORD_FORMATS[n.style] : undefined;
    if (n && format) {
      const shape = n.marker.replace(n.number, '%1');
      const seen = shapes.get(shape) ?? { format, last: 0, instance: 0 };
      shapes.set(shape, seen);
      if (n.value === 1 || n.value === seen.last + 1) {
        if (n.value === 1) seen.instance++;
        seen.last = n.value;
        numbered++;
        return new Paragraph({
          numbering: { reference: `list-${[...shapes.keys()].indexOf(shape)}`, level: 0, instance: seen.instance },
          children: [new TextRun(line.slice(n.marker.length))],
        });
      }
    }
    return new Paragraph({ alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun(line)] });
  });
  const config = [...shapes.entries()].map(([shape, { format }], index) => ({
    reference: `list-${index}`,
    levels: [{ level: 0, format, text: shape, start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT }],
  }));
  const doc = new Document({ title, creator: 'yaodian tests', numbering: { config }, sections: [{ children: paragraphs }] });
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), numbered };
}

/**
 * The document a plan was printed from, paragraph by paragraph: title, preamble, each item's
 * marker and heading (on its own line when the source set it apart), its paragraphs, the
 * signature. A PDF is printed from the document, not from a scrape of it: no site chrome, no
 * page markers of a document-sharing site.
 */
export function documentLinesOf(plan: Plan): string[] {
  const lines = [plan.meta.title, ...plan.preamble];
  const visit = (node: PlanNode) => {
    const [first, ...rest] = node.paragraphs;
    const heading = `${node.marker ?? ''}${node.title ?? ''}`;
    if (heading && node.delimiter !== '\n' && node.delimiter.trim() !== '' && first !== undefined) lines.push(`${heading}${node.delimiter}${first}`);
    else if (heading && node.delimiter === '' && first !== undefined) lines.push(`${heading}${first}`);
    else {
      if (heading) lines.push(heading);
      if (first !== undefined) lines.push(first);
    }
    lines.push(...rest);
    node.children.forEach(visit);
  };
  plan.sections.forEach(visit);
  lines.push(...(plan.signature?.lines ?? []));
  return lines.filter((l) => l.trim() !== '');
}

/** The page Chromium prints: the paragraphs, first lines indented two characters as in an official document. */
export function printPageOf(lines: readonly string[], fontCss: readonly string[]): string {
  const links = fontCss.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${links}<style>
@page { size: A4; margin: 25mm 26mm 30mm 28mm; }
body { font-family: 'Noto Serif SC', serif; font-size: 16pt; line-height: 1.6; }
p { margin: 0; text-indent: 2em; text-align: left; }
</style></head><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`;
}

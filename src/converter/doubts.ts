/**
 * When unsure, say so: an outline or a title unlike the genre gets a warning that names the
 * line and what to check, instead of a "successful" conversion nobody questions.
 *   - ten or more sections and no items under any of them (the items' markers were not seen);
 *   - items numbered straight through with no section over them, while lines that look like
 *     section headings (一、…, **一、…**) sit in the text;
 *   - a title that ends mid-phrase (…关于深入推进), that is only the kind of document (工作要点),
 *     or whose next line continues it;
 *   - a section heading inside a paragraph (…工作。 二、…) that the numbering did not take.
 * Pure: a finished outline and title in, warnings out.
 */
import type { Warning } from '../schemas/plan.ts';
import type { Line } from './normalize.ts';
import type { DraftNode } from './outline.ts';
import { TITLE_END } from './patterns.ts';

/** A section heading (一、 or **一、) at the start of a text, or after a sentence inside one. */
const SECTION_HEADING_START = /^[*_#\s]*[一二三四五六七八九十]{1,3}、\S/;
const SECTION_HEADING_INSIDE = /[。！？]\s*([一二三四五六七八九十]{1,3}、)[^、]{2}/;
/** How a title may end mid-phrase: a preposition, a conjunction, a verb awaiting its object. */
const OPEN_ENDING = /(?:关于|關於|的|和|与|與|及|暨|推进|推進|深入|加快|进一步|進一步|全面|开展|開展|做好|加强|加強)$/;

export interface DoubtInput {
  title: string;
  titleLine: number | null;
  /** The body's lines after the title, to see whether the title goes on. */
  body: readonly Line[];
  sections: readonly DraftNode[];
}

export function doubts({ title, titleLine, body, sections }: DoubtInput): Warning[] {
  const warnings: Warning[] = [];
  const numbered = sections.filter((s) => s.number !== null);
  const items = numbered.flatMap((s) => s.children.filter((c) => c.number !== null));

  if (numbered.length >= 10 && items.length === 0 && numbered.every((s) => s.style === 'cn-dun' || s.style === 'cn-part')) {
    warnings.push({
      line: numbered[0]!.line,
      rule: 'doubt-no-items',
      message: `${numbered.length} sections and not one item under them — check how the items are numbered (1. （一） 一是) and that each starts its own line`,
    });
  }

  const arabicOnTop = numbered.length > 0 && numbered.every((s) => s.style === 'arabic' || s.style === 'arabic-paren' || s.style === 'arabic-half-paren');
  if (arabicOnTop) {
    const heading = body.find((l) => SECTION_HEADING_START.test(l.text));
    if (heading) {
      warnings.push({
        line: heading.no,
        rule: 'doubt-sections-unseen',
        message: `items are numbered straight through with no section over them, yet this line looks like a section heading (「${heading.text.slice(0, 16)}」) — check the heading's markup`,
      });
    }
  }

  if (TITLE_END.test(title) && title.length <= 6) {
    warnings.push({
      line: titleLine,
      rule: 'doubt-title-incomplete',
      message: `the title 「${title}」 is only the kind of document — its beginning may be on the line above; set the whole title as \`title:\` in the sidecar`,
    });
  } else if (!TITLE_END.test(title) && OPEN_ENDING.test(title)) {
    warnings.push({
      line: titleLine,
      rule: 'doubt-title-incomplete',
      message: `the title 「${title}」 ends mid-phrase — if it goes on in the next line, set the whole title as \`title:\` in the sidecar`,
    });
  } else if (!TITLE_END.test(title)) {
    const next = body[0]?.text ?? '';
    if (next.length <= 40 && TITLE_END.test(next) && !/[，。；：]/.test(next)) {
      warnings.push({
        line: body[0]!.no,
        rule: 'doubt-title-continues',
        message: `the line after the title (「${next}」) may be the rest of it — check the title and set it as \`title:\` in the sidecar if so`,
      });
    }
  }

  for (const node of walkDrafts(sections)) {
    for (const paragraph of node.paragraphs) {
      const inside = SECTION_HEADING_INSIDE.exec(paragraph);
      if (!inside) continue;
      warnings.push({
        line: node.line || null,
        rule: 'doubt-heading-in-paragraph',
        message: `a heading 「${inside[1]}」 seems to sit inside a paragraph of ${node.marker ?? 'an unnumbered block'} — check whether it starts a new section in the source`,
      });
      break;
    }
  }
  return warnings;
}

function* walkDrafts(nodes: readonly DraftNode[]): Generator<DraftNode> {
  for (const node of nodes) {
    yield node;
    yield* walkDrafts(node.children);
  }
}

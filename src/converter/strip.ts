/**
 * Remove page chrome, line by line, and say why: inline fragments (teasers, page counters,
 * controls glued to a line), front matter, known chrome lines, and everything after a marker
 * that ends the article (猜你喜欢, 评论…). Every removal is recorded with its line and rule.
 */
import type { RemovedLine } from '../schemas/plan.ts';
import type { Line } from './normalize.ts';
import { ATTACHMENT_ITEM, INLINE_NOISE, LINE_NOISE, SENTENCE_END, TAIL_MARKER, matchNumbering } from './patterns.ts';

export interface Stripped {
  lines: Line[];
  removed: RemovedLine[];
  /** `title:` of a front-matter block, when the text had one. */
  frontMatterTitle: string | null;
}

export function strip(input: readonly Line[]): Stripped {
  const removed: RemovedLine[] = [];
  const remove = (line: Line, text: string, rule: string, reason: string) =>
    removed.push({ line: line.no, text, rule, reason });

  let lines = input.map((line) => ({ no: line.no, text: stripInline(line, remove) }));
  const frontMatter = stripFrontMatter(lines, remove);
  lines = frontMatter.lines;

  const kept: Line[] = [];
  let bodySeen = false;
  let inAttachments = false;
  let glueNext = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    if (inAttachments && ATTACHMENT_ITEM.test(line.text) && !/。/.test(line.text)) {
      remove(line, line.text, 'attachment-line', 'attachment list of a cover notice');
      continue;
    }
    inAttachments = false;
    if (bodySeen && TAIL_MARKER.test(line.text)) {
      for (const rest of lines.slice(i)) {
        if (rest.text !== '') remove(rest, rest.text, TAIL_MARKER.id, `${TAIL_MARKER.reason} (「${line.text.slice(0, 12)}」, line ${line.no})`);
      }
      break;
    }
    const rule = LINE_NOISE.find((r) => r.test(line.text));
    if (rule) {
      remove(line, line.text, rule.id, rule.reason);
      if (rule.id === 'attachment-line') inAttachments = true;
      // An excerpt marker on its own line may cut a word (全面推 / <!--more--> / 进劳动教育).
      if (rule.id === 'excerpt-marker' && kept.length > 0 && !SENTENCE_END.test(kept.at(-1)!.text)) glueNext = true;
      continue;
    }
    if (glueNext) {
      const previous = kept.at(-1)!;
      kept[kept.length - 1] = { no: previous.no, text: previous.text + line.text };
      glueNext = false;
      continue;
    }
    kept.push(line);
    if (looksLikeBody(line.text)) bodySeen = true;
  }
  return { lines: kept, removed: removed.sort((a, b) => a.line - b.line), frontMatterTitle: frontMatter.title };
}

function stripInline(line: Line, remove: (line: Line, text: string, rule: string, reason: string) => void): string {
  let text = line.text;
  for (const { id, reason, re } of INLINE_NOISE) {
    text = text.replace(re, (match) => {
      remove(line, match.trim(), id, reason);
      return '';
    });
  }
  return text.trim();
}

/** A YAML front-matter block at the top of a blog or CMS export. */
function stripFrontMatter(
  lines: Line[],
  remove: (line: Line, text: string, rule: string, reason: string) => void,
): { lines: Line[]; title: string | null } {
  const first = lines.findIndex((l) => l.text !== '');
  if (first < 0 || lines[first]!.text !== '---') return { lines, title: null };
  const close = lines.findIndex((l, i) => i > first && l.text === '---');
  if (close < 0 || close - first > 40) return { lines, title: null };
  let title: string | null = null;
  for (const line of lines.slice(first, close + 1)) {
    const m = /^title\s*:\s*["']?(.+?)["']?\s*$/.exec(line.text);
    if (m) title = m[1]!;
    if (line.text !== '') remove(line, line.text, 'front-matter', 'front matter of a blog or CMS export');
  }
  return { lines: lines.slice(close + 1), title };
}

/** The article has begun once a numbered heading or a real paragraph appears. */
function looksLikeBody(text: string): boolean {
  return matchNumbering(text) !== null || (text.length >= 60 && /[，,。]/.test(text));
}

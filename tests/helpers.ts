import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertBytes, convertText, walk } from '../src/converter/convert.ts';
import { decode } from '../src/converter/decode.ts';
import { closeLetterSpacing } from '../src/converter/despace.ts';
import { normalize } from '../src/converter/normalize.ts';
import { readReferences } from '../src/converter/references.ts';
import type { Plan, PlanNode } from '../src/schemas/plan.ts';

export const ROOT = join(import.meta.dirname, '..');
export const PLANS_DIR = join(ROOT, 'plans');

/** The bundled plans: slug and raw bytes. */
export const seeds = readdirSync(PLANS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ slug: f.slice(0, -4), file: `plans/${f}`, bytes: readFileSync(join(PLANS_DIR, f)) }));

export function seed(slug: string) {
  const found = seeds.find((s) => s.slug === slug);
  if (!found) throw new Error(`no bundled plan ${slug}`);
  return found;
}

export function convertSeed(slug: string): Plan {
  const s = seed(slug);
  return convertBytes(s.bytes, { file: s.file, slug });
}

export function convertString(text: string, slug = 'test-plan'): Plan {
  return convertText(text, { file: `plans/${slug}.txt`, slug });
}

export function nodes(plan: Plan): PlanNode[] {
  return [...walk(plan.sections)];
}

export function byId(plan: Plan, id: string): PlanNode {
  const node = nodes(plan).find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in ${plan.slug}`);
  return node;
}

/** "一:3 二:4" — numbered children per section, the way the plans' outlines are specified. */
export function outlineSummary(plan: Plan): string {
  return plan.sections
    .map((s) => `${s.number}:${[...walk(s.children)].filter((n) => n.number !== null && n.children.length === 0).length}`)
    .join(' ');
}

const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0]/g, '');

/** The raw lines with each removed fragment taken out, whitespace dropped. */
function keptLines(bytes: Uint8Array, plan: Plan): string[] {
  // The text as the converter reads it: decoded, its character references read, letter spacing closed up.
  const lines = closeLetterSpacing(normalize(readReferences(decode(bytes).text).text).lines).lines.map((l) => l.text);
  for (const r of plan.removed) {
    const line = lines[r.line - 1] ?? '';
    const at = line.indexOf(r.text);
    if (at < 0) throw new Error(`removed text 「${r.text}」 is not on line ${r.line}`);
    lines[r.line - 1] = line.slice(0, at) + line.slice(at + r.text.length);
  }
  return lines.map(squeeze);
}

/** The raw text with each removed fragment taken out of its line, whitespace dropped. */
export function keptSource(bytes: Uint8Array, plan: Plan): string {
  return keptLines(bytes, plan).join('');
}

/**
 * The model's text in reading order, numbering and title delimiters included, whitespace
 * dropped: the wrapper notice, then the document's body and tail parts (or the notice after them,
 * where a page prints it there). The head parts (版头,
 * 发文字号, title, 主送机关) are printed in either order, so they are taken out of both sides by
 * `headParts` before the texts are compared.
 */
export function modelText(plan: Plan, wrapperAt: 'before' | 'after' = 'before'): string {
  const node = (n: PlanNode): string =>
    `${n.marker ?? ''}${n.title ?? ''}${n.delimiter}${n.paragraphs.join('')}${n.children.map(node).join('')}`;
  const w = plan.wrapper;
  const wrapper = w ? [...w.carrier, ...w.paragraphs, ...w.attachments, ...(w.signature?.lines ?? []), ...w.colophon].join('') : '';
  const document = plan.preamble.join('') + plan.sections.map(node).join('');
  return squeeze(wrapperAt === 'before' ? wrapper + document : document + wrapper);
}

/** The tail parts of the document (附件说明, 落款, 版记), printed in either order after its body. */
export function tailParts(plan: Plan): string[] {
  // The signature's lines and the colophon's are printed together: each is found as one piece.
  return [...plan.attachments, (plan.signature?.lines ?? []).join(''), plan.colophon.join('')].filter(Boolean).map(squeeze);
}

/** The head parts of the wrapper and the document that the model keeps as fields, not as text. */
export function headParts(plan: Plan): string[] {
  const w = plan.wrapper;
  const inRemoved = (text: string) => plan.removed.some((r) => r.text.includes(text));
  // A number read from the page's box (a removed line) is not in the kept text.
  const kept = (number: string | null | undefined) => (number && !inRemoved(number) ? number : null);
  const parts = [w?.masthead, kept(w?.docNumber), w?.title, w?.addressees, plan.masthead, kept(plan.docNumber), plan.addressees];
  return parts.filter((p): p is string => Boolean(p)).map(squeeze);
}

/**
 * The kept source without the head parts (each once, from the start, with the colon that
 * closes 主送机关) and without the tail parts (each once, from the end).
 */
export function keptBody(bytes: Uint8Array, plan: Plan): string {
  // A head part on a line of its own is that line, even where a sentence above quotes it (…（南教〔2024〕3号）转发给你们).
  const lines = keptLines(bytes, plan);
  for (const part of headParts(plan)) {
    const own = lines.findIndex((l) => l === part || l === `${part}：` || l === `${part}:`);
    if (own >= 0) lines[own] = `\u0000${lines[own]}`;
  }
  let text = lines.join('');
  for (const part of headParts(plan)) {
    const marked = text.indexOf(`\u0000${part}`);
    if (marked >= 0) {
      const end = marked + 1 + part.length;
      text = text.slice(0, marked) + text.slice(/^[：:]/.test(text.slice(end)) ? end + 1 : end);
      continue;
    }
    const at = text.indexOf(part);
    if (at < 0) throw new Error(`head part 「${part}」 is not in the source`);
    const colon = /^[：:]/.test(text.slice(at + part.length)) ? 1 : 0;
    text = text.slice(0, at) + text.slice(at + part.length + colon);
  }
  for (const part of tailParts(plan).reverse()) {
    const at = text.lastIndexOf(part);
    if (at < 0) throw new Error(`tail part 「${part}」 is not in the source`);
    text = text.slice(0, at) + text.slice(at + part.length);
  }
  return text;
}

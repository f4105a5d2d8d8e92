/**
 * Every real document we have (the bundled plans, ../shared/corpus, the unseen fixtures), printed
 * as a WeChat post, a portal's article page and a sharing site's preview (tests/shapes.ts), and,
 * where it carries no page chrome of its own, dumped from a PDF and (where it begins with its
 * title or the notice that publishes it) reported in full by a newspaper, is the same plan: the same title, issuer, anchors, markers, headings and words. Blog
 * exports are left out: their front matter opens the file, and no site prints chrome above it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertText, walk } from '../src/converter/convert.ts';
import { decode } from '../src/converter/decode.ts';
import { COVER_NOTICE } from '../src/converter/patterns.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { RULES } from '../src/schemas/rules.ts';
import { printAs, type Shape } from './shapes.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '../shared/corpus');
const UNSEEN = join(ROOT, 'tests/fixtures/unseen');
const documents = [
  ...readdirSync(join(ROOT, 'plans')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'plans', f)),
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f)),
  ...readdirSync(UNSEEN).map((d) => join(UNSEEN, d, 'input.txt')).filter(existsSync),
]
  .map((file) => ({ file, name: relative(ROOT, file), text: decode(readFileSync(file)).text }))
  .filter(({ text }) => !/^(?:---|\+\+\+)$/.test(text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? ''));

/** What a reader sees of a plan: its title, its issuer (where the text itself names one), its outline, its words. */
const reading = (plan: Plan, issuer: boolean) => ({
  title: plan.meta.title,
  issuer: issuer ? plan.meta.issuer : undefined,
  outline: [...walk(plan.sections)].map((n) => `${n.id} ${n.marker ?? ''}${n.title ?? ''}`),
  words: [...plan.preamble, ...[...walk(plan.sections)].flatMap((n) => [n.title ?? '', ...n.paragraphs])].join('').replace(/\s/g, ''),
});

const SHAPES: Shape[] = ['wechat', 'portal', 'share', 'news', 'pdf'];

describe.each(documents)('$name', ({ file, text }) => {
  const plain = convertText(text, { file, slug: 'x' });
  // A report prints the document from its beginning (its title, or the notice that publishes it),
  // not another site's page: only a text with no page chrome of its own is reported.
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '')!.trim();
  const ownChrome = plain.removed.some((r) => RULES[r.rule].effect !== 'keep-elsewhere');
  // A PDF is printed from the document, not from a page: only a text with no chrome of its own is dumped.
  const printable = SHAPES.filter((shape) =>
    shape === 'news' ? !ownChrome && (first === plain.meta.title || COVER_NOTICE.test(first)) : shape === 'pdf' ? !ownChrome : true,
  );
  test.each(printable)('printed as a %s page, it is the same plan', (shape) => {
    const printed = convertText(printAs(shape, text, plain.meta.title), { file, slug: 'x' });
    expect(reading(printed, plain.meta.issuer !== null)).toEqual(reading(plain, plain.meta.issuer !== null));
  });
});

test('the documents are all there', () => {
  expect(documents.length).toBeGreaterThanOrEqual(40);
});

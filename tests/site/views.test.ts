/**
 * One plan tree, many views: the plan page, the Simplified reading, the printed PDF and the
 * search document hold the same items, in the same order, with the same numbers and titles;
 * and the page and the Simplified reading link the same citations and show the same topics.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, inject, test } from 'vitest';
import { headingText, walkPlan } from '../../src/plan/tree.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { searchDocument } from '../../src/search/records.ts';
import * as OpenCC from 'opencc-js';

/** The Simplified reading converts with OpenCC, Traditional to mainland Simplified. */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const sites = inject('sites');
const models: Plan[] = readdirSync(join(sites.content, 'models'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(sites.content, 'models', f), 'utf8')));

/** Headings with an id, as [id, text], in document order; the ¶ permalink and copy control left out. */
function headings(html: string, within: (el: Element) => boolean = () => true): Array<[string, string]> {
  const root = parseDocument(html);
  const scope = (findAll(within, root.children) as Element[])[0] ?? root;
  return (findAll((el) => /^h[2-6]$/.test(el.name) && getAttributeValue(el, 'id') !== undefined, scope.children) as Element[]).map((el) => [
    getAttributeValue(el, 'id')!,
    textContent(el).replace(/¶|复制链接/g, '').trim(),
  ]);
}

function citations(html: string): string[] {
  const root = parseDocument(html);
  const prose = (findAll((el) => el.attribs.class === 'prose', root.children) as Element[])[0]!;
  return (findAll((el) => el.name === 'a' && /\/cited\//.test(getAttributeValue(el, 'href') ?? ''), prose.children) as Element[]).map(
    (el) => `${getAttributeValue(el, 'href')} ${toSimplified(textContent(el))}`,
  );
}

const page = (path: string) => readFileSync(join(sites.root, path, 'index.html'), 'utf8');

describe.each(models.map((m) => [m.slug, m] as const))('%s', (slug, model) => {
  const items = [...walkPlan(model)].filter((v) => v.kind === 'heading').map((v): [string, string] => [v.node.id, headingText(v.node)]);

  test('the plan page shows every item of the model, in order, with its number and title', () => {
    const prose = (el: Element) => el.attribs.class === 'prose';
    expect(headings(page(`plans/${slug}`), prose)).toEqual(items);
  });

  test('the search document indexes the same items, in order', () => {
    const indexed = headings(searchDocument(model).html).filter(([id]) => id !== 'preamble');
    const withText = [...walkPlan(model)].filter((v) => v.node.paragraphs.length > 0 || v.node.title).map((v): [string, string] => [v.node.id, v.heading]);
    expect(indexed).toEqual(withText);
    expect(indexed.filter(([id]) => items.some(([i]) => i === id))).toEqual(items.filter(([id]) => indexed.some(([i]) => i === id)));
  });

  test('the PDF prints every item, in order, as a named destination and in its text', () => {
    const pdf = join(sites.root, 'plans', `${slug}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, '');
    let at = 0;
    for (const [id, heading] of items) {
      const found = text.indexOf(heading.replace(/\s+/g, ''), at);
      expect(found, `${id} 「${heading}」 after offset ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  test.runIf(model.meta.language === 'zh-Hant')('the Simplified reading shows the same items and links the same citations', () => {
    const simplified = page(`plans/${slug}/simplified`);
    const prose = (el: Element) => el.attribs.class === 'prose';
    expect(headings(simplified, prose)).toEqual(items.map(([id, text]) => [id, toSimplified(text)]));
    expect(citations(simplified)).toEqual(citations(page(`plans/${slug}`)));
    const chips = (html: string) => (findAll((el) => el.attribs.class === 'chips', parseDocument(html).children) as Element[]).map((el) => toSimplified(textContent(el)));
    expect(chips(simplified)).toEqual(chips(page(`plans/${slug}`)));
    expect(chips(simplified).length).toBeGreaterThan(0);
  });
});

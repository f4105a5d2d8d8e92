/**
 * The printed PDFs of the bundled plans, read with poppler: every font embedded, every item
 * title in the text, every item a named destination equal to its web anchor, sane size.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { walk } from '../../src/converter/convert.ts';
import { printDocument } from '../../src/pdf/print-html.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { convertString } from '../helpers.ts';

const sites = inject('sites');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const models: Plan[] = readdirSync(join(sites.content, 'models'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(sites.content, 'models', f), 'utf8')));

describe.each(models.map((m) => [m.slug, m] as const))('%s.pdf', (slug, model) => {
  const pdf = join(sites.root, 'plans', `${slug}.pdf`);

  test('exists, is A4, tagged, with a sane page count and size, and carries its metadata', () => {
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const chars = JSON.stringify(model.sections).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThan(chars / 300);
    expect(statSync(pdf).size).toBeLessThan(3 * 1024 * 1024);
    expect(info).toContain(`Title:           ${model.meta.title}`);
    if (model.meta.issuer) expect(info).toContain(`Author:          ${model.meta.issuer}`);
  });

  test('embeds every font it uses, as subsets, none from the system', () => {
    const rows = poppler('pdffonts', pdf).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
      expect(row).toMatch(/^[A-Z]{6}\+(NotoSerif|NotoSans|LXGWWenKai)/);
    }
  });

  test('holds the text of every item title, selectable', () => {
    const text = squeeze(poppler('pdftotext', '-enc', 'UTF-8', pdf, '-'));
    expect(text).toContain(squeeze(model.meta.title));
    for (const node of walk(model.sections)) if (node.title) expect(text, node.id).toContain(squeeze(node.title));
  });

  test('every item is a named destination equal to its web anchor, in order of pages', () => {
    const dests = poppler('pdfinfo', '-dests', pdf);
    const names = [...dests.matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]);
    for (const node of walk(model.sections)) expect(names, node.id).toContain(node.id);
  });

  test('has an outline of its sections and items', () => {
    // pdfinfo cannot list bookmarks; the outline dictionary must exist and name the first section.
    const raw = readFileSync(pdf).toString('latin1');
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect((raw.match(/\/Dest /g) ?? []).length + (raw.match(/\/A <</g) ?? []).length).toBeGreaterThan(0);
  });
});

test('the plan page links to its PDF with its size', () => {
  const html = readFileSync(join(sites.root, 'plans/2022-moe-basic-education/index.html'), 'utf8');
  expect(html).toMatch(/href="\/plans\/2022-moe-basic-education\.pdf" type="application\/pdf" download>下载 PDF（\d+ KB）/);
});

test('print HTML escapes the text and links every anchor so it becomes a destination', () => {
  const plan = convertString('2023年某市教育工作要点\n一、总体要求 <script>alert(1)</script>\n1.加强管理。内容 {x} & "y"\n');
  const doc = printDocument(plan, 'https://example.org/plans/test-plan/');
  expect(doc.body).not.toContain('<script>');
  expect(doc.body).toContain('&#60;script&#62;');
  expect(doc.body).toContain('<a href="#s1"></a><a href="#s1-1"></a>');
  expect(doc.body).toContain('https://example.org/plans/test-plan/');
});

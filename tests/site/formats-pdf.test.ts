/**
 * Each bundled plan printed to PDF by Chromium (as an official document: first lines indented,
 * a running header, page numbers — 3 — in the footer) converts back to the same outline and the
 * same anchors as its text, with the header and page numbers logged as removed and every printed
 * paragraph accounted for.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { convertBytes, walk } from '../../src/converter/convert.ts';
import { convertDocument } from '../../src/converter/document.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { documentLinesOf, printPageOf } from '../formats/make.ts';
import { seeds } from '../helpers.ts';

const require = createRequire(import.meta.url);
const FONTS = ['@fontsource/noto-serif-sc/400.css', '@fontsource/noto-serif-tc/400.css'].map((p) => pathToFileURL(require.resolve(p)).href);
const work = mkdtempSync(join(tmpdir(), 'yaodian-pdf-formats-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(async () => browser?.close());

const outline = (plan: Plan) => [...walk(plan.sections)].map((n) => ({ id: n.id, marker: n.marker, title: n.title }));
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

describe.each(seeds)('$slug printed to PDF', ({ slug, file, bytes }) => {
  test('converts to the same outline and anchors; headers and page numbers are logged, no paragraph is lost', async () => {
    const text = convertBytes(bytes, { file, slug });
    const lines = documentLinesOf(text);
    const html = join(work, `${slug}.html`);
    writeFileSync(html, printPageOf(lines, FONTS));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">江北区教育局文件</div>',
      footerTemplate: '<div style="font-size:12px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
    });
    await page.close();
    const plan = await convertDocument(new Uint8Array(pdf), { file: `plans/${slug}.pdf`, slug });
    expect(plan.meta.format).toBe('pdf');
    expect(plan.meta.title).toBe(text.meta.title);
    expect(outline(plan)).toEqual(outline(text));
    const pages = Number(/PDF, (\d+) page/.exec(plan.meta.steps[0]!)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(plan.removed.filter((r) => r.rule === 'page-number')).toHaveLength(pages);
    expect(plan.removed.filter((r) => r.rule === 'running-header')).toHaveLength(pages);
    const nodes = [...walk(plan.sections)];
    const model = squash([plan.meta.title, ...plan.preamble, ...nodes.map((n) => `${n.marker ?? ''}${n.title ?? ''}${n.delimiter}${n.paragraphs.join('')}`), ...(plan.signature?.lines ?? []), ...plan.removed.map((r) => r.text)].join(''));
    expect(lines.filter((l) => !model.includes(squash(l)))).toEqual([]);
  });
});

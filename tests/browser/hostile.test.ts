/**
 * A plan full of code-like text, built into a site and opened in Chromium: the text shows as
 * text, and nothing in it runs — not at build, not in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
beforeAll(async () => {
  session = await open(sites.hostile);
});
afterAll(async () => session?.close());

test('the build ran none of the code in the text, and made no element of it', () => {
  const html = readFileSync(join(sites.hostile, 'plans/hostile-plan/index.html'), 'utf8');
  const dom = parseDocument(html);
  const elements = (name: string) => findAll((el) => el.name === name, dom.children);
  expect(elements('script').filter((el) => textContent(el).includes('__pwned'))).toEqual([]);
  expect(elements('style').filter((el) => textContent(el).includes('display:none'))).toEqual([]);
  expect([...elements('img'), ...elements('iframe')]).toEqual([]);
  // The code-like lines are the plan's text, as text.
  const article = textContent(elements('article'));
  expect(article).toContain("import fs from 'node:fs'");
  expect(article).toContain('{process.exit(1)}');
});

test('in the browser the text shows literally and nothing executes', async () => {
  const page = await session.browser.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(session.site.url('plans/hostile-plan/'));
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    title: document.querySelector('h1')?.textContent,
    text: document.querySelector('.prose')?.textContent ?? '',
    injected: document.querySelectorAll('.prose script, .prose img, .prose iframe, .prose style').length,
    hidden: getComputedStyle(document.body).display,
  }));
  expect(state.pwned).toBeNull();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(state.injected).toBe(0);
  expect(state.hidden).not.toBe('none');
  expect(state.title).toContain("<script>window.__pwned = 'title-script'</script>");
  // Markdown bold (**粗体**) is markup of a blog export: its markers are logged as removed, the word stays.
  for (const literal of ["<script>window.__pwned='heading'</script>", '{window.__pwned=\'expr\'}', "<img src=x onerror=\"window.__pwned='img'\">", 'default function X() { return null }', '粗体 `代码`']) {
    expect(state.text).toContain(literal);
  }
  await page.close();
});

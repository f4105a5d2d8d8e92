/**
 * Search, through the real search page in Chromium, on the built site of the bundled plans:
 * I search for a word; I see the items that say it, each linking to its anchor, in either script.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { foldToSimplified } from '../../src/text/script.ts';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
let page: Page;
beforeAll(async () => {
  session = await open(sites.root);
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => session?.close());

async function search(query: string): Promise<string[]> {
  await page.goto(session.site.url(`search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(() => /：\d+ 条|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  return page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')!));
}

/** The text a hit points at: its heading and the paragraphs up to the next heading, or its block. */
async function targetText(href: string): Promise<string> {
  const target = await session.browser.newPage();
  await target.goto(new URL(href, session.site.origin).href);
  const text = await target.evaluate((id) => {
    const el = document.getElementById(id)!;
    if (!/^H[2-6]$/.test(el.tagName)) return el.textContent ?? '';
    let out = el.firstChild?.textContent ?? '';
    for (let next = el.nextElementSibling; next && !/^H[2-6]$/.test(next.tagName); next = next.nextElementSibling) out += next.textContent;
    return out;
  }, decodeURIComponent(new URL(href, 'http://x').hash.slice(1)));
  await target.close();
  return text;
}

const EXPECTED: Array<[string, string[]]> = [
  ['双减', ['/plans/2022-moe-basic-education/#s4-11', '/plans/2022-moe-reform-zones-article/#s3-3']],
  ['雙減', ['/plans/2022-moe-basic-education/#s4-11', '/plans/2022-moe-reform-zones-article/#s3-3']],
  ['課後服務', ['/plans/2022-moe-basic-education/#s2-5', '/plans/2020-pingdingshan-basic-education/#s5-18', '/plans/2022-moe-reform-zones-article/#s2-2']],
  ['课后服务', ['/plans/2022-moe-basic-education/#s2-5', '/plans/2020-pingdingshan-basic-education/#s5-18', '/plans/2022-moe-reform-zones-article/#s2-2']],
  ['控辍保学', ['/plans/2022-moe-basic-education/#s2-7', '/plans/2020-pingdingshan-basic-education/#s3-5']],
  ['中小学德育工作指南', ['/plans/2022-moe-basic-education/#s1-2', '/plans/2020-pingdingshan-basic-education/#s2-2']],
  ['学籍管理', ['/plans/2022-moe-basic-education/#s4-12', '/plans/2020-pingdingshan-basic-education/#s5-15', '/plans/2021-district-basic-education/#s2-9']],
];

describe.each(EXPECTED)('I search for %s', (query, items) => {
  test('the items that say it are among the hits, and every hit says it', async () => {
    const hits = await search(query);
    for (const item of items) expect(hits).toContain(item);
    const folded = foldToSimplified(query);
    for (const hit of hits) expect(foldToSimplified(await targetText(hit)), hit).toContain(folded);
  });

  test('each excerpt shows words of the item itself, in the script the plan is printed in', async () => {
    await search(query);
    const shown = await page.$$eval('.search-result', (results) =>
      results.map((r) => [r.querySelector('a')!.getAttribute('href')!, r.querySelector('.result-excerpt')?.textContent ?? ''] as const),
    );
    expect(shown.length).toBeGreaterThan(0);
    const bare = (s: string) => s.replace(/\s+/g, '');
    for (const [href, excerpt] of shown) {
      for (const piece of excerpt.split('…').filter(Boolean)) expect(bare(await targetText(href)), href).toContain(bare(piece));
    }
  });
});

test('nonsense (量子计算) finds nothing, and says so', async () => {
  expect(await search('量子计算')).toEqual([]);
  expect(await page.textContent('[data-status]')).toContain('没有找到与“量子计算”相关的条目');
});

test('filters show counts and narrow the hits; the URL keeps the query and filters; back and forward work', async () => {
  const all = (await search('课后服务')).length;
  // Filters load when asked for: the filter index is not part of a query's first answer.
  expect(await page.$$('.search-filters label')).toEqual([]);
  await page.click('[data-filters-toggle]');
  const label = page.locator('.search-filters label', { hasText: '2020' });
  await expect.poll(() => label.textContent()).toMatch(/2020\s*1/);
  await label.locator('input').check();
  await page.waitForURL(/%E5%B9%B4%E4%BB%BD=2020/);
  await expect.poll(() => page.$$eval('.search-result a', (a) => a.map((x) => x.getAttribute('href')))).toEqual(['/plans/2020-pingdingshan-basic-education/#s5-18']);
  await page.goBack();
  await expect.poll(() => page.$$eval('.search-result a', (a) => a.length)).toBe(all);
  await page.goForward();
  await expect.poll(() => page.$$eval('.search-result a', (a) => a.length)).toBe(1);
});

test('the keyboard moves from the box through the results', async () => {
  await search('学籍管理');
  await page.focus('#search-q');
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(first).toMatch(/^\/plans\//);
  expect(second).toMatch(/^\/plans\//);
  expect(second).not.toBe(first);
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
});

test('the header box on any page searches, and the search code loads only on the search page', async () => {
  const requests: string[] = [];
  const plan = await session.browser.newPage();
  plan.on('request', (r) => requests.push(r.url()));
  await plan.goto(session.site.url('plans/2022-moe-basic-education/'));
  expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  expect(requests.every((u) => u.startsWith(session.site.origin))).toBe(true);
  await plan.fill('#site-search-q', '控辍保学');
  await plan.keyboard.press('Enter');
  await plan.waitForFunction(() => /：\d+ 条/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  expect(requests.every((u) => u.startsWith(session.site.origin))).toBe(true);
  await plan.close();
});

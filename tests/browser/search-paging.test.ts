/**
 * Search reaches every matching plan: on a site of 16 plans a word all of them use matches more
 * plans than are read at first; 更多结果 reads on until an item of every matching plan, the last
 * included, is in the list.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
beforeAll(async () => {
  session = await open(sites.revised);
});
afterAll(async () => session?.close());

test('更多结果 pages on through every matching plan', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(session.site.url(`search/?q=${encodeURIComponent('教育')}`));
  await page.waitForFunction(() => /：\d+ 条/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const status = (await page.textContent('[data-status]'))!;
  const plans = Number(/共 (\d+) 份计划/.exec(status)?.[1]);
  const read = Number(/已读相关度最高的 (\d+) 份/.exec(status)?.[1]);
  expect(plans).toBeGreaterThan(10);
  // The first answer reads a few plans' text, enough for a screenful, not all of them.
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(plans);
  expect(await page.$$eval('.search-result', (items) => items.length)).toBeGreaterThanOrEqual(10);
  const planOf = (href: string) => href.split('#')[0]!;
  const first = new Set((await page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')!))).map(planOf));
  expect(first.size).toBeLessThanOrEqual(read);

  for (let clicks = 0; clicks < 40 && (await page.isVisible('[data-more]')); clicks++) {
    const before = await page.$$eval('.search-result', (items) => items.length);
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n || document.querySelector<HTMLButtonElement>('[data-more]')!.hidden, before);
  }
  expect(await page.isVisible('[data-more]')).toBe(false);
  const reached = new Set((await page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')!))).map(planOf));
  expect(reached.size).toBe(plans);
  expect(await page.textContent('[data-status]')).not.toContain('已读');
  await page.close();
});

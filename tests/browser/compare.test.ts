/**
 * The page comparing two years of a series, in Chromium, on a desktop and a phone: the summary,
 * every item's two sides side by side (stacked on a phone, never wider than the screen), the
 * rewording marked; the series page and the compare page pass the accessibility audit.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, open, type Session } from './browser.ts';

const sites = inject('sites');
const SHOTS = join(import.meta.dirname, '../../node_modules/.cache/yaodian-screenshots');
const COMPARE = 'compare/2022-moe-basic-education/moe-basic-education-2023/';
let session: Session;
beforeAll(async () => {
  session = await open(sites.series);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => session?.close());

test.each([
  ['desktop', 1280, 2],
  ['phone', 360, 1],
])('on a %s (%i px) the two sides of each item stand in %i column(s), the rewording marked', async (name, width, columns) => {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(session.site.url(COMPARE));
  const seen = await page.evaluate(() => {
    const moved = document.querySelector('.change.moved')!;
    const sides = [...moved.querySelectorAll('.side')].map((s) => s.getBoundingClientRect());
    return {
      columns: new Set(sides.map((r) => Math.round(r.top))).size === 1 ? 2 : 1,
      movedText: moved.textContent,
      inserted: [...document.querySelectorAll('.change .diff ins')].map((e) => e.textContent).join(''),
      width: document.documentElement.scrollWidth,
      counts: document.querySelector('.compare-counts')!.textContent,
    };
  });
  expect(seen.columns).toBe(columns);
  expect(seen.movedText).toContain('原在：二、突出重点,巩固提高学校双减水平');
  expect(seen.movedText).toContain('移至：三、统筹推进,全面提升发展质量');
  expect(seen.inserted).toContain('全面完成');
  expect(seen.width).toBeLessThanOrEqual(width);
  expect(seen.counts).toMatch(/新增\s*1/);
  await page.screenshot({ path: join(SHOTS, `compare-${name}.png`), fullPage: true });
  await page.close();
});

test.each([COMPARE, 'series/ji-chu-jiao-yu-si/', 'compare/?a=2022-moe-basic-education&b=moe-basic-education-2024'])('%s has no serious or critical accessibility violation', async (path) => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url(path));
  if (path.includes('?')) await page.waitForSelector('[data-compare-result] .change');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('any two plans compare on demand in the browser, from their open data, as the built page does', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const kinds = () => page.$$eval('.change', (items) => items.map((i) => i.getAttribute('data-kind')));
  await page.goto(session.site.url(COMPARE));
  const built = await kinds();
  // Asked in the other order: the earlier year is still the earlier side.
  await page.goto(session.site.url('compare/?a=moe-basic-education-2023&b=2022-moe-basic-education'));
  await page.waitForSelector('[data-compare-result] .change');
  expect(await kinds()).toEqual(built);
  expect(await page.textContent('[data-compare-status]')).toBe('教育部基础教育司2022年工作要点 → 教育部基础教育司2023年工作要点');
  // Plans of no series, too: an unrelated plan shares no item.
  await page.goto(session.site.url('compare/?a=2020-pingdingshan-basic-education&b=moe-basic-education-2024'));
  await page.waitForSelector('[data-compare-result] .change');
  expect((await kinds()).filter((k) => k === 'continued' || k === 'moved')).toEqual([]);
  await page.close();
});

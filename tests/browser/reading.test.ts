/**
 * In Chromium: a link to an item lands on it, in view and highlighted; the copy control copies
 * the item's absolute URL; the pages pass an accessibility audit; the keyboard reaches the TOC,
 * the copy control and the search box.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
beforeAll(async () => {
  session = await open(sites.root);
});
afterAll(async () => session?.close());

const ITEMS: Array<[string, string, string]> = [
  ['2022-moe-basic-education', 's4-12', '12.深化信息技术应用改革'],
  ['2020-district-education', 's2-3-1', '1.加快补齐学前教育发展短板'],
  ['2020-pingdingshan-basic-education', 's5-15', '15.规范中小学招生行为'],
  ['2021-district-basic-education', 's2-9', '(九)做好学籍管理工作'],
  ['2022-moe-reform-zones-article', 's3-3', '(三)以“雙減”撬動教育教學整體變革'],
];

describe.each([390, 1280])('at %i px wide', (width) => {
  test.each(ITEMS)('a link to %s#%s lands on the item, below the sticky header, highlighted', async (slug, id, heading) => {
    const page = await session.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(session.site.url(`plans/${slug}/#${id}`));
    const state = await page.evaluate((anchor) => {
      const el = document.getElementById(anchor)!;
      const header = document.querySelector('.site-header')!.getBoundingClientRect();
      const rect = el.getBoundingClientRect();
      return {
        text: el.firstChild?.textContent?.trim(),
        top: rect.top,
        headerBottom: header.bottom,
        viewport: innerHeight,
        target: el.matches(':target'),
        background: getComputedStyle(el).backgroundColor,
      };
    }, id);
    expect(state.text).toBe(heading);
    expect(state.target).toBe(true);
    expect(state.top).toBeGreaterThanOrEqual(state.headerBottom);
    expect(state.top).toBeLessThan(state.viewport / 2);
    expect(state.background).toBe('rgb(255, 244, 194)');
    await page.close();
  });
});

test('the copy control puts the item\'s absolute URL on the clipboard', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
  const page = await context.newPage();
  await page.goto(session.site.url('plans/2022-moe-basic-education/'));
  await page.click('button.copy-link[data-anchor="s2-4"]');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(session.site.url('plans/2022-moe-basic-education/#s2-4'));
  expect(await page.textContent('button.copy-link[data-anchor="s2-4"]')).toBe('已复制');
  expect(await page.getAttribute('button.copy-link[data-anchor="s2-4"]', 'title')).toBe(
    `《教育部基础教育司2022年工作要点》 4.提高作业设计水平 — ${session.site.url('plans/2022-moe-basic-education/#s2-4')}`,
  );
  await context.close();
});

describe('accessibility (axe-core)', () => {
  test.each(['', 'plans/2022-moe-basic-education/', 'plans/2022-moe-reform-zones-article/', 'search/', 'topics/', 'topics/shuang-jian/', 'cited/zhong-xiao-xue-de-yu-gong-zuo-zhi-nan/', 'years/2022/'])('%s has no serious or critical violation', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(session.site.url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

test('keyboard alone reaches the search box, the TOC and the copy control', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url('plans/2022-moe-basic-education/'));
  const reached = new Set<string>();
  for (let i = 0; i < 60 && reached.size < 3; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      if (el.id === 'site-search-q') return 'search';
      if (el.closest('.toc') && el.tagName === 'A') return 'toc';
      if (el.matches('button.copy-link')) return 'copy';
      return '';
    });
    if (what) reached.add(what);
  }
  expect([...reached].sort()).toEqual(['copy', 'search', 'toc']);
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  await page.close();
});

test('the table of contents marks where the reader is', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url('plans/2022-moe-basic-education/'));
  await page.evaluate(() => document.getElementById('s4-12')!.scrollIntoView());
  await expect.poll(() => page.getAttribute('.toc a[href="#s4-12"]', 'aria-current')).toBe('true');
  expect(await page.locator('.toc a[aria-current="true"]').count()).toBe(1);
  await page.close();
});

test('printed from the browser, a plan page shows the text without navigation', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url('plans/2022-moe-basic-education/'));
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.site-header', '.toc', '.actions', '.prev-next', '.site-footer', '.item-links'].map((s) => [...document.querySelectorAll(s)].every((el) => getComputedStyle(el).display === 'none')),
  );
  expect(hidden).toEqual([true, true, true, true, true, true]);
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('s2-4')!).breakAfter)).toBe('avoid');
  await page.close();
});

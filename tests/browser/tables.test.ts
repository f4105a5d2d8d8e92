/**
 * A plan read from a saved web page, with a table inside an item and a task table attached after
 * the signature, opened in Chromium: the tables are tables, where the document has them, with
 * anchors; their row numbers are not items; on a phone the table scrolls, the page does not.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
const SHOTS = join(import.meta.dirname, '../../node_modules/.cache/yaodian-screenshots');
let session: Session;
beforeAll(async () => {
  session = await open(sites.hostile);
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => session?.close());

test('the tables stand where the document has them, with anchors; their row numbers are not items', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(session.site.url('plans/school-plan-with-tables/'));
  const layout = await page.evaluate(() => {
    const t1 = document.getElementById('t1')!;
    const appendix = document.getElementById('appendix')!;
    const headings = [...document.querySelectorAll('.prose :is(h2, h3)')].map((h) => h.id);
    return {
      afterText: t1.previousElementSibling?.textContent?.trim(),
      t1Rows: [...t1.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      appendixAfterSignature: !!(document.querySelector('.signature')!.compareDocumentPosition(appendix) & Node.DOCUMENT_POSITION_FOLLOWING),
      appendixText: appendix.textContent,
      appendixRows: appendix.querySelectorAll('tr').length,
      headings,
    };
  });
  expect(layout.afterText).toBe('全年活动安排如下：');
  expect(layout.t1Rows).toEqual([
    ['月份', '活动', '负责部门'],
    ['3月', '师德专题报告会', '党政办公室'],
    ['9月', '师德标兵评选', '教师发展中心'],
  ]);
  expect(layout.appendixAfterSignature).toBe(true);
  expect(layout.appendixText).toContain('附件1 江南县第三中学2023年重点工作任务分解表');
  expect(layout.appendixRows).toBe(5);
  expect(layout.headings).toEqual(['s1', 's1-1', 's1-2', 's2', 's2-3', 's2-4']);
  await page.screenshot({ path: join(SHOTS, 'tables-desktop.png'), fullPage: true });

  await page.goto(session.site.url('plans/school-plan-with-tables/#t2'));
  expect(await page.evaluate(() => getComputedStyle(document.getElementById('t2')!).outlineStyle)).toBe('solid');
  await page.close();
});

test('on a phone the task table scrolls sideways inside its frame; the page does not', async () => {
  const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(session.site.url('plans/school-plan-with-tables/#appendix'));
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await page.screenshot({ path: join(SHOTS, 'tables-phone.png') });
  await page.close();
});

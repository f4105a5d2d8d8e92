/** The page comparing a revised plan with its earlier text passes the accessibility audit. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
beforeAll(async () => {
  session = await open(sites.revised);
});
afterAll(async () => session?.close());

test('plans/2022-moe-basic-education-insert/revisions/ has no serious or critical violation', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(session.site.url('plans/2022-moe-basic-education-insert/revisions/'));
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

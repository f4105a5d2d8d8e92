/**
 * A sharded build: the bundled plans split by year into two independent sites, whose search
 * pages merge each other's index, so a search in one shard finds items of the other.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { planShards } from '../../src/shards/plan-shards.ts';
import { open, type Session } from './browser.ts';

const sites = inject('sites');
let session: Session;
beforeAll(async () => {
  session = await open(sites.shards);
});
afterAll(async () => session?.close());

test('shards split by whole years, evenly', () => {
  const years = new Map<string, number | null>([['a', 2020], ['b', 2020], ['c', 2021], ['d', 2022], ['e', 2022], ['f', null]]);
  const shards = planShards(years, 2);
  expect(shards.map((s) => [s.name, s.slugs])).toEqual([
    ['2020', ['a', 'b', 'f']],
    ['2021-2022', ['c', 'd', 'e']],
  ]);
  expect(shards.flatMap((s) => s.slugs).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
});

test('two shards were built, each a whole site, and an index lists them', () => {
  expect(readdirSync(sites.shards).sort()).toEqual(['2020-2021', '2022', 'index.html']);
  expect(readdirSync(`${sites.shards}/2020-2021/plans`).filter((f) => !f.includes('.')).sort()).toEqual([
    '2020-district-education',
    '2020-pingdingshan-basic-education',
    '2021-district-basic-education',
  ]);
});

test('a search in the 2020–2021 shard finds items of the 2022 shard too', async () => {
  const page = await session.browser.newPage();
  await page.goto(session.site.url(`2020-2021/search/?q=${encodeURIComponent('学籍管理')}`));
  await page.waitForFunction(() => /：\d+ 条|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const hits = await page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')));
  expect(hits).toEqual(expect.arrayContaining(['/2020-2021/plans/2020-pingdingshan-basic-education/#s5-15', '/2020-2021/plans/2021-district-basic-education/#s2-9', '/2022/plans/2022-moe-basic-education/#s4-12']));
  await page.goto(session.site.url(hits.find((h) => h!.startsWith('/2022/'))!));
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toMatch(/^s/);
  await page.close();
});

test('built again with nothing changed, no shard is built; with one plan changed, only its shard', async () => {
  const { cold, again, changed, changedPlan } = sites.shardRuns;
  expect(cold).toContain('2 shards in');
  expect(cold).toContain('(2 built, 0 unchanged)');
  expect(again).toContain('(0 built, 2 unchanged)');
  expect(changed).toContain('(1 built, 1 unchanged)');
  expect(changed).toMatch(/shard 2020-2021: 3 plans \([^)]*\), unchanged since it was built/);
  const page = await session.browser.newPage();
  await page.goto(session.site.url(`2022/plans/${changedPlan}/`));
  expect(await page.textContent('article')).toContain('各實驗區按季度通報進展');
  // The other shard's search reads the rebuilt shard's new index.
  await page.goto(session.site.url(`2020-2021/search/?q=${encodeURIComponent('按季度通报进展')}`));
  await page.waitForFunction(() => /：\d+ 条|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  expect(await page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([`/2022/plans/${changedPlan}/#s2-2`]);
  await page.close();
});

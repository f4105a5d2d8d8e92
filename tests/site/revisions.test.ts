/**
 * A revised plan with its earlier text kept (plans/history/<slug>/<date>.json): its page says it
 * was revised and links to a page comparing the two texts item by item; every link lands.
 */
import { expect, inject, test } from 'vitest';
import { brokenLinks, readSite } from './dist.ts';

const sites = inject('sites');
const pages = readSite(sites.revised);
const PLAN = 'plans/2022-moe-basic-education-insert/';

test('the revised plan says so and links to the comparison; a plan without kept versions does not', () => {
  expect(pages.get(PLAN)!.html).toMatch(/本文修订：<a href="\/plans\/2022-moe-basic-education-insert\/revisions\/">与 2022-06-10 的文本对照<\/a>（新增 1 条，未再提及 0 条/);
  expect(pages.get('plans/2022-moe-basic-education-swap/')!.html).not.toContain('本文修订');
});

test('the comparison marks the inserted item as new and every other item as continued; its links land', () => {
  const html = pages.get(`${PLAN}revisions/`)!.html;
  const kinds = [...html.matchAll(/data-kind="([a-z]+)"/g)].map((m) => m[1]);
  expect(kinds.filter((k) => k === 'added')).toHaveLength(1);
  expect(kinds.filter((k) => k !== 'added' && k !== 'continued')).toEqual([]);
  expect(brokenLinks(sites.revised, pages, '/', 'http://localhost:4321')).toEqual([]);
});

/**
 * The built site, read as files: every link and anchor lands, for a site at / and one under
 * /yaodian/; every item of every plan model has its anchor exactly once on its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { walk } from '../../src/converter/convert.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { brokenLinks, readSite, text } from './dist.ts';

const sites = inject('sites');
const ORIGIN = 'https://yaodian.example.org';
const models = (): Plan[] =>
  ['2020-district-education', '2020-pingdingshan-basic-education', '2021-district-basic-education', '2022-moe-basic-education', '2022-moe-reform-zones-article'].map(
    (slug) => JSON.parse(readFileSync(join(sites.content, 'models', `${slug}.json`), 'utf8')),
  );

describe.each([
  ['/', sites.root],
  ['/yaodian/', sites.sub],
])('site built for SITE_BASE=%s', (base, dir) => {
  const pages = readSite(dir);

  test('has the pages a reader expects', () => {
    for (const path of ['', '404.html', 'search/', 'plans/2022-moe-basic-education/', 'plans/2022-moe-basic-education/report/', 'plans/2022-moe-reform-zones-article/simplified/']) {
      expect(pages.has(path), path).toBe(true);
    }
  });

  test('every internal link and #anchor on every page resolves', () => {
    expect(brokenLinks(dir, pages, base, ORIGIN)).toEqual([]);
    expect([...pages.values()].reduce((n, p) => n + p.links.length, 0)).toBeGreaterThan(100);
  });

  test('no page has a duplicate id', () => {
    for (const page of pages.values()) {
      const duplicates = [...page.ids].filter(([, count]) => count > 1).map(([id]) => id);
      expect(duplicates, page.path).toEqual([]);
    }
  });

  test.each(models().map((m) => [m.slug, m] as const))('every anchor of %s is on its page, once, on a heading or block', (slug, model) => {
    const page = pages.get(`plans/${slug}/`)!;
    for (const node of walk(model.sections)) {
      expect(page.ids.get(node.id), node.id).toBe(1);
      const tag = node.number === null && node.title === null ? 'div' : /^h[2-6]$/;
      const el = page.html.match(new RegExp(`<(\\w+)[^>]* id="${node.id}"`))?.[1];
      expect(el, node.id).toMatch(tag);
    }
    if (model.preamble.length) expect(page.ids.get('preamble')).toBe(1);
  });

  test('links, canonical and open data use the base path and the site origin', () => {
    const page = pages.get('plans/2022-moe-basic-education/')!;
    expect(page.html).toContain(`<link rel="canonical" href="${ORIGIN}${base}plans/2022-moe-basic-education/">`);
    expect(page.html).toContain(`href="${base}plans/2022-moe-basic-education.json"`);
    const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${ORIGIN}${base}plans/2021-district-basic-education/</loc>`);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN}${base}sitemap.xml`);
  });
});

describe('pages', () => {
  const pages = readSite(sites.root);

  test('home lists every plan by year, newest first, with its item count', () => {
    const home = pages.get('')!;
    expect(text(home, (el) => el.name === 'h2')).toEqual(['2022 年', '2021 年', '2020 年']);
    expect(home.html).toMatch(/教育部基础教育司2022年工作要点<\/a>[\s\S]*?14 条/);
  });

  test('a Traditional plan is zh-Hant and has a Simplified reading with the same anchors', () => {
    const page = pages.get('plans/2022-moe-reform-zones-article/')!;
    expect(page.html).toMatch(/<html lang="zh-Hant"/);
    const simplified = pages.get('plans/2022-moe-reform-zones-article/simplified/')!;
    expect(simplified.html).toMatch(/<html lang="zh-CN"/);
    expect(text(simplified, (el) => el.name === 'h1')[0]).toBe('发挥综合改革实验区示范引领作用努力推动基础教育高质量发展');
    expect([...simplified.ids.keys()].filter((id) => /^s\d/.test(id)).sort()).toEqual([...page.ids.keys()].filter((id) => /^s\d/.test(id)).sort());
  });

  test('the conversion report lists every removed line and is not indexed', () => {
    const report = pages.get('plans/2021-district-basic-education/report/')!;
    expect(report.html).toContain('<meta name="robots" content="noindex">');
    expect(report.html).toContain('page-marker');
    expect(report.html).toContain('第 11 页 共 11 页');
    expect(report.html).not.toContain('data-pagefind-body');
  });

  test('open data: the plan model and the index of plans', () => {
    const model = JSON.parse(readFileSync(join(sites.root, 'plans/2022-moe-basic-education.json'), 'utf8'));
    expect(model.sections[1].children[0]).toMatchObject({ id: 's2-4', title: '提高作业设计水平' });
    const index = JSON.parse(readFileSync(join(sites.root, 'plans/index.json'), 'utf8'));
    expect(index.plans.map((p: { slug: string }) => p.slug)).toHaveLength(5);
  });

  test('item headings carry a visible permalink (the copy control is added in the browser)', () => {
    const page = pages.get('plans/2022-moe-basic-education/')!;
    expect(page.html).toMatch(/<h3 id="s2-4">4\.提高作业设计水平<a class="permalink" href="#s2-4" aria-label="本条链接">¶<\/a><\/h3>/);
  });
});

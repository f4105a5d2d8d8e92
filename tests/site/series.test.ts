/**
 * A site with a series (the bundled 教育部基础教育司2022年工作要点 and two later years written from
 * it) beside an unrelated plan, read as files: the series page and the pages comparing
 * consecutive years exist and every link on them lands; the compare page marks each item as the
 * alignment does; an earlier year says that a later one exists; the Atom feeds parse with a real
 * XML parser, with unique absolute ids, RFC 3339 dates and links to pages that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { expect, inject, test } from 'vitest';
import { brokenLinks, readSite } from './dist.ts';

const sites = inject('sites');
const ORIGIN = 'http://localhost:4321';
const pages = readSite(sites.series);
const SERIES = 'series/ji-chu-jiao-yu-si/';
const COMPARE = 'compare/2022-moe-basic-education/moe-basic-education-2023/';

test('the series page and one compare page per consecutive pair; nothing for the unrelated plan; every link lands', () => {
  expect([...pages.keys()].filter((p) => /^(series|compare)\//.test(p)).sort()).toEqual([
    'compare/',
    'compare/2022-moe-basic-education/moe-basic-education-2023/',
    'compare/moe-basic-education-2023/moe-basic-education-2024/',
    SERIES,
  ]);
  expect(brokenLinks(sites.series, pages, '/', ORIGIN)).toEqual([]);
});

test('the compare page marks every item, in the later plan\'s order, and links both anchors of every pair', () => {
  const html = pages.get(COMPARE)!.html;
  const kinds = [...html.matchAll(/data-kind="([a-z]+)"/g)].map((m) => m[1]);
  expect(kinds.filter((k) => k !== 'continued')).toEqual(['dropped', 'moved', 'added']);
  expect(kinds).toHaveLength(16);
  expect(html).toContain('延续 <strong>13</strong>（其中改写 3，拆分 1）');
  expect(html).toContain('专题：不再出现 劳动教育。');
  expect(html).toContain('href="/plans/2022-moe-basic-education/#s2-5"');
  expect(html).toContain('href="/plans/moe-basic-education-2023/#s3-9"');
  expect(html).toMatch(/<ins>[^<]*全面完成[^<]*<\/ins>/);
});

test('an earlier year says a later one exists; the latest does not', () => {
  expect(pages.get('plans/2022-moe-basic-education/')!.html).toMatch(/这不是最新一年的计划：<a href="\/plans\/moe-basic-education-2024\/">教育部基础教育司2024年工作要点<\/a>/);
  expect(pages.get('plans/moe-basic-education-2024/')!.html).not.toContain('这不是最新一年的计划');
  expect(pages.get('plans/2020-pingdingshan-basic-education/')!.html).not.toContain('这不是最新一年的计划');
});

interface Entry {
  id: string;
  updated: string;
  link: string;
}

function parseFeed(xml: string): { id: string; self: string; entries: Entry[] } {
  const parser = new SaxesParser({ xmlns: true });
  const feed = { id: '', self: '', entries: [] as Entry[] };
  const stack: string[] = [];
  let entry: Entry | null = null;
  parser.on('opentag', (tag) => {
    stack.push(tag.local);
    if (tag.uri !== 'http://www.w3.org/2005/Atom') throw new Error(`element outside the Atom namespace: ${tag.name}`);
    if (tag.local === 'entry') entry = { id: '', updated: '', link: '' };
    if (tag.local === 'link') {
      const rel = tag.attributes.rel?.value;
      const href = tag.attributes.href!.value;
      if (entry && rel === 'alternate') entry.link = href;
      if (!entry && rel === 'self') feed.self = href;
    }
  });
  parser.on('text', (t) => {
    const at = stack.at(-1);
    if (at === 'id' && entry) entry.id += t;
    else if (at === 'id') feed.id += t;
    if (at === 'updated' && entry) entry.updated += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.local === 'entry' && entry) {
      feed.entries.push(entry);
      entry = null;
    }
  });
  parser.write(xml).close();
  return feed;
}

test.each([
  ['feed.xml', 5],
  [`${SERIES}feed.xml`, 3],
  ['topics/shuang-jian/feed.xml', 3],
])('%s is Atom: unique absolute ids, RFC 3339 dates, links to pages that exist', (path, count) => {
  const feed = parseFeed(readFileSync(join(sites.series, path), 'utf8'));
  expect(feed.self).toBe(`${ORIGIN}/${path}`);
  expect(feed.id).toBe(feed.self);
  expect(feed.entries).toHaveLength(count);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(count);
  for (const e of feed.entries) {
    expect(e.id).toBe(e.link);
    expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    const local = new URL(e.link).pathname.replace(/^\//, '');
    expect(existsSync(join(sites.series, local, 'index.html')), e.link).toBe(true);
  }
  // Newest first.
  expect(feed.entries.map((e) => e.updated)).toEqual([...feed.entries.map((e) => e.updated)].sort().reverse());
});

test('pages announce their feeds', () => {
  const alternates = (path: string) => [...pages.get(path)!.html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  expect(alternates('')).toEqual(['/feed.xml']);
  expect(alternates(SERIES)).toEqual(['/feed.xml', `/${SERIES}feed.xml`]);
  expect(alternates('plans/moe-basic-education-2023/')).toEqual(['/feed.xml', `/${SERIES}feed.xml`]);
  expect(alternates('topics/shuang-jian/')).toEqual(['/feed.xml', '/topics/shuang-jian/feed.xml']);
});

test('a national item lists the local items that take it up, with the reason; the local item names its upper item', () => {
  const national = pages.get('plans/2022-moe-basic-education/')!.html;
  expect(national).toMatch(/<summary>各地落实（1）<\/summary>.*?市级 · 江北市.*?href="\/plans\/jiangbei-city-basic-education-2023\/#s3-5".*?同引《十四五特殊教育发展提升行动计划》/s);
  const city = pages.get('plans/jiangbei-city-basic-education-2023/')!.html;
  expect(city).toMatch(/上级部署：<a href="\/plans\/2022-moe-basic-education\/#s1-1">教育部基础教育司2022年工作要点 1\.稳妥实施中小学领导体制改革<\/a><small>（同引《关于建立中小学校党组织领导的校长负责制的意见\(试行\)》）<\/small>/);
  expect(city.match(/上级部署：/g)).toHaveLength(3);
});

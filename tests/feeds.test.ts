import { expect, test } from 'vitest';
import { atomFeed, FEED_ENTRIES, type FeedEntry } from '../src/feeds/atom.ts';

const entry = (day: number): FeedEntry => ({
  url: `https://example.org/plans/p-${day}/`,
  title: `计划 ${day}`,
  updated: `2024-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}T00:00:00Z`,
  author: '某市教育局',
  summary: '全年工作 <要点> & 安排',
});
const ids = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);

test('a feed of a large corpus carries its newest plans only, newest first, dated by the newest', () => {
  const entries = Array.from({ length: 120 }, (_, day) => entry(day)).reverse();
  const xml = atomFeed({ self: 'https://example.org/feed.xml', page: 'https://example.org/', title: '要点', entries });
  expect(ids(xml)).toHaveLength(FEED_ENTRIES);
  expect(ids(xml)[0]).toBe(entry(119).url);
  expect(ids(xml).at(-1)).toBe(entry(120 - FEED_ENTRIES).url);
  expect(xml).toContain(`<updated>${entry(119).updated}</updated>`);
  expect(xml).toContain('全年工作 &#60;要点&#62; &#38; 安排');
});

test('a small corpus is in its feed whole', () => {
  const entries = [entry(3), entry(1), entry(2)];
  expect(ids(atomFeed({ self: 's', page: 'p', title: 't', entries }))).toEqual([entry(3).url, entry(2).url, entry(1).url]);
});

/**
 * What changed from one year to the next, on a fixture series: the bundled 教育部基础教育司2022年
 * 工作要点 and two later years written from it by hand (tests/fixtures/series/): an item
 * reworded, one dropped, one moved to another section, one added, one split in two; then one
 * more added, one dropped, one reworded. The alignment marks exactly those; different plans align
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { align } from '../src/compare/align.ts';
import { groupSeries, seriesKey } from '../src/compare/series.ts';
import { convertBytes } from '../src/converter/convert.ts';
import { foldToSimplified } from '../src/text/script.ts';
import { convertSeed, ROOT } from './helpers.ts';

const fixture = (year: number) => {
  const file = `tests/fixtures/series/moe-basic-education-${year}.txt`;
  return convertBytes(readFileSync(join(ROOT, file)), { file, slug: `moe-basic-education-${year}` });
};
const y2022 = convertSeed('2022-moe-basic-education');
const y2023 = fixture(2023);
const y2024 = fixture(2024);

/** Each change as a row: kind, earlier id, later id, reworded, split. */
const rows = (a: typeof y2022, b: typeof y2022) =>
  align(a, b, { fold: foldToSimplified }).changes.map((c) => [c.kind, c.before?.id, c.after?.id, c.reworded ? 'reworded' : '', c.split ? 'split' : ''].filter(Boolean).join(' '));

describe('2022 → 2023', () => {
  test('marks exactly the changes made', () => {
    expect(rows(y2022, y2023)).toEqual([
      'continued s1-1 s1-1 reworded',
      'continued s1-2 s1-2',
      'dropped s1-3',
      'continued s2-4 s2-3',
      'continued s2-6 s2-4',
      'continued s2-7 s2-5',
      'continued s3-8 s3-6',
      'continued s3-9 s3-7',
      'continued s3-10 s3-8',
      'moved s2-5 s3-9',
      'added s3-10',
      'continued s4-11 s4-11',
      'continued s4-12 s4-12 reworded split',
      'continued s4-12 s4-13 reworded split',
      'continued s4-13 s4-14',
      'continued s4-14 s4-15',
    ]);
  });

  test('a reworded item carries a character diff that rebuilds both texts', () => {
    const reworded = align(y2022, y2023, { fold: foldToSimplified }).changes.find((c) => c.before?.id === 's1-1')!;
    const before = reworded.diff!.filter((d) => !d.added).map((d) => d.value).join('');
    const after = reworded.diff!.filter((d) => !d.removed).map((d) => d.value).join('');
    expect(before).toBe(reworded.before!.text);
    expect(after).toBe(reworded.after!.text);
    expect(reworded.diff!.filter((d) => d.added).map((d) => d.value).join('')).toContain('全面完成');
  });

  test('the counts say it at a glance', () => {
    expect(align(y2022, y2023, { fold: foldToSimplified }).counts).toEqual({ continued: 13, moved: 1, added: 1, dropped: 1, reworded: 3, split: 1 });
  });
});

test('2023 → 2024: one dropped, one added, one reworded', () => {
  const changed = rows(y2023, y2024).filter((r) => !/^continued \S+ \S+$/.test(r));
  expect(changed).toEqual(['dropped s3-9', 'continued s3-10 s3-9 reworded', 'added s4-13']);
});

test('different plans align nothing: the threshold keeps unrelated items apart', () => {
  const others = ['2020-pingdingshan-basic-education', '2021-district-basic-education', '2020-district-education'].map(convertSeed);
  for (const other of others) {
    const aligned = align(other, y2022, { fold: foldToSimplified }).changes.filter((c) => c.before && c.after);
    expect(aligned.map((c) => `${c.before!.heading} ~ ${c.after!.heading}`)).toEqual([]);
  }
});

describe('series', () => {
  const plan = (slug: string, year: number | null, issuer: string | null, series?: string) => ({ slug, title: slug, year, issuer, series, items: 1 });

  test.each([
    ['教育部基础教育司', '基础教育司'],
    ['中华人民共和国教育部基础教育司', '基础教育司'],
    ['教育部 基础教育司', '基础教育司'],
    ['浙江省教育厅基础教育处', '基础教育处'],
    ['教育部', '教育部'],
    ['平顶山市教育体育局', '平顶山市教育体育局'],
  ])('%s is the series %s', (issuer, key) => {
    expect(seriesKey({ issuer })).toBe(key);
  });

  test('one issuer however printed is one series, oldest first; a sidecar key joins a renamed issuer; one year is no series', () => {
    const series = groupSeries([
      plan('moe-2023', 2023, '基础教育司'),
      plan('moe-2022', 2022, '教育部基础教育司'),
      plan('pds-2020', 2020, '平顶山市教育局', '平顶山市基础教育'),
      plan('pds-2021', 2021, '平顶山市教育体育局', '平顶山市基础教育'),
      plan('alone', 2021, '某县教育局'),
      plan('undated', null, '基础教育司'),
    ]);
    expect(series.map((s) => ({ slug: s.slug, name: s.name, plans: s.plans.map((p) => p.slug) }))).toEqual([
      { slug: 'ji-chu-jiao-yu-si', name: '教育部基础教育司', plans: ['moe-2022', 'moe-2023'] },
      { slug: 'ping-ding-shan-shi-ji-chu-jiao-yu', name: '平顶山市基础教育', plans: ['pds-2020', 'pds-2021'] },
    ]);
  });
});

/**
 * What the build prints: a warning repeated for every page is shown a few times and summed up in
 * one line with its count; a line per page becomes progress now and then; the rest passes.
 */
import { expect, test } from 'vitest';
import { BuildLog, kindOf } from '../scripts/lib/build-log.ts';

test('2,000 copies of one bundler warning become three lines and a count', () => {
  const log = new BuildLog();
  const printed: string[] = [];
  for (let i = 0; i < 2000; i++) {
    printed.push(...log.feed(`12:00:${String(i % 60).padStart(2, '0')} [WARN] [vite] Module level directives cause errors when bundled, "use client" in "node_modules/x/plan-${i}.mdx" was ignored. MODULE_LEVEL_DIRECTIVE`));
  }
  printed.push(...log.feed('12:01:00 [build] 4403 page(s) built in 38.2s'));
  expect(printed).toHaveLength(4);
  expect(printed[3]).toContain('4403 page(s) built');
  const summary = log.finish();
  expect(summary).toHaveLength(1);
  expect(summary[0]).toMatch(/^ {2}⚠ 2000 warnings like this \(1997 not shown\): .*MODULE_LEVEL_DIRECTIVE/);
});

test('a page written per line is progress; different warnings are counted apart', () => {
  const log = new BuildLog(500);
  const printed: string[] = [];
  for (let i = 0; i < 1200; i++) printed.push(...log.feed(`  ├─ /plans/plan-${i}/index.html (+3ms)`));
  printed.push(...log.feed('  plans/a.txt:12: item 4. has its heading glued to its body [glued-title]'));
  printed.push(...log.feed('  plans/b.txt: 2 invisible or control characters were dropped [control-characters]'));
  expect(printed.filter((l) => l.includes('├─'))).toHaveLength(20);
  expect(printed).toContain('  … 500 done');
  expect(printed).toContain('  … 1000 done');
  expect(log.summaries().map((s) => s.count)).toEqual([1, 1]);
  expect(log.finish()).toEqual(['  … 1200 in all']);
});

test('a warning kind ignores what differs from copy to copy', () => {
  expect(kindOf('12:00:01 [WARN] "use client" in "src/content/plans/a.mdx" was ignored')).toBe(kindOf('12:09:59 [WARN] "use client" in "src/content/plans/zz-9.mdx" was ignored'));
  expect(kindOf('[WARN] chunk size 600 kB')).not.toBe(kindOf('[WARN] duplicate id'));
});

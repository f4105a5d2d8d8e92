/**
 * Vitest global setup: build, one after the other (Astro keeps state in the project's .astro/),
 * every site the tests read:
 *  - the bundled plans for SITE_BASE=/ (with PDFs) and for SITE_BASE=/yaodian/;
 *  - revised copies of the bundled plans (an item inserted, two swapped, a section split),
 *    with the original plans' anchors registered;
 *  - a plan full of code-like text, beside a saved web page with tables;
 *  - the bundled plans once more, converted and printed afresh, to compare byte for byte;
 *  - the bundled plans as two shards by year, built again unchanged, then with one plan changed;
 *  - a series of three years of one issuer (tests/fixtures/series/) beside an unrelated plan.
 * Tests read the folders from `inject('sites')`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { acceptAnchors } from '../../src/anchors/reconcile.ts';
import type { Registry } from '../../src/schemas/registry.ts';
import { readRegistry, writeRegistry } from '../../scripts/lib/plan-files.ts';
import { convertSeed, seeds } from '../helpers.ts';
import { REVISIONS, revise } from '../revise.ts';
import { buildCorpus } from './build-corpus.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: {
      content: string;
      root: string;
      sub: string;
      revised: string;
      hostile: string;
      again: { content: string; root: string };
      shards: string;
      /** What build:shards printed: cold, again with nothing changed, after one plan changed. */
      shardRuns: { cold: string; again: string; changed: string; changedPlan: string };
      series: string;
    };
  }
}

const ROOT = join(import.meta.dirname, '../..');

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'yaodian-sites-'));
  const bundled = join(work, 'bundled');
  mkdirSync(join(bundled, 'plans'), { recursive: true });
  for (const s of seeds) copyFileSync(join(ROOT, s.file), join(bundled, 'plans', `${s.slug}.txt`));
  writeRegistry(join(bundled, 'plans'), readRegistry(join(ROOT, 'plans')));
  const origin = { SITE_URL: 'https://yaodian.example.org' };
  buildCorpus(bundled, { pdf: true, env: { ...origin, SITE_BASE: '/' } });
  const sub = join(work, 'sub');
  mkdirSync(sub);
  symlinkSync(join(bundled, 'plans'), join(sub, 'plans'));
  buildCorpus(sub, { pdf: true, env: { ...origin, SITE_BASE: '/yaodian/' } });

  // The same plans converted and built a second time, printing the PDFs afresh: for the
  // determinism test.
  const again = join(work, 'again');
  mkdirSync(again);
  symlinkSync(join(bundled, 'plans'), join(again, 'plans'));
  buildCorpus(again, { pdf: true, env: { ...origin, SITE_BASE: '/', YAODIAN_PDF_CACHE: join(again, 'pdf-cache') } });

  const revised = join(work, 'revised');
  mkdirSync(join(revised, 'plans'), { recursive: true });
  const registry: Registry = { version: 1, plans: {} };
  for (const s of seeds) {
    const plan = convertSeed(s.slug);
    for (const revision of REVISIONS) {
      const slug = `${plan.slug}-${revision}`;
      writeFileSync(join(revised, 'plans', `${slug}.txt`), revise(plan, revision));
      registry.plans[slug] = acceptAnchors(plan, undefined);
    }
  }
  // An item removed in a revision, its anchor retired by an editor.
  const moe = convertSeed('2022-moe-basic-education');
  writeFileSync(join(revised, 'plans', '2022-moe-basic-education-remove.txt'), revise(moe, 'remove'));
  registry.plans['2022-moe-basic-education-remove'] = { ...acceptAnchors(moe, undefined), decisions: { 's1-2': { retire: '德育工作的安排已并入第一条。' } } };
  writeRegistry(join(revised, 'plans'), registry);
  // The original text kept as the version before a revision (as `npm run anchors:accept` keeps it).
  mkdirSync(join(revised, 'plans', 'history', '2022-moe-basic-education-insert'), { recursive: true });
  writeFileSync(join(revised, 'plans', 'history', '2022-moe-basic-education-insert', '2022-06-10.json'), JSON.stringify({ ...moe, slug: '2022-moe-basic-education-insert' }));
  buildCorpus(revised);

  const hostile = join(work, 'hostile');
  mkdirSync(join(hostile, 'plans'), { recursive: true });
  copyFileSync(join(ROOT, 'tests/fixtures/hostile/input.txt'), join(hostile, 'plans', 'hostile-plan.txt'));
  // A saved web page with a table in an item and a task table attached after the signature.
  copyFileSync(join(ROOT, 'tests/fixtures/formats/school-plan-with-tables.html'), join(hostile, 'plans', 'school-plan-with-tables.html'));
  buildCorpus(hostile);

  // A series: the bundled 教育部基础教育司2022年工作要点, two later years written from it, a city plan
  // of 2023 taking up some of its items, and an unrelated plan.
  const series = join(work, 'series');
  mkdirSync(join(series, 'plans'), { recursive: true });
  for (const file of ['plans/2022-moe-basic-education.txt', 'plans/2020-pingdingshan-basic-education.txt', 'tests/fixtures/series/moe-basic-education-2023.txt', 'tests/fixtures/series/moe-basic-education-2024.txt', 'tests/fixtures/series/jiangbei-city-basic-education-2023.txt']) {
    copyFileSync(join(ROOT, file), join(series, 'plans', file.replace(/^.*\//, '')));
  }
  buildCorpus(series);

  // The bundled plans as two shards by year, each with its own search merging the other's;
  // built, built again with nothing changed, and again after an editor changed one plan.
  const shards = join(work, 'shards');
  mkdirSync(join(shards, 'plans'), { recursive: true });
  for (const s of seeds) copyFileSync(join(ROOT, s.file), join(shards, 'plans', `${s.slug}.txt`));
  writeRegistry(join(shards, 'plans'), readRegistry(join(ROOT, 'plans')));
  const buildShards = () => {
    const run = spawnSync(process.execPath, ['scripts/shards.ts', '--shards', '2', '--plans', join(shards, 'plans'), '--out', join(shards, 'dist'), '--work', join(shards, 'work'), '--no-pdf'], {
      cwd: ROOT,
      env: { ...process.env, ...origin, SITE_BASE: '/' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`shards failed:\n${run.stdout}\n${run.stderr}`);
    return run.stdout;
  };
  const shardRuns = { cold: buildShards(), again: buildShards(), changed: '', changedPlan: '2022-moe-reform-zones-article' };
  const changedFile = join(shards, 'plans', `${shardRuns.changedPlan}.txt`);
  writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('奠基。', '奠基，各實驗區按季度通報進展。'));
  shardRuns.changed = buildShards();

  project.provide('sites', {
    content: join(bundled, 'content'),
    root: join(bundled, 'dist'),
    sub: join(sub, 'dist'),
    revised: join(revised, 'dist'),
    hostile: join(hostile, 'dist'),
    again: { content: join(again, 'content'), root: join(again, 'dist') },
    shards: join(shards, 'dist'),
    shardRuns,
    series: join(series, 'dist'),
  });
  return () => rmSync(work, { recursive: true, force: true });
}

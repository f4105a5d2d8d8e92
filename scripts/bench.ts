/**
 * npm run bench -- --plans N [--stages convert,build] [--keep]
 *
 * Generates a deterministic corpus of N plans in a temporary directory, runs each stage of the
 * pipeline on it as the build does, and prints wall time, peak memory and output sizes;
 * writes bench/results-N.json.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, itemPool } from '../src/bench/corpus.ts';
import { convertBytes, convertText } from '../src/converter/convert.ts';
import { measure } from './lib/measure.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(arg('--plans') ?? 200);
const stages = new Set((arg('--stages') ?? 'convert,build').split(','));
const keep = args.includes('--keep');

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && filter(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const seeds = readdirSync(join(ROOT, 'plans'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => convertBytes(readFileSync(join(ROOT, 'plans', f)), { file: `plans/${f}`, slug: f.slice(0, -4) }));
const corpus = generateCorpus(itemPool(seeds), count);
const work = mkdtempSync(join(tmpdir(), `yaodian-bench-${count}-`));
mkdirSync(join(work, 'plans'));
for (const plan of corpus) writeFileSync(join(work, 'plans', `${plan.slug}.txt`), plan.text);
const corpusBytes = dirSize(join(work, 'plans'));
console.log(`corpus: ${count} plans, ${mb(corpusBytes)} in ${work}`);

type Row = { stage: string; seconds: number; peakRssMb: number | null; note: string };
const rows: Row[] = [];
const results: Record<string, unknown> = { plans: count, corpusBytes, node: process.version, date: new Date().toISOString() };

// Pure core alone, in this process: the converter's own speed.
{
  const started = performance.now();
  for (const plan of corpus) convertText(plan.text, { file: `plans/${plan.slug}.txt`, slug: plan.slug });
  const seconds = (performance.now() - started) / 1000;
  rows.push({ stage: 'convert (core, in process)', seconds, peakRssMb: null, note: `${Math.round(count / seconds)} plans/s` });
  results.convertCorePlansPerSecond = count / seconds;
}

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  YAODIAN_CONTENT: join(work, 'content'),
  YAODIAN_OUT: join(work, 'dist'),
};

async function stage(name: string, command: string, stageArgs: string[], note: (seconds: number) => string): Promise<boolean> {
  const m = await measure(command, stageArgs, { cwd: ROOT, env });
  if (m.status !== 0) {
    console.error(`${name} failed:\n${m.stdout.slice(-3000)}\n${m.stderr.slice(-3000)}`);
    rows.push({ stage: name, seconds: m.seconds, peakRssMb: m.peakRssMb, note: 'FAILED' });
    return false;
  }
  rows.push({ stage: name, seconds: m.seconds, peakRssMb: m.peakRssMb, note: note(m.seconds) });
  results[name] = { seconds: m.seconds, peakRssMb: m.peakRssMb };
  return true;
}

let ok = true;
if (stages.has('convert')) {
  ok &&= await stage('convert (CLI)', process.execPath, [join(ROOT, 'scripts/convert.ts'), '--plans', join(work, 'plans'), '--out', join(work, 'content')], (seconds) => {
    const mdx = dirSize(join(work, 'content/plans'));
    return `${Math.round(count / seconds)} plans/s incl. process start and I/O; MDX ${mb(mdx)}`;
  });
}
if (ok && stages.has('build')) {
  ok &&= await stage('astro build', process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], () => {
    const html = dirSize(join(work, 'dist'), (n) => n.endsWith('.html'));
    results.distBytes = dirSize(join(work, 'dist'));
    return `dist ${mb(results.distBytes as number)} (HTML ${mb(html)})`;
  });
  ok &&= await stage('pagefind', process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(work, 'dist')], () => {
    results.pagefindBytes = dirSize(join(work, 'dist/pagefind'));
    return `index ${mb(results.pagefindBytes as number)}`;
  });
  if (ok) {
    const pages = readdirSync(join(work, 'dist/plans'), { withFileTypes: true }).filter((e) => e.isDirectory());
    let largest = { slug: '', bytes: 0, gzip: 0 };
    for (const page of pages) {
      const html = readFileSync(join(work, 'dist/plans', page.name, 'index.html'));
      if (html.length > largest.bytes) largest = { slug: page.name, bytes: html.length, gzip: gzipSync(html).length };
    }
    results.largestPage = largest;
    rows.push({ stage: 'largest plan page', seconds: 0, peakRssMb: null, note: `${largest.slug}: ${(largest.bytes / 1024).toFixed(1)} KB, ${(largest.gzip / 1024).toFixed(1)} KB gz` });
  }
}

const buildSeconds = rows.filter((r) => ['astro build', 'pagefind'].includes(r.stage)).reduce((s, r) => s + r.seconds, 0);
console.log(`\n| stage | wall s | peak RSS | notes |\n| --- | ---: | ---: | --- |`);
for (const r of rows) console.log(`| ${r.stage} | ${r.seconds ? r.seconds.toFixed(2) : ''} | ${r.peakRssMb ? `${Math.round(r.peakRssMb)} MB` : ''} | ${r.note} |`);
if (buildSeconds) console.log(`| build without PDFs (astro + pagefind) | ${buildSeconds.toFixed(2)} | | |`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', `results-${count}.json`), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
if (!keep) rmSync(work, { recursive: true, force: true });
process.exit(ok ? 0 : 1);

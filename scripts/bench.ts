/**
 * npm run bench -- --plans N [--stages core,convert,build,pdf] [--versus starlight [--runs R]] [--floor] [--shards K] [--keep]
 *
 * Generates a deterministic corpus of N plans in a temporary directory, runs each stage of the
 * pipeline on it as the build does, and prints wall time, peak memory and output sizes;
 * writes bench/results-N.json. `--versus starlight` also builds the same text as a plain
 * Starlight site (src/bench/starlight.ts), cold, in the same run, and prints both rows and the
 * ratios of yaodian's build without PDFs to it; `--runs R` builds both sides cold R times in
 * turn and gives the median of the R ratios (the machine's speed moves both). `--floor` also
 * builds the converted MDX as bare pages with Astro, @astrojs/mdx and Pagefind's CLI alone
 * (src/bench/floor.ts), indexed by the site's own search indexer: what no design on this stack
 * builds faster. After the build,
 * one plan is changed and the site brought up to date again (convert, astro, search);
 * `--shards K` also builds the corpus as K year shards (`build:shards`), cold and again after
 * one plan changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, itemPool } from '../src/bench/corpus.ts';
import { pageOf } from '../src/bench/pages.ts';
import { align } from '../src/compare/align.ts';
import { consecutivePairs, groupSeries } from '../src/compare/series.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { foldToSimplified } from '../src/text/script.ts';
import { starlightProject } from '../src/bench/starlight.ts';
import { floorProject } from '../src/bench/floor.ts';
import { convertBytes, convertExtraction, convertText } from '../src/converter/convert.ts';
import { readHtml } from '../src/formats/html.ts';
import { astroBuildArgs } from './lib/astro-build.ts';
import { measure } from './lib/measure.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(arg('--plans') ?? 200);
const stages = new Set((arg('--stages') ?? 'core,convert,build,pdf').split(','));
const keep = args.includes('--keep');
const versus = arg('--versus');
const shardCount = arg('--shards') === undefined ? 0 : Number(arg('--shards'));
const runs = Number(arg('--runs') ?? 1);
const floor = args.includes('--floor');
if (!(Number.isInteger(runs) && runs >= 1)) {
  console.error(`--runs ${arg('--runs')}: give a whole number of runs, 1 or more`);
  process.exit(2);
}
if (versus !== undefined && versus !== 'starlight') {
  console.error(`--versus ${versus}: the one alternative measured is starlight`);
  process.exit(2);
}

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && filter(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The heaviest plan page, with what it loads before search is used (CSS and JS it links). */
function largestPage(dist: string) {
  let largest = { slug: '', html: 0, htmlGz: 0, cssGz: 0, jsGz: 0, totalGz: 0 };
  for (const page of readdirSync(join(dist, 'plans'), { withFileTypes: true })) {
    if (!page.isDirectory()) continue;
    const html = readFileSync(join(dist, 'plans', page.name, 'index.html'));
    if (html.length <= largest.html) continue;
    const text = html.toString('utf8');
    const assets = (re: RegExp) => [...text.matchAll(re)].map((m) => gzipSync(readFileSync(join(dist, m[1]!.replace(/^\/+/, '')))).length).reduce((a, b) => a + b, 0);
    const cssGz = assets(/<link rel="stylesheet" href="([^"]+)"/g);
    const jsGz = assets(/<script[^>]+src="([^"]+)"/g);
    const htmlGz = gzipSync(html).length;
    largest = { slug: page.name, html: html.length, htmlGz, cssGz, jsGz, totalGz: htmlGz + cssGz + jsGz };
  }
  return largest;
}

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
const models: Plan[] = [];
if (stages.has('core')) {
  const started = performance.now();
  for (const plan of corpus) models.push(convertText(plan.text, { file: `plans/${plan.slug}.txt`, slug: plan.slug }));
  const seconds = (performance.now() - started) / 1000;
  rows.push({ stage: 'convert (core, in process)', seconds, peakRssMb: null, note: `${Math.round(count / seconds)} plans/s` });
  results.convertCorePlansPerSecond = count / seconds;
}
// Year over year: every series of the corpus, each plan aligned with the one before it only.
if (stages.has('core')) {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const bySlug = new Map(models.map((m) => [m.slug, m]));
  const series = groupSeries(models.map((m) => ({ slug: m.slug, title: m.meta.title, year: m.meta.year, issuer: m.meta.issuer, items: 0 })));
  let pairs = 0;
  let heapPeak = 0;
  for (const s of series) {
    for (const [a, b] of consecutivePairs(s)) {
      align(bySlug.get(a.slug)!, bySlug.get(b.slug)!, { fold: foldToSimplified });
      pairs++;
      if (pairs % 50 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  rows.push({
    stage: 'align series (core, in process)',
    seconds,
    peakRssMb: null,
    note: `${series.length} series, ${pairs} consecutive pairs; ${((seconds * 1000) / count).toFixed(2)} ms a plan; heap +${Math.round((heapPeak - heapBefore) / 1024 / 1024)} MB`,
  });
  results.alignSeries = { series: series.length, pairs, seconds, msPerPlan: (seconds * 1000) / count };
}
// The same plans as saved web pages (site chrome, every fourth GBK in Word's HTML): HTML parsing,
// main-content finding and the converter.
if (stages.has('core')) {
  const pages = corpus.map((plan, i) => pageOf(plan.text.split('\n').filter((l) => l.trim() !== ''), { title: plan.slug, gbk: i % 4 === 3, word: i % 4 === 3 }));
  const pageBytes = pages.reduce((n, p) => n + p.length, 0);
  const started = performance.now();
  for (const [i, page] of pages.entries()) convertExtraction(readHtml(page), { file: `plans/${corpus[i]!.slug}.html`, slug: corpus[i]!.slug });
  const seconds = (performance.now() - started) / 1000;
  rows.push({ stage: 'convert web pages (core, in process)', seconds, peakRssMb: null, note: `${Math.round(count / seconds)} plans/s over ${mb(pageBytes)} of HTML` });
  results.convertHtmlPlansPerSecond = count / seconds;
}

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  YAODIAN_CONTENT: join(work, 'content'),
  YAODIAN_OUT: join(work, 'dist'),
  YAODIAN_PDF_CACHE: join(work, 'pdf-cache'),
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
if (ok && stages.has('pdf')) {
  ok &&= await stage('PDFs (cold)', process.execPath, [join(ROOT, 'scripts/pdf.ts')], (seconds) => {
    results.pdfBytes = dirSize(join(work, 'pdf-cache'), (n) => n.endsWith('.pdf'));
    return `${(seconds / count).toFixed(3)} s per PDF; ${mb(results.pdfBytes as number)}, ${Math.round((results.pdfBytes as number) / count / 1024)} KB per PDF`;
  });
  ok &&= await stage('PDFs (nothing changed)', process.execPath, [join(ROOT, 'scripts/pdf.ts')], (seconds) => `${seconds.toFixed(2)} s for ${count} unchanged plans`);
}
if (ok && stages.has('build')) {
  ok &&= await stage('astro build', process.execPath, [...astroBuildArgs], () => {
    const html = dirSize(join(work, 'dist'), (n) => n.endsWith('.html'));
    return `HTML ${mb(html)}`;
  });
  ok &&= await stage('search index', process.execPath, [join(ROOT, 'scripts/search-index.ts')], () => {
    results.pagefindBytes = dirSize(join(work, 'dist/pagefind'));
    results.distBytes = dirSize(join(work, 'dist'));
    return `index ${mb(results.pagefindBytes as number)}; dist without PDFs ${mb(results.distBytes as number)}`;
  });
  if (ok) {
    results.largestPage = largestPage(join(work, 'dist'));
    const l = results.largestPage as ReturnType<typeof largestPage>;
    rows.push({ stage: 'largest plan page', seconds: 0, peakRssMb: null, note: `${l.slug}: HTML ${kb(l.html)} (${kb(l.htmlGz)} gz) + CSS ${kb(l.cssGz)} gz + JS ${kb(l.jsGz)} gz = ${kb(l.totalGz)} gz` });
  }
}

/** An editor's correction to one plan in the middle of the corpus: a sentence added to one of its items. */
let changes = 0;
function changeOnePlan(): string {
  const files = readdirSync(join(work, 'plans')).filter((f) => f.endsWith('.txt')).sort();
  const file = join(work, 'plans', files[Math.floor(files.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('。', Math.floor(text.length / 2));
  writeFileSync(file, `${text.slice(0, at)}，并于第${++changes}季度通报进展${text.slice(at)}`);
  return file;
}

const coldSeconds = () => rows.filter((r) => ['convert (CLI)', 'astro build', 'search index'].includes(r.stage)).reduce((sum, r) => sum + r.seconds, 0);
if (ok && stages.has('convert') && stages.has('build')) {
  // What `npm run build` does when one plan changed: the converter skips the unchanged plans,
  // Astro and the search index do all of them again.
  changeOnePlan();
  const started = performance.now();
  let peak = 0;
  for (const [command, stageArgs] of [
    [process.execPath, [join(ROOT, 'scripts/convert.ts'), '--plans', join(work, 'plans'), '--out', join(work, 'content')]],
    [process.execPath, astroBuildArgs],
    [process.execPath, [join(ROOT, 'scripts/search-index.ts')]],
  ] as const) {
    const m = await measure(command, [...stageArgs], { cwd: ROOT, env });
    peak = Math.max(peak, m.peakRssMb);
    if (m.status !== 0) ok = false;
  }
  const seconds = (performance.now() - started) / 1000;
  rows.push({ stage: 'one plan changed: convert + astro + search', seconds, peakRssMb: peak, note: `${((100 * seconds) / coldSeconds()).toFixed(0)}% of the cold build` });
  results.onePlanChanged = { seconds, share: seconds / coldSeconds() };
}

if (ok && shardCount > 0) {
  // The same corpus as year shards: each shard a site of its own, rebuilt only when its plans change.
  const shardArgs = [join(ROOT, 'scripts/shards.ts'), '--shards', String(shardCount), '--plans', join(work, 'plans'), '--out', join(work, 'dist-shards'), '--work', join(work, 'shards-work'), '--no-pdf'];
  const shardEnv = { ...env, YAODIAN_OUT: join(work, 'dist-shards') };
  const cold = await measure(process.execPath, shardArgs, { cwd: ROOT, env: shardEnv });
  changeOnePlan();
  const again = cold.status === 0 ? await measure(process.execPath, shardArgs, { cwd: ROOT, env: shardEnv }) : cold;
  if (cold.status !== 0 || again.status !== 0) {
    console.error(`build:shards failed:\n${(again.stdout + again.stderr).slice(-3000)}`);
    ok = false;
  } else {
    const distBytes = dirSize(join(work, 'dist-shards'));
    rows.push({ stage: `build:shards, ${shardCount} shards, cold`, seconds: cold.seconds, peakRssMb: cold.peakRssMb, note: `dist ${mb(distBytes)}, ${kb(distBytes / count)} a plan` });
    rows.push({
      stage: 'build:shards after one plan changed',
      seconds: again.seconds,
      peakRssMb: again.peakRssMb,
      note: `${((100 * again.seconds) / cold.seconds).toFixed(0)}% of the sharded cold build${coldSeconds() ? `, ${((100 * again.seconds) / coldSeconds()).toFixed(0)}% of the single site's` : ''}; ${/\((\d+) built/.exec(again.stdout)?.[1] ?? '?'} shard rebuilt`,
    });
    results.shards = { count: shardCount, coldSeconds: cold.seconds, coldPeakRssMb: cold.peakRssMb, changedSeconds: again.seconds, distBytes };
  }
}

// The alternative: the same text as a plain Starlight site, built cold with its own Pagefind.
type Cold = { seconds: number; peakRssMb: number; distBytes: number };
async function starlightBuild(): Promise<Cold | null> {
  // Inside the checkout, so astro and @astrojs/starlight resolve from its node_modules (Vite
  // does not follow a symlinked node_modules cleanly); removed after the run.
  const project = join(ROOT, '.bench-starlight');
  rmSync(project, { recursive: true, force: true });
  for (const [path, content] of Object.entries(starlightProject(corpus))) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), content);
  }
  const m = await measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (m.status !== 0) {
    console.error(`starlight build failed:\n${m.stdout.slice(-3000)}\n${m.stderr.slice(-3000)}`);
    return null;
  }
  const distBytes = dirSize(join(project, 'dist'));
  if (!keep) rmSync(project, { recursive: true, force: true });
  return { seconds: m.seconds, peakRssMb: m.peakRssMb, distBytes };
}

/** yaodian's build without PDFs once more, cold: fresh content, cache and output folders. */
async function yaodianBuild(): Promise<Cold | null> {
  const content = join(work, 'content-again');
  const dist = join(work, 'dist-again');
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const runEnv = { ...env, YAODIAN_CONTENT: content, YAODIAN_OUT: dist };
  let seconds = 0;
  let peakRssMb = 0;
  for (const stageArgs of [[join(ROOT, 'scripts/convert.ts'), '--plans', join(work, 'plans'), '--out', content], astroBuildArgs, [join(ROOT, 'scripts/search-index.ts')]]) {
    const m = await measure(process.execPath, [...stageArgs], { cwd: ROOT, env: runEnv });
    if (m.status !== 0) {
      console.error(`build failed:\n${m.stdout.slice(-3000)}\n${m.stderr.slice(-3000)}`);
      return null;
    }
    seconds += m.seconds;
    peakRssMb = Math.max(peakRssMb, m.peakRssMb);
  }
  const built = { seconds, peakRssMb, distBytes: dirSize(dist) };
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  return built;
}

/**
 * The stack's floor: the converted MDX built as bare pages (src/bench/floor.ts), with the site's
 * own Node settings for Astro, then indexed by the site's own search indexer (faster and leaner
 * than Pagefind's CLI with its Chinese segmenter); with the converter's own time, what any site
 * of these plans on this stack costs.
 */
async function floorBuild(): Promise<(Cold & { astroSeconds: number; pagefindSeconds: number }) | null> {
  const project = join(ROOT, '.bench-floor');
  rmSync(project, { recursive: true, force: true });
  const plansDir = join(work, 'content/plans');
  const mdx = Object.fromEntries(readdirSync(plansDir).filter((f) => f.endsWith('.mdx')).map((f) => [f, readFileSync(join(plansDir, f), 'utf8')]));
  for (const [path, content] of Object.entries(floorProject(mdx))) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), content);
  }
  const parts: number[] = [];
  let peakRssMb = 0;
  const floorEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAODIAN_CONTENT: join(work, 'content'), YAODIAN_OUT: join(project, 'dist') };
  for (const [cwd, command] of [[project, astroBuildArgs], [ROOT, [join(ROOT, 'scripts/search-index.ts')]]] as const) {
    const m = await measure(process.execPath, [...command], { cwd, env: floorEnv });
    if (m.status !== 0) {
      console.error(`floor build failed:\n${m.stdout.slice(-3000)}\n${m.stderr.slice(-3000)}`);
      return null;
    }
    parts.push(m.seconds);
    peakRssMb = Math.max(peakRssMb, m.peakRssMb);
  }
  const distBytes = dirSize(join(project, 'dist'));
  if (!keep) rmSync(project, { recursive: true, force: true });
  return { seconds: parts[0]! + parts[1]!, peakRssMb, distBytes, astroSeconds: parts[0]!, pagefindSeconds: parts[1]! };
}

let floorBuilt: (Cold & { astroSeconds: number; pagefindSeconds: number }) | null = null;
if (ok && floor && stages.has('convert')) {
  floorBuilt = await floorBuild();
  if (!floorBuilt) ok = false;
  else {
    const convert = rows.find((r) => r.stage === 'convert (CLI)')!;
    floorBuilt = { ...floorBuilt, seconds: floorBuilt.seconds + convert.seconds, peakRssMb: Math.max(floorBuilt.peakRssMb, convert.peakRssMb ?? 0) };
    rows.push({ stage: 'floor: convert + bare Astro/MDX pages + search index', seconds: floorBuilt.seconds, peakRssMb: floorBuilt.peakRssMb, note: `convert ${convert.seconds.toFixed(1)} s + Astro ${floorBuilt.astroSeconds.toFixed(1)} s + search index ${floorBuilt.pagefindSeconds.toFixed(1)} s; dist ${mb(floorBuilt.distBytes)}` });
    results.floor = floorBuilt;
  }
}

let starlight: Cold | null = null;
if (ok && versus === 'starlight') {
  starlight = await starlightBuild();
  if (!starlight) ok = false;
  else {
    rows.push({ stage: 'Starlight build (astro + its Pagefind)', seconds: starlight.seconds, peakRssMb: starlight.peakRssMb, note: `dist ${mb(starlight.distBytes)}` });
    results.starlight = starlight;
  }
}

const buildSeconds = coldSeconds();
console.log(`\n| stage | wall s | peak RSS | notes |\n| --- | ---: | ---: | --- |`);
for (const r of rows) console.log(`| ${r.stage} | ${r.seconds ? r.seconds.toFixed(2) : ''} | ${r.peakRssMb ? `${Math.round(r.peakRssMb)} MB` : ''} | ${r.note} |`);
const buildRows = rows.filter((r) => ['convert (CLI)', 'astro build', 'search index'].includes(r.stage));
const buildPeak = Math.max(0, ...buildRows.map((r) => r.peakRssMb ?? 0));
if (buildSeconds) console.log(`| build without PDFs (convert + astro + search) | ${buildSeconds.toFixed(2)} | ${Math.round(buildPeak)} MB | dist ${mb((results.distBytes as number) ?? 0)}, ${kb(((results.distBytes as number) ?? 0) / count)} a plan |`);
results.buildWithoutPdfSeconds = buildSeconds;
if (starlight && buildSeconds) {
  const ratios = { time: buildSeconds / starlight.seconds, memory: buildPeak / starlight.peakRssMb, dist: ((results.distBytes as number) ?? 0) / starlight.distBytes };
  // More runs, both sides cold in turn: each pair measured at the same moment gives one ratio.
  const pairs: Array<{ yaodian: Cold; starlight: Cold }> = [{ yaodian: { seconds: buildSeconds, peakRssMb: buildPeak, distBytes: results.distBytes as number }, starlight }];
  for (let run = 2; ok && run <= runs; run++) {
    const ours = await yaodianBuild();
    const theirs = ours && (await starlightBuild());
    if (!ours || !theirs) ok = false;
    else pairs.push({ yaodian: ours, starlight: theirs });
  }
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  if (pairs.length > 1) {
    console.log(`\n| run | yaodian | Starlight | time ratio | memory ratio |\n| --- | ---: | ---: | ---: | ---: |`);
    for (const [i, p] of pairs.entries()) {
      console.log(`| ${i + 1} | ${p.yaodian.seconds.toFixed(1)} s, ${Math.round(p.yaodian.peakRssMb)} MB | ${p.starlight.seconds.toFixed(1)} s, ${Math.round(p.starlight.peakRssMb)} MB | ${(p.yaodian.seconds / p.starlight.seconds).toFixed(2)}× | ${(p.yaodian.peakRssMb / p.starlight.peakRssMb).toFixed(2)}× |`);
    }
    ratios.time = median(pairs.map((p) => p.yaodian.seconds / p.starlight.seconds));
    ratios.memory = median(pairs.map((p) => p.yaodian.peakRssMb / p.starlight.peakRssMb));
    results.runs = pairs;
  }
  const of = (side: 'yaodian' | 'starlight', key: 'seconds' | 'peakRssMb') => median(pairs.map((p) => p[side][key]));
  const label = pairs.length > 1 ? `ratio (median of ${pairs.length} runs)` : 'ratio';
  console.log(`\n| ${count} plans, no PDFs${pairs.length > 1 ? ', medians' : ''} | yaodian | Starlight | ${label} |\n| --- | ---: | ---: | ---: |`);
  console.log(`| wall time, convert + astro + search index | ${of('yaodian', 'seconds').toFixed(1)} s | ${of('starlight', 'seconds').toFixed(1)} s | ${ratios.time.toFixed(2)}× |`);
  console.log(`| peak memory, whole process tree | ${Math.round(of('yaodian', 'peakRssMb'))} MB | ${Math.round(of('starlight', 'peakRssMb'))} MB | ${ratios.memory.toFixed(2)}× |`);
  console.log(`| dist/ | ${mb(results.distBytes as number)} (${kb((results.distBytes as number) / count)} a plan) | ${mb(starlight.distBytes)} | ${ratios.dist.toFixed(2)}× |`);
  if (floorBuilt) {
    console.log(`| the stack's floor (convert + bare Astro/MDX pages + search index), this run | ${floorBuilt.seconds.toFixed(1)} s, ${Math.round(floorBuilt.peakRssMb)} MB | | ${(floorBuilt.seconds / starlight.seconds).toFixed(2)}× time, ${(floorBuilt.peakRssMb / starlight.peakRssMb).toFixed(2)}× memory of Starlight's first run |`);
    results.floorVersusStarlight = { time: floorBuilt.seconds / starlight.seconds, memory: floorBuilt.peakRssMb / starlight.peakRssMb };
  }
  results.versusStarlight = ratios;
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', `results-${count}.json`), `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
if (!keep) rmSync(work, { recursive: true, force: true });
process.exit(ok ? 0 : 1);

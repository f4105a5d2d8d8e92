/**
 * npm run build:shards -- [--shards 2] [--out dist-shards] [--plans DIR] [--no-pdf]
 *
 * Build the corpus as independent shards split by year, for corpora past one machine: each
 * shard is a complete site (converted, printed, built and indexed on its own, so shards can run
 * on different machines) under <base><shard>/, and each shard's search page merges the other
 * shards' Pagefind indexes (mergeIndex), so one search covers every plan. A small index page at
 * <base> lists the shards.
 *
 * A shard whose plans (text, sidecar, registry entry, kept versions), place in the split and
 * project sources are what they were when it was last built is not built again: one plan added
 * or changed rebuilds its own shard only, and the other shards' search pages read its new index.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { siteConfig } from '../src/config/site.ts';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { planShards } from '../src/shards/plan-shards.ts';
import { PLAN_EXTENSIONS } from '../src/formats/index.ts';
import { readRegistry, writeRegistry } from './lib/plan-files.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const count = Number(arg('--shards', '2'));
const plansDir = resolve(arg('--plans', join(ROOT, 'plans')));
const out = resolve(arg('--out', join(ROOT, 'dist-shards')));
const work = resolve(arg('--work', join(ROOT, 'node_modules/.cache/yaodian-shards')));
const base = siteConfig(process.env, ROOT).base;
const node = process.execPath;

function run(step: string, script: string, scriptArgs: string[], env: Record<string, string>): void {
  const started = performance.now();
  const result = spawnSync(node, [join(ROOT, script), ...scriptArgs], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${result.status === 0 ? '✓' : '✗'} ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Years come from the converted models, so a plan's year is the one its page shows.
const all = join(work, 'all');
run('convert all plans (to read their years)', 'scripts/convert.ts', ['--plans', plansDir, '--out', all], {});
const years = new Map<string, number | null>();
for (const f of readdirSync(join(all, 'models'))) years.set(f.slice(0, -5), JSON.parse(readFileSync(join(all, 'models', f), 'utf8')).meta.year);
const shards = planShards(years, count);

/** Every file the build reads besides the plans; a change to any of them rebuilds every shard. */
function projectVersion(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(path, entry.name);
      // The default build's converted plans are data, not sources.
      if (full === join(ROOT, 'src/content')) continue;
      if (entry.isDirectory()) add(full);
      else hash.update(relative(ROOT, full)).update(readFileSync(full));
    }
  };
  for (const dir of ['src', 'scripts', 'public']) add(join(ROOT, dir));
  for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']) hash.update(file).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

// What each plan's output depends on, as the conversion of all plans just hashed it.
const inputs: Record<string, { input: string }> = JSON.parse(readFileSync(join(all, '.convert-cache.json'), 'utf8')).plans;
const version = projectVersion();
mkdirSync(out, { recursive: true });
// Shards of an earlier split that no longer exist are taken away.
for (const entry of readdirSync(out, { withFileTypes: true })) {
  if (entry.isDirectory() && !shards.some((s) => s.name === entry.name)) rmSync(join(out, entry.name), { recursive: true, force: true });
}
const registry = readRegistry(plansDir);
let built = 0;
for (const shard of shards) {
  const dir = join(work, shard.name);
  const others = shards.filter((s) => s !== shard).map((s) => `${base}${s.name}/`);
  const stampFile = join(dir, 'built.stamp');
  const stamp = createHash('sha256')
    .update(JSON.stringify({ version, base, others, pdf: !args.includes('--no-pdf'), plans: shard.slugs.map((slug) => [slug, inputs[slug]?.input ?? null]) }))
    .digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(join(out, shard.name, 'index.html'))) {
    console.log(`\nshard ${shard.name}: ${shard.slugs.length} plans (${shard.label}), unchanged since it was built`);
    continue;
  }
  rmSync(stampFile, { force: true });
  rmSync(join(out, shard.name), { recursive: true, force: true });
  rmSync(join(dir, 'plans'), { recursive: true, force: true });
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const slug of shard.slugs) {
    for (const ext of [...PLAN_EXTENSIONS, '.meta.yaml']) {
      // Copied, not linked: a shard's plans are files inside its plans/, as every input must be.
      if (existsSync(join(plansDir, slug + ext))) copyFileSync(join(plansDir, slug + ext), join(dir, 'plans', slug + ext));
    }
  }
  writeRegistry(join(dir, 'plans'), { version: 1, plans: Object.fromEntries(shard.slugs.filter((s) => registry.plans[s]).map((s) => [s, registry.plans[s]!])) });
  const env = {
    SITE_BASE: `${base}${shard.name}/`,
    YAODIAN_CONTENT: join(dir, 'content'),
    YAODIAN_OUT: join(out, shard.name),
    YAODIAN_PDF_CACHE: join(dir, 'pdf-cache'),
    PUBLIC_YAODIAN_SEARCH_MERGE: others.join(','),
  };
  console.log(`\nshard ${shard.name}: ${shard.slugs.length} plans (${shard.label})`);
  run('convert', 'scripts/convert.ts', ['--plans', join(dir, 'plans'), '--out', join(dir, 'content')], env);
  run('build (PDFs, site, search)', 'scripts/build.ts', ['--no-convert', ...(args.includes('--no-pdf') ? ['--no-pdf'] : [])], env);
  writeFileSync(stampFile, stamp);
  built++;
}
const list = shards.map((s) => `<li><a href="${base}${s.name}/">${s.label}</a>（${s.slugs.length} 份计划）</li>`).join('');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>要点 · 教育工作要点汇编</title></head><body><main><h1>教育工作要点汇编</h1><p>按年份分卷。每卷的检索都覆盖全部各卷。</p><ul>${list}</ul></main></body></html>\n`,
);
console.log(`\n${shards.length} shards in ${out} (${built} built, ${shards.length - built} unchanged)`);

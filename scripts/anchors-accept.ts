/**
 * npm run anchors:accept [-- --plans DIR]
 *
 * After reviewing a change to the plans, record every anchor the site now publishes in
 * plans/anchors/<slug>.json, one file per plan (keeping every anchor recorded before, and the
 * editors' decisions; a registry of earlier versions, plans/anchors.lock.json, is read and replaced).
 * Refuses while a published anchor matches no item: decide on it first.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { acceptAnchors, describeVanished } from '../src/anchors/reconcile.ts';
import { convertPlanFile, isPlanFile, readRegistry, readVersions, registryPath, writeRegistry } from './lib/plan-files.ts';
import { needsSnapshot } from '../src/compare/revisions.ts';
import { stemOf } from '../src/formats/index.ts';
import { ConvertError, formatDiagnostic } from '../src/converter/errors.ts';
import { buildCrossLinks } from '../src/crosslinks/build.ts';
import type { Plan } from '../src/schemas/plan.ts';
import type { Registry } from '../src/schemas/registry.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--plans');
const PLANS_DIR = at >= 0 ? resolve(args[at + 1]!) : join(import.meta.dirname, '..', 'plans');
let registry: Registry;
try {
  registry = readRegistry(PLANS_DIR);
} catch (error) {
  const e = error as ConvertError & { file?: string };
  console.error(`✗ ${e instanceof ConvertError ? formatDiagnostic(e.file ?? 'plans/anchors', e.line, e.message, e.rule) : String(error)}`);
  console.error('Nothing recorded: fix the registry first.');
  process.exit(1);
}
let problems = 0;
let added = 0;
const plans: Plan[] = [];
for (const name of readdirSync(PLANS_DIR).filter(isPlanFile).sort()) {
  const slug = stemOf(name);
  try {
    const { plan, vanished } = await convertPlanFile(join(PLANS_DIR, name), PLANS_DIR, registry);
    for (const v of vanished) {
      problems++;
      console.error(`✗ plans/${name}: ${describeVanished(v)}`);
    }
    const before = Object.keys(registry.plans[slug]?.anchors ?? {}).length;
    registry.plans[slug] = acceptAnchors(plan, registry.plans[slug]);
    plans.push(plan);
    added += Object.keys(registry.plans[slug]!.anchors).length - before;
  } catch (error) {
    problems++;
    console.error(`✗ plans/${name}: ${(error as Error).message}`);
  }
}
if (problems) {
  console.error(`\n${problems} problem(s): nothing recorded. Fix them, then run npm run anchors:accept again.`);
  process.exit(1);
}
// The pages of cited documents are published too: record each plan's citations and their slugs,
// so a slug keeps its document when later plans cite others that would share it.
const links = buildCrossLinks(plans, []);
for (const plan of plans) {
  const cited: Record<string, string> = {};
  for (const [key, slug] of links.citedSlugByKey) {
    if (links.cited.get(slug)?.citations.some((c) => c.plan === plan.slug)) cited[key] = slug;
  }
  registry.plans[plan.slug]!.cited = cited;
}
writeRegistry(PLANS_DIR, registry);
console.log(`${registryPath(PLANS_DIR)}/: ${added} new anchor(s) recorded, one file per plan.`);
// Each published text is kept, so a revised plan can say what changed (plans/history/<slug>/<date>.json).
const today = new Date().toISOString().slice(0, 10);
let kept = 0;
for (const plan of plans) {
  const versions = readVersions(PLANS_DIR, plan.slug);
  if (!needsSnapshot(versions, plan)) continue;
  mkdirSync(join(PLANS_DIR, 'history', plan.slug), { recursive: true });
  writeFileSync(join(PLANS_DIR, 'history', plan.slug, `${today}.json`), `${JSON.stringify(plan)}\n`);
  kept++;
}
if (kept) console.log(`plans/history/: ${kept} new version(s) kept, dated ${today}.`);

/**
 * npm run convert                      convert every plans/*.txt into src/content/
 * npm run --silent convert -- --json F print the plan model of one file, write nothing
 *   --plans DIR --out DIR              convert another corpus (tests, benchmarks, shards)
 *
 * The thin shell around src/converter: reads files, writes files, prints one line per plan,
 * and exits non-zero at the end if any plan failed (after converting all the others).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describeVanished } from '../src/anchors/reconcile.ts';
import { walk } from '../src/converter/convert.ts';
import { emitMdx } from '../src/converter/emit.ts';
import { ConvertError, formatDiagnostic } from '../src/converter/errors.ts';
import { convertPlanFile, readRegistry } from './lib/plan-files.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : fallback;
};
const PLANS_DIR = option('--plans', join(ROOT, 'plans'));
const OUT_DIR = option('--out', join(ROOT, 'src/content'));
const MDX_DIR = join(OUT_DIR, 'plans');
const MODEL_DIR = join(OUT_DIR, 'models');
/** How a plan file is named in messages: plans/x.txt. */
const display = (path: string) => relative(dirname(PLANS_DIR), path);

function describe(error: unknown, file: string): string {
  if (error instanceof ConvertError) {
    const where = (error as ConvertError & { file?: string }).file ?? file;
    return formatDiagnostic(where, error.line, error.message, error.rule);
  }
  return formatDiagnostic(file, null, `internal error: ${(error as Error).stack ?? String(error)}`, 'internal');
}

function jsonMode(path: string): number {
  const full = resolve(path);
  try {
    const { plan } = convertPlanFile(full, dirname(full), readRegistry(dirname(full)));
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error, path)}\n`);
    return 1;
  }
}

function convertAll(): number {
  mkdirSync(MDX_DIR, { recursive: true });
  mkdirSync(MODEL_DIR, { recursive: true });
  const registry = readRegistry(PLANS_DIR);
  const files = readdirSync(PLANS_DIR).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  const slugs = new Set<string>();
  let failed = 0;
  const started = performance.now();
  for (const name of files) {
    const path = join(PLANS_DIR, name);
    const slug = name.replace(/\.txt$/i, '');
    try {
      const { plan, vanished } = convertPlanFile(path, PLANS_DIR, registry);
      for (const v of vanished) plan.warnings.push({ line: null, rule: 'anchor-vanished', message: describeVanished(v) });
      writeIfChanged(join(MDX_DIR, `${slug}.mdx`), emitMdx(plan));
      writeIfChanged(join(MODEL_DIR, `${slug}.json`), `${JSON.stringify(plan, null, 2)}\n`);
      slugs.add(slug);
      const nodes = [...walk(plan.sections)];
      const items = nodes.filter((n) => n.number !== null).length - plan.sections.length;
      console.log(
        `✓ ${display(path)}: ${plan.meta.title} · ${plan.sections.length} sections, ${items} items, ${nodes.length} anchors, ${plan.removed.length} removed, ${plan.warnings.length} warnings`,
      );
      for (const w of plan.warnings) console.log(`  ${formatDiagnostic(display(path), w.line, w.message, w.rule)}`);
    } catch (error) {
      failed++;
      console.error(`✗ ${describe(error, display(path))}`);
    }
  }
  // Outputs of plans that were deleted or failed must not linger in the site.
  for (const [dir, ext] of [[MDX_DIR, '.mdx'], [MODEL_DIR, '.json']] as const) {
    for (const f of readdirSync(dir)) {
      if (f.endsWith(ext) && !slugs.has(f.slice(0, -ext.length))) rmSync(join(dir, f));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${files.length - failed} of ${files.length} plans converted in ${seconds.toFixed(2)} s${failed ? `; ${failed} failed` : ''}`);
  return failed ? 1 : 0;
}

function writeIfChanged(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  writeFileSync(path, content);
}

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) {
  const file = args[jsonAt + 1];
  if (!file) {
    console.error('usage: npm run --silent convert -- --json plans/<slug>.txt');
    process.exit(2);
  }
  process.exit(jsonMode(file));
}
process.exit(convertAll());

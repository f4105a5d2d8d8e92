/**
 * npm run convert                      convert every plans/*.txt into src/content/
 * npm run --silent convert -- --json F print the plan model of one file, write nothing
 *
 * The thin shell around src/converter: reads files, writes files, prints one line per plan,
 * and exits non-zero at the end if any plan failed (after converting all the others).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { convertBytes, walk } from '../src/converter/convert.ts';
import { emitMdx } from '../src/converter/emit.ts';
import { ConvertError, formatDiagnostic } from '../src/converter/errors.ts';
import { parseSidecar } from '../src/converter/sidecar.ts';
import type { Plan } from '../src/schemas/plan.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
/** `--plans DIR --out DIR` let tests and benchmarks convert another corpus. */
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? resolve(args[at + 1]!) : fallback;
};
const PLANS_DIR = option('--plans', join(ROOT, 'plans'));
const OUT_DIR = option('--out', join(ROOT, 'src/content'));
const MDX_DIR = join(OUT_DIR, 'plans');
const MODEL_DIR = join(OUT_DIR, 'models');
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** How a plan file is named in messages: plans/x.txt. */
const display = (path: string) => relative(dirname(PLANS_DIR), path);

function convertFile(path: string): Plan {
  const file = display(path);
  const slug = basename(path).replace(/\.txt$/i, '');
  if (!SLUG.test(slug)) {
    throw new ConvertError('bad-slug', `the file name must be lowercase ASCII letters, digits and hyphens (e.g. 2022-moe-basic-education.txt)`);
  }
  const sidecarPath = path.replace(/\.txt$/i, '.meta.yaml');
  let sidecar;
  if (existsSync(sidecarPath)) {
    try {
      sidecar = parseSidecar(readFileSync(sidecarPath, 'utf8'));
    } catch (error) {
      if (error instanceof ConvertError) throw Object.assign(error, { file: display(sidecarPath) });
      throw error;
    }
  }
  return convertBytes(readFileSync(path), { file, slug, sidecar });
}

function describe(error: unknown, file: string): string {
  if (error instanceof ConvertError) {
    const where = (error as ConvertError & { file?: string }).file ?? file;
    return formatDiagnostic(where, error.line, error.message, error.rule);
  }
  return formatDiagnostic(file, null, `internal error: ${(error as Error).stack ?? String(error)}`, 'internal');
}

function jsonMode(path: string): number {
  try {
    process.stdout.write(`${JSON.stringify(convertFile(resolve(path)), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error, path)}\n`);
    return 1;
  }
}

function convertAll(): number {
  mkdirSync(MDX_DIR, { recursive: true });
  mkdirSync(MODEL_DIR, { recursive: true });
  const files = readdirSync(PLANS_DIR).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  const slugs = new Set<string>();
  let failed = 0;
  const started = performance.now();
  for (const name of files) {
    const path = join(PLANS_DIR, name);
    const slug = name.replace(/\.txt$/i, '');
    try {
      const plan = convertFile(path);
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

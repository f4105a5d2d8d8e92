/**
 * npm run convert                      convert every plan in plans/ (.txt .html .htm .docx .pdf) into src/content/
 * npm run --silent convert -- --json F print the plan model of any file, write nothing
 *   [--slug SLUG]                      its slug (else one made from the file name)
 *   --plans DIR --out DIR              convert another corpus (tests, benchmarks, shards)
 *
 * The thin shell around src/converter: reads files, writes files, prints one line per plan,
 * and exits non-zero at the end if any plan failed (after converting all the others).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describeVanished } from '../src/anchors/reconcile.ts';
import { walk } from '../src/converter/convert.ts';
import { emitMdx } from '../src/converter/emit.ts';
import { ConvertError, formatDiagnostic } from '../src/converter/errors.ts';
import { SLUG, assertInputFile, convertPlanFile, isPlanFile, readRegistry, readVersions, registryPath, sidecarOf } from './lib/plan-files.ts';
import { latestRevision } from '../src/compare/revisions.ts';
import { stemOf } from '../src/formats/index.ts';
import { slugFromName } from '../src/converter/slug.ts';

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
const HISTORY_DIR = join(OUT_DIR, 'history');
/** How a plan file is named in messages: plans/x.txt. */
const display = (path: string) => relative(dirname(PLANS_DIR), path);

function describe(error: unknown, file: string): string {
  if (error instanceof ConvertError) {
    const where = (error as ConvertError & { file?: string }).file ?? file;
    return formatDiagnostic(where, error.line, error.message, error.rule);
  }
  return formatDiagnostic(file, null, `internal error: ${(error as Error).stack ?? String(error)}`, 'internal');
}

/** Any file, named as downloaded (2019学年工作要点(1).txt): its slug is --slug, else made from its name. */
async function jsonMode(path: string, slugOption: string | undefined): Promise<number> {
  const full = resolve(path);
  try {
    if (slugOption !== undefined && !SLUG.test(slugOption)) {
      throw new ConvertError('bad-slug', `--slug ${slugOption}: a slug is lowercase ASCII letters, digits and hyphens (e.g. 2019-school-plan)`);
    }
    const name = stemOf(basename(full));
    const slug = slugOption ?? (SLUG.test(name) ? name : slugFromName(full));
    const { plan } = await convertPlanFile(full, dirname(full), readRegistry(dirname(full)), slug, { anywhere: true });
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${describe(error, path)}\n`);
    return 1;
  }
}

/** The converter's own version: its sources. A change to any of them converts every plan again. */
function converterVersion(): string {
  const hash = createHash('sha256');
  for (const dir of ['src/converter', 'src/formats', 'src/anchors', 'src/schemas', 'src/text', 'src/crosslinks', 'scripts/lib']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) hash.update(f).update(readFileSync(join(ROOT, dir, f)));
  }
  hash.update(readFileSync(join(ROOT, 'scripts/convert.ts')));
  return hash.digest('hex');
}

/** What a plan's output depends on: its text, its sidecar, its registry entry, its kept versions. */
function inputHash(path: string, registryEntry: unknown): string {
  const hash = createHash('sha256').update(readFileSync(path));
  const sidecar = sidecarOf(path);
  if (existsSync(sidecar)) hash.update(readFileSync(sidecar));
  const history = join(PLANS_DIR, 'history', stemOf(basename(path)));
  if (existsSync(history)) for (const f of readdirSync(history).sort()) hash.update(f).update(readFileSync(join(history, f)));
  return hash.update(JSON.stringify(registryEntry ?? null)).digest('hex');
}

async function convertAll(): Promise<number> {
  // A broken registry (a merge conflict, a truncated file) stops everything before anything is written.
  let registry: ReturnType<typeof readRegistry>;
  try {
    registry = readRegistry(PLANS_DIR);
  } catch (error) {
    console.error(`✗ ${describe(error, display(registryPath(PLANS_DIR)))}`);
    console.error('Nothing was converted: fix the registry first.');
    return 1;
  }
  mkdirSync(MDX_DIR, { recursive: true });
  mkdirSync(MODEL_DIR, { recursive: true });
  mkdirSync(HISTORY_DIR, { recursive: true });
  // Plans whose text, sidecar, registry entry and converter are unchanged are not converted again.
  const cacheFile = join(OUT_DIR, '.convert-cache.json');
  const version = converterVersion();
  const previous: { version: string; plans: Record<string, { input: string; summary: string }> } = existsSync(cacheFile)
    ? JSON.parse(readFileSync(cacheFile, 'utf8'))
    : { version: '', plans: {} };
  const cache: typeof previous = { version, plans: {} };
  let unchanged = 0;
  const files = readdirSync(PLANS_DIR).filter(isPlanFile).sort();
  const slugs = new Set<string>();
  // One plan, one file: x.txt beside x.html would publish two plans under one address.
  const firstFile = new Map<string, string>();
  const writes: Array<Promise<void>> = [];
  let failed = 0;
  const started = performance.now();
  for (const name of files) {
    const path = join(PLANS_DIR, name);
    const slug = stemOf(name);
    try {
      const other = firstFile.get(slug);
      if (other) throw new ConvertError('bad-slug', `plans/${other} is the same plan (${slug}) — keep one file per plan (the best source: .txt, .html, .docx or .pdf) and remove the other`);
      firstFile.set(slug, name);
      assertInputFile(path, PLANS_DIR, false);
      const input = inputHash(path, registry.plans[slug]);
      const before = previous.plans[slug];
      if (previous.version === version && before?.input === input && existsSync(join(MDX_DIR, `${slug}.mdx`)) && existsSync(join(MODEL_DIR, `${slug}.json`))) {
        cache.plans[slug] = before;
        slugs.add(slug);
        unchanged++;
        console.log(before.summary);
        continue;
      }
      const { plan, vanished } = await convertPlanFile(path, PLANS_DIR, registry);
      for (const v of vanished) plan.warnings.push({ line: null, rule: 'anchor-vanished', message: describeVanished(v) });
      // Writes overlap with converting the next plans; the model is compact JSON (it is read by
      // the build, not by people: `--json` prints it readable).
      writes.push(writeIfChanged(join(MDX_DIR, `${slug}.mdx`), emitMdx(plan)), writeIfChanged(join(MODEL_DIR, `${slug}.json`), JSON.stringify(plan)));
      // A plan revised since a kept version: the version before, for the page that compares them.
      const revision = latestRevision(readVersions(PLANS_DIR, slug), plan);
      if (revision) {
        writes.push(writeIfChanged(join(HISTORY_DIR, `${slug}.json`), JSON.stringify({ revisedOn: revision.revisedOn, previousDate: revision.previous.date, previous: revision.previous.plan })));
      } else rmSync(join(HISTORY_DIR, `${slug}.json`), { force: true });
      if (writes.length >= 64) await Promise.all(writes.splice(0));
      slugs.add(slug);
      const nodes = [...walk(plan.sections)];
      const items = nodes.filter((n) => n.number !== null).length - plan.sections.length;
      const summary = [
        `✓ ${display(path)}: ${plan.meta.title} · ${plan.sections.length} sections, ${items} items, ${nodes.length} anchors, ${plan.removed.length} removed, ${plan.warnings.length} warnings`,
        ...plan.warnings.map((w) => `  ${formatDiagnostic(display(path), w.line, w.message, w.rule)}`),
      ].join('\n');
      console.log(summary);
      cache.plans[slug] = { input, summary };
    } catch (error) {
      failed++;
      console.error(`✗ ${describe(error, display(path))}`);
    }
  }
  await Promise.all(writes);
  // Outputs of plans that were deleted or failed must not linger in the site.
  for (const [dir, ext] of [[MDX_DIR, '.mdx'], [MODEL_DIR, '.json'], [HISTORY_DIR, '.json']] as const) {
    for (const f of readdirSync(dir)) {
      if (f.endsWith(ext) && !slugs.has(f.slice(0, -ext.length))) rmSync(join(dir, f));
    }
  }
  await writeFile(cacheFile, JSON.stringify(cache));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${files.length - failed} of ${files.length} plans converted in ${seconds.toFixed(2)} s${unchanged ? ` (${unchanged} unchanged, not converted again)` : ''}${failed ? `; ${failed} failed` : ''}`,
  );
  return failed ? 1 : 0;
}

async function writeIfChanged(path: string, content: string): Promise<void> {
  if (existsSync(path) && (await readFile(path, 'utf8')) === content) return;
  await writeFile(path, content);
}

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0) {
  const file = args[jsonAt + 1];
  if (!file) {
    console.error('usage: npm run --silent convert -- --json FILE [--slug SLUG]');
    process.exit(2);
  }
  const slugAt = args.indexOf('--slug');
  process.exit(await jsonMode(file, slugAt >= 0 ? (args[slugAt + 1] ?? '') : undefined));
}
process.exit(await convertAll());

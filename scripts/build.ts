/**
 * npm run build: convert every plan, print the PDFs, build the site with Astro, index it with Pagefind.
 * `--no-convert` builds from content already converted (YAODIAN_CONTENT); `--no-pdf` skips
 * printing (a quick preview; the plan pages then have no PDF link).
 * A plan that fails to convert is left out of the site and makes the build exit non-zero
 * at the end, after everything else was built.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(name: string, command: string, args: string[]): number {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  const status = result.status ?? 1;
  console.log(`${status === 0 ? '✓' : '✗'} ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return status;
}

const node = process.execPath;
const args = process.argv.slice(2);
const convertStatus = args.includes('--no-convert') ? 0 : step('convert plans', node, [join(ROOT, 'scripts/convert.ts')]);
const pdfs = !args.includes('--no-pdf');
if (pdfs && step('print PDFs', node, [join(ROOT, 'scripts/pdf.ts')]) !== 0) process.exit(1);
if (step('astro build', node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']) !== 0) process.exit(1);
if (pdfs && step('install PDFs', node, [join(ROOT, 'scripts/pdf.ts'), '--install']) !== 0) process.exit(1);
if (step('search index (pagefind)', node, [join(ROOT, 'scripts/search-index.ts')]) !== 0) process.exit(1);
if (convertStatus !== 0) {
  console.error('\nThe site was built without the plans that failed to convert (see ✗ lines above).');
  process.exit(convertStatus);
}

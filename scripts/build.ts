/**
 * npm run build: convert every plan, print the PDFs, build the site with Astro, index it with Pagefind.
 * `--no-convert` builds from content already converted (YAODIAN_CONTENT); `--no-pdf` skips
 * printing (a quick preview; the plan pages then have no PDF link).
 *
 * The new site is written beside the old one (`dist.next/`) and swapped in only when every step
 * succeeded: a failed build exits non-zero and leaves the previous `dist/` as it was. A plan
 * that fails to convert fails the build too, after everything else was built; the site without
 * it is left in `dist.next/` to look at. Builds in one checkout share Astro's state, so a second
 * build started while one runs stops at once and says so (a lock file).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { astroBuildArgs } from './lib/astro-build.ts';
import { BuildLog } from './lib/build-log.ts';
import { acquireLock } from './lib/lock.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = resolve(process.env.YAODIAN_OUT ?? join(ROOT, 'dist'));
const STAGING = `${OUT}.next`;
const RETIRED = `${OUT}.old`;

const lock = acquireLock(join(ROOT, 'node_modules/.cache/yaodian/build.lock'), 'build');
if (!lock.ok) {
  console.error(`✗ ${lock.message}`);
  process.exit(75);
}
const releaseLock = lock.release;

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAODIAN_OUT: STAGING };

/**
 * Run one stage, its output read through the build log: thousands of copies of one warning
 * become one line with a count, thousands of pages a progress line now and then.
 */
async function step(name: string, command: string, args: string[]): Promise<number> {
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = new BuildLog();
  const pipe = (stream: NodeJS.ReadableStream, write: (line: string) => void) =>
    new Promise<void>((done) => {
      createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
        .on('line', (line) => {
          for (const out of log.feed(line)) write(out);
        })
        .on('close', done);
    });
  const [status] = await Promise.all([
    new Promise<number>((done) => child.on('close', (code) => done(code ?? 1))),
    pipe(child.stdout, (l) => console.log(l)),
    pipe(child.stderr, (l) => console.error(l)),
  ]);
  for (const line of log.finish()) console.log(line);
  console.log(`${status === 0 ? '✓' : '✗'} ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return status;
}

function fail(status: number): never {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\nThe build failed; ${OUT} is unchanged.`);
  releaseLock();
  process.exit(status);
}

rmSync(STAGING, { recursive: true, force: true });
const node = process.execPath;
const args = process.argv.slice(2);
const convertStatus = args.includes('--no-convert') ? 0 : await step('convert plans', node, [join(ROOT, 'scripts/convert.ts')]);
const pdfs = !args.includes('--no-pdf');
if (pdfs && (await step('print PDFs', node, [join(ROOT, 'scripts/pdf.ts')])) !== 0) fail(1);
if ((await step('astro build', node, [...astroBuildArgs])) !== 0) fail(1);
if (pdfs && (await step('install PDFs', node, [join(ROOT, 'scripts/pdf.ts'), '--install'])) !== 0) fail(1);
if ((await step('search index (pagefind)', node, [join(ROOT, 'scripts/search-index.ts')])) !== 0) fail(1);
if (convertStatus !== 0) {
  console.error(`\nSome plans failed to convert (see ✗ lines above): ${OUT} is unchanged; the site without them is in ${STAGING} to look at.`);
  releaseLock();
  process.exit(convertStatus);
}
// Every step succeeded: swap the new site in.
rmSync(RETIRED, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, RETIRED);
renameSync(STAGING, OUT);
rmSync(RETIRED, { recursive: true, force: true });
releaseLock();
console.log(`\n✓ site written to ${OUT}`);

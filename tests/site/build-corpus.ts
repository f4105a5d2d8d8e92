/**
 * Build a throw-away site from <work>/plans, as npm run build does, into <work>/dist
 * (PDFs only when asked), for the tests.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export function buildCorpus(work: string, options: { pdf?: boolean; env?: Record<string, string> } = {}): void {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAODIAN_CONTENT: join(work, 'content'), YAODIAN_OUT: join(work, 'dist'), ...options.env };
  const steps = [
    ['scripts/convert.ts', '--plans', join(work, 'plans'), '--out', join(work, 'content')],
    ['scripts/build.ts', '--no-convert', ...(options.pdf ? [] : ['--no-pdf'])],
  ];
  for (const args of steps) {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${args[0]} failed:\n${run.stdout}\n${run.stderr}`);
  }
}

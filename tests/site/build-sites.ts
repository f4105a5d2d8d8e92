/**
 * Vitest global setup: convert the bundled plans and build the site twice, for SITE_BASE=/ and
 * SITE_BASE=/yaodian/, into a temporary folder, as `npm run build` does. Tests of the built
 * site read the folders from `inject('sites')`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { content: string; root: string; sub: string };
  }
}

const ROOT = join(import.meta.dirname, '../..');

function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'yaodian-site-'));
  const content = join(work, 'content');
  run([join(ROOT, 'scripts/convert.ts'), '--out', content], {});
  const sites = { content, root: join(work, 'root'), sub: join(work, 'sub') };
  for (const [out, base] of [[sites.root, '/'], [sites.sub, '/yaodian/']] as const) {
    run([join(ROOT, 'scripts/build.ts'), '--no-convert'], { YAODIAN_CONTENT: content, YAODIAN_OUT: out, SITE_BASE: base, SITE_URL: 'https://yaodian.example.org' });
  }
  project.provide('sites', sites);
  return () => rmSync(work, { recursive: true, force: true });
}

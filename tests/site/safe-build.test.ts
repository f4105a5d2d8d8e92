/**
 * A failed build never leaves a broken site, and two builds in one checkout never interleave:
 * the new site is swapped in only when every step succeeded; a second build started while one
 * runs stops at once and says why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BUILD = join(ROOT, 'scripts/build.ts');

function tree(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hash.update(path.slice(dir.length)).update(readFileSync(path));
  }
  return hash.digest('hex');
}

function site() {
  const work = mkdtempSync(join(tmpdir(), 'yaodian-safe-'));
  mkdirSync(join(work, 'plans'));
  copyFileSync(join(ROOT, 'plans/2022-moe-basic-education.txt'), join(work, 'plans/2022-moe-basic-education.txt'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAODIAN_CONTENT: join(work, 'content'), YAODIAN_OUT: join(work, 'dist') };
  const convert = spawnSync(process.execPath, [join(ROOT, 'scripts/convert.ts'), '--plans', join(work, 'plans'), '--out', join(work, 'content')], { env, encoding: 'utf8' });
  if (convert.status !== 0) throw new Error(convert.stderr);
  return { work, env, dist: join(work, 'dist') };
}

const build = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [BUILD, '--no-convert', '--no-pdf'], { cwd: ROOT, env, encoding: 'utf8' });

test('a step that fails leaves the previous site byte for byte, and no half-built folder', { timeout: 240_000 }, () => {
  const { work, env, dist } = site();
  const first = build(env);
  expect(first.status, first.stderr).toBe(0);
  expect(existsSync(join(dist, 'plans/2022-moe-basic-education/index.html'))).toBe(true);
  const before = tree(dist);

  // A model the content collection rejects: Astro's step fails.
  writeFileSync(join(work, 'content/models/2022-moe-basic-education.json'), '{"slug": 42}');
  const failed = build(env);
  expect(failed.status).not.toBe(0);
  expect(failed.stderr).toContain(`The build failed; ${dist} is unchanged.`);
  expect(tree(dist)).toBe(before);
  expect(existsSync(`${dist}.next`)).toBe(false);
});

test('two builds started at once: one builds, the other stops at once and says why', { timeout: 240_000 }, async () => {
  const { env, dist } = site();
  const run = () =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BUILD, '--no-convert', '--no-pdf'], { cwd: ROOT, env });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.resume();
      child.on('close', (status) => resolve({ status, stderr }));
    });
  const results = await Promise.all([run(), run()]);
  const ok = results.filter((r) => r.status === 0);
  const refused = results.filter((r) => r.status !== 0);
  expect(ok).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(refused[0]!.status).toBe(75);
  expect(refused[0]!.stderr).toMatch(/another build \(pid \d+, since .*\) is running in this checkout — wait for it to finish/);
  expect(existsSync(join(dist, 'plans/2022-moe-basic-education/index.html'))).toBe(true);
  expect(existsSync(join(ROOT, 'node_modules/.cache/yaodian/build.lock'))).toBe(false);
});

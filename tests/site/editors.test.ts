/**
 * Safe for a team of editors: inputs stay inside plans/, a registry merges and says what is
 * wrong with it, every error an editor can cause is a catalogued diagnostic, never a crash.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/anchors/reconcile.ts';
import { formatPlanRegistry, parsePlanRegistry } from '../../src/anchors/registry-file.ts';
import { convertBytes } from '../../src/converter/convert.ts';
import { ConvertError } from '../../src/converter/errors.ts';
import { parseSidecar } from '../../src/converter/sidecar.ts';
import { readRegistry } from '../../scripts/lib/plan-files.ts';
import { ROOT } from '../helpers.ts';

const CONVERT = join(ROOT, 'scripts/convert.ts');
const ACCEPT = join(ROOT, 'scripts/anchors-accept.ts');
const plan = (slug: string) => readFileSync(join(ROOT, 'plans', `${slug}.txt`));
const convert = (dir: string) => spawnSync(process.execPath, [CONVERT, '--plans', join(dir, 'plans'), '--out', join(dir, 'content')], { encoding: 'utf8' });
const accept = (dir: string) => spawnSync(process.execPath, [ACCEPT, '--plans', join(dir, 'plans')], { encoding: 'utf8' });

function project(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'yaodian-safety-'));
  mkdirSync(join(dir, 'plans'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'plans', name), content);
  return dir;
}

describe('inputs are files inside plans/', () => {
  test('a link to a file outside plans/ is refused, naming it; the other plans convert', () => {
    const dir = project({ 'a-good.txt': plan('2022-moe-basic-education') });
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, '内部文件\n一、不应发布\n这是一段不应出现在网站上的中文文字，它在项目之外。\n');
    symlinkSync(secret, join(dir, 'plans', 'b-link.txt'));
    symlinkSync(join(dir, 'plans', 'a-good.txt'), join(dir, 'plans', 'c-inside-link.txt'));
    const run = convert(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`✗ plans/b-link.txt: is a link to ${secret}, outside plans/ — links that leave plans/ are refused; copy the file into plans/ instead [outside-link]`);
    expect(existsSync(join(dir, 'content/models/b-link.json'))).toBe(false);
    expect(existsSync(join(dir, 'content/models/a-good.json'))).toBe(true);
    expect(existsSync(join(dir, 'content/models/c-inside-link.json'))).toBe(true);
  });

  test('a file too large to be a plan is refused with its size', () => {
    const dir = project({ 'huge.txt': new Uint8Array(21 * 1024 * 1024).fill(0x41) });
    const run = convert(dir);
    expect(run.stderr).toContain('✗ plans/huge.txt: is 21.0 MB; plans are capped at 20 MB — is it the right file?');
  });

  test('a sidecar alias bomb is a sidecar diagnostic, not a crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`), 'title: *g', ''].join('\n');
    const dir = project({ 'p.txt': plan('2022-moe-basic-education'), 'p.meta.yaml': bomb });
    const run = convert(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/✗ plans\/p\.meta\.yaml:1: the YAML cannot be read as values \(.*\) — write each value out instead of using aliases \(&name, \*name\) \[sidecar-yaml\]/);
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('the anchor registry merges', () => {
  const git = (dir: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=editor', '-c', 'user.email=editor@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });

  test('two branches that add two plans merge without conflict, and the merged registry holds', () => {
    const dir = project({ '2022-moe-basic-education.txt': plan('2022-moe-basic-education') });
    expect(accept(dir).status).toBe(0);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'one plan');
    git(dir, 'checkout', '-qb', 'a');
    writeFileSync(join(dir, 'plans', '2020-district-education.txt'), plan('2020-district-education'));
    expect(accept(dir).status).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'add a district plan');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-qb', 'b');
    writeFileSync(join(dir, 'plans', '2021-district-basic-education.txt'), plan('2021-district-basic-education'));
    expect(accept(dir).status).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'add another');
    git(dir, 'checkout', '-q', 'a');
    git(dir, 'merge', '-q', '--no-edit', 'b');
    expect(git(dir, 'status', '--porcelain')).toBe('');

    const registry = readRegistry(join(dir, 'plans'));
    expect(Object.keys(registry.plans).sort()).toEqual(['2020-district-education', '2021-district-basic-education', '2022-moe-basic-education']);
    for (const slug of Object.keys(registry.plans)) {
      const converted = convertBytes(plan(slug), { file: `plans/${slug}.txt`, slug });
      expect(reconcile(converted, registry.plans[slug]).vanished).toEqual([]);
    }
    expect(convert(dir).status).toBe(0);
  });

  test('a conflicted registry file stops the conversion before anything is written, naming its line', () => {
    const dir = project({ 'p.txt': plan('2022-moe-basic-education') });
    expect(accept(dir).status).toBe(0);
    const file = join(dir, 'plans/anchors/p.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(3, 0, '<<<<<<< HEAD', '    "s9": {"path":"九","title":"","sketch":[]},', '=======', '>>>>>>> other');
    writeFileSync(file, lines.join('\n'));
    const run = convert(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ plans/anchors/p.json:4: merge conflict markers (<<<<<<< ======= >>>>>>>) — keep the anchors of both sides');
    expect(run.stderr).toContain('[registry-conflict]');
    expect(existsSync(join(dir, 'content'))).toBe(false);
    expect(accept(dir).stderr).toContain('✗ plans/anchors/p.json:4: merge conflict markers');
  });

  test('a truncated registry file says where and what to do', () => {
    const dir = project({ 'p.txt': plan('2022-moe-basic-education') });
    expect(accept(dir).status).toBe(0);
    const file = join(dir, 'plans/anchors/p.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 300));
    const run = convert(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/✗ plans\/anchors\/p\.json:\d+: not valid JSON .* \(merge conflict\?\); restore it from version control .* \[registry-json\]/);
    expect(run.stderr).not.toMatch(/at readRegistry|SyntaxError: /);
  });

  test('one anchor a line, sorted: the file reads back as written', () => {
    const entry = { anchors: { s2: { path: '二', title: '乙', sketch: [] }, s1: { path: '一', title: '甲', sketch: ['0000abcd'] } }, decisions: { s3: { retire: '已并入第一条。' } }, cited: { '中小学德育工作指南': 'zhong-xiao-xue-de-yu-gong-zuo-zhi-nan' } };
    const text = formatPlanRegistry(entry);
    expect(text.split('\n').filter((l) => l.startsWith('    "s'))).toHaveLength(3);
    expect(text).toContain('"cited": {\n    "中小学德育工作指南": "zhong-xiao-xue-de-yu-gong-zuo-zhi-nan"\n  }');
    expect(text.indexOf('"s1"')).toBeLessThan(text.indexOf('"s2"'));
    expect(parsePlanRegistry(text)).toEqual(entry);
  });
});

describe('only catalogued diagnostics, never a crash', () => {
  const YAML_PIECES = ['title: ', 'year: ', 'issuer: ', 'date: ', 'level: ', 'titles:\n  s1-1: ', '&a ', '*a', '[', ']', '{', '}', '- ', ': ', '"', "'", '\n', '  ', '2022', '2022-13-45', 'school', '教育局', '!!binary', '%YAML 1.2\n', '---\n', '<<: *a', '? '];
  test('sidecars: any text is a sidecar or a ConvertError with a rule', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 20 }), (pieces) => {
        try {
          parseSidecar(pieces.join(''));
        } catch (error) {
          expect(error).toBeInstanceOf(ConvertError);
          expect((error as ConvertError).rule).toMatch(/^sidecar-/);
        }
      }),
      { numRuns: 400 },
    );
  });
  test('registry files: any text is an entry or a ConvertError with a rule and a line', () => {
    const valid = formatPlanRegistry({ anchors: { s1: { path: '一', title: '甲', sketch: ['0000abcd'] } }, decisions: {}, cited: {} });
    fc.assert(
      fc.property(fc.nat({ max: valid.length }), fc.nat({ max: valid.length }), fc.string({ maxLength: 12 }), (from, to, insert) => {
        const text = valid.slice(0, Math.min(from, to)) + insert + valid.slice(Math.max(from, to));
        try {
          parsePlanRegistry(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ConvertError);
          expect((error as ConvertError).rule).toMatch(/^registry-/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

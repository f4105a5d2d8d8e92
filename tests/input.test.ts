/**
 * Input as it arrives: any of the encodings Chinese sites use, bad files, broken sidecars, and
 * the command line that converts a whole folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { convertBytes } from '../src/converter/convert.ts';
import { decode } from '../src/converter/decode.ts';
import { ConvertError } from '../src/converter/errors.ts';
import { parseSidecar } from '../src/converter/sidecar.ts';
import { convertSeed, ROOT, seeds } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('encodings give identical models', () => {
  test.each(seeds.map((s) => s.slug))('%s as UTF-8+BOM, UTF-16LE, UTF-16BE and GB18030', (slug) => {
    const original = convertSeed(slug);
    const text = decode(seeds.find((s) => s.slug === slug)!.bytes).text;
    const variants: Record<string, Uint8Array> = {
      'utf-8': withBom([0xef, 0xbb, 0xbf], utf8(text)),
      'utf-16le': withBom([0xff, 0xfe], iconv.encode(text, 'utf-16le')),
      'utf-16be': withBom([0xfe, 0xff], iconv.encode(text, 'utf-16be')),
      gb18030: iconv.encode(text, 'gb18030'),
    };
    for (const [encoding, bytes] of Object.entries(variants)) {
      const plan = convertBytes(bytes, { file: original.meta.source, slug });
      expect(plan.meta.encoding).toBe(encoding);
      expect({ ...plan, meta: { ...plan.meta, encoding: 'x' } }).toEqual({ ...original, meta: { ...original.meta, encoding: 'x' } });
    }
  });

  test('undecodable bytes name the byte offset', () => {
    const bytes = new Uint8Array([...utf8('一、总体要求\n'), 0x80, 0xff, 0xfe, 0x41]);
    expect(() => decode(bytes)).toThrow(/byte 19 cannot be read as UTF-8 or GB18030/);
  });
});

function convertError(bytes: Uint8Array): ConvertError {
  try {
    convertBytes(bytes, { file: 'plans/x.txt', slug: 'x' });
  } catch (error) {
    if (error instanceof ConvertError) return error;
    throw error;
  }
  throw new Error('expected a ConvertError');
}

describe('bad input gets a clear error', () => {
  test.each([
    ['an empty file', new Uint8Array(), 'empty-file', /the file is empty/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary-file', /byte 8 is NUL/],
    ['random bytes without NUL', new Uint8Array(Array.from({ length: 600 }, (_, i) => 1 + ((i * 97) % 31))), 'binary-file', /not text/],
    ['only blank lines', utf8('\n\n  \n'), 'no-chinese', /no Chinese/],
    ['text with no numbered structure', utf8('关于做好教育工作的一些想法\n\n我们要认真做好各项工作，努力办好人民满意的教育。\n'), 'no-structure', /found no numbered items/],
  ])('%s', (_name, bytes, rule, message) => {
    const error = convertError(bytes);
    expect(error.rule).toBe(rule);
    expect(error.message).toMatch(message);
  });
});

describe('sidecar', () => {
  test('overrides fields and title splits', () => {
    const s = seeds.find((x) => x.slug === '2020-district-education')!;
    const plan = convertBytes(s.bytes, {
      file: s.file,
      slug: s.slug,
      sidecar: parseSidecar('title: 2020年X区教育工作要点\nissuer: X区教育局\nlevel: district\ndate: 2020-02-20\ntitles:\n  s1-1-1: 积极主动\n'),
    });
    expect(plan.meta).toMatchObject({ title: '2020年X区教育工作要点', titleSource: 'sidecar', issuer: 'X区教育局', level: 'district', date: '2020-02-20' });
    const item = plan.sections[0]!.children[0]!.children[0]!;
    expect(item.title).toBe('积极主动');
    expect(item.paragraphs[0]).toMatch(/^履职作为。落实教育优先/);
  });

  test.each([
    ['a tab in the indentation', 'title: x\n\tyear: 1\n', 2, /not valid YAML: Tabs/],
    ['a key given twice', 'title: x\nyear: 2020\nyear: 2021\n', 3, /not valid YAML: Map keys must be unique/],
    ['a wrong type', 'title: x\nyear: 二〇二〇\n', 2, /`year`/],
    ['an unknown key', 'title: x\n\nauthor: 某人\n', 1, /unrecognized key|author/i],
    ['a bad date', 'date: 2020/02/20\n', 1, /YYYY-MM-DD/],
    ['a bad level', 'year: 2020\nlevel: county\n', 2, /`level`/],
  ])('%s is reported with its line', (_name, yaml, line, message) => {
    let error: unknown;
    try {
      parseSidecar(yaml);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConvertError);
    expect((error as ConvertError).line).toBe(line);
    expect((error as ConvertError).message).toMatch(message);
  });
});

describe('npm run convert', () => {
  const cli = join(ROOT, 'scripts/convert.ts');

  function corpus(files: Record<string, string | Uint8Array>) {
    const dir = mkdtempSync(join(tmpdir(), 'yaodian-'));
    mkdirSync(join(dir, 'plans'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'plans', name), content);
    return dir;
  }

  test('one bad plan does not stop the others; the exit code says so at the end', () => {
    const good = readFileSync(join(ROOT, 'plans/2022-moe-basic-education.txt'));
    const dir = corpus({
      'a-empty.txt': '',
      'b-binary.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
      'c-no-structure.txt': '一些想法\n我们要认真做好各项工作，努力办好人民满意的教育。\n',
      'd-good.txt': good,
      'e-bad-sidecar.txt': good,
      'e-bad-sidecar.meta.yaml': 'year: 2022\nlevel: county\n',
    });
    const run = spawnSync(process.execPath, [cli, '--plans', join(dir, 'plans'), '--out', join(dir, 'content')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ plans/a-empty.txt: the file is empty');
    expect(run.stderr).toContain('✗ plans/b-binary.txt: byte 4 is NUL');
    expect(run.stderr).toMatch(/✗ plans\/c-no-structure\.txt:\d+: found no numbered items/);
    expect(run.stderr).toMatch(/✗ plans\/e-bad-sidecar\.meta\.yaml:2: `level`/);
    expect(run.stdout).toMatch(/✓ plans\/d-good\.txt: 教育部基础教育司2022年工作要点 · 4 sections, 14 items, 19 anchors/);
    expect(run.stdout).toContain('1 of 5 plans converted');
    expect(readdirSync(join(dir, 'content/plans'))).toEqual(['d-good.mdx']);
    expect(readdirSync(join(dir, 'content/models'))).toEqual(['d-good.json']);
  });

  test('every format in one run: a broken Word file, a .doc, a duplicate and a 50 MB page on one line stop only themselves', () => {
    const page = readFileSync(join(ROOT, 'tests/fixtures/formats/school-plan-with-tables.html'));
    const dir = corpus({
      'a-page.html': page,
      'b-broken.docx': '这不是一个 Word 文件',
      'c-old.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'd-good.txt': readFileSync(join(ROOT, 'plans/2022-moe-basic-education.txt')),
      'd-good.htm': page,
      'e-huge.html': `<html><body><p>${'一、总体要求'.repeat(3_000_000)}</p></body></html>`,
    });
    const run = spawnSync(process.execPath, [cli, '--plans', join(dir, 'plans'), '--out', join(dir, 'content')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✓ plans\/a-page\.html: 江南县第三中学2023年工作要点 · 2 sections, 4 items/);
    expect(run.stderr).toContain('✗ plans/b-broken.docx: is named .docx but is not a Word file');
    expect(run.stderr).toContain('✗ plans/c-old.doc: .doc files are not read — open it in Word or WPS and save it as .docx');
    expect(run.stderr).toContain('✗ plans/d-good.txt: plans/d-good.htm is the same plan (d-good)');
    expect(run.stderr).toMatch(/✗ plans\/e-huge\.html: is 5\d\.\d MB; plans are capped at 20 MB/);
    expect(readdirSync(join(dir, 'content/models')).sort()).toEqual(['a-page.json', 'd-good.json']);
  });

  test('--json prints the plan model and writes nothing', () => {
    const out = execFileSync(process.execPath, [cli, '--json', join(ROOT, 'plans/2021-district-basic-education.txt')], { encoding: 'utf8' });
    const plan = JSON.parse(out);
    expect(plan.slug).toBe('2021-district-basic-education');
    expect(plan.meta.title).toBe('2021年基础教育工作要点');
  });
});

/**
 * Which folders may import which: the converter's pure core never imports site code (pages,
 * components, layouts, data queries) or Astro, and the pages never parse raw text (they read
 * the plan model; only scripts/ call the converter's readers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const offending = (dir: string, forbidden: RegExp) =>
  files(join(SRC, dir)).flatMap((f) => imports(f).filter((i) => forbidden.test(i)).map((i) => `${relative(SRC, f)} imports ${i}`));

describe('layers', () => {
  test('the converter and the other pure cores import no site code and no Astro', () => {
    const site = /(?:^|\/)(?:pages|components|layouts|data)\/|^astro(?::|\/|$)/;
    for (const core of ['converter', 'formats', 'schemas', 'anchors', 'eval', 'text', 'crosslinks', 'search', 'pdf']) expect(offending(core, site)).toEqual([]);
  });
  test('pages, components and data queries never parse raw text', () => {
    const readers = /converter\/(?:decode|normalize|strip|rejoin|parts|meta|outline|title-split|convert|document|doubts)\.ts$|formats\//;
    for (const view of ['pages', 'components', 'layouts', 'data']) expect(offending(view, readers)).toEqual([]);
  });
});

/**
 * Converting twice and building twice give byte-identical output: the MDX, the models, every
 * page, the search index and the PDFs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';

const sites = inject('sites');

function files(dir: string, skip: RegExp): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (!skip.test(path)) out.set(path, readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

test.each([
  ['converted content', () => [sites.content, sites.again.content] as const, /^\.astro-cache\//],
  ['built site, search index and PDFs', () => [sites.root, sites.again.root] as const, /^$/],
])('%s: byte-identical the second time', (_name, dirs, skip) => {
  const [first, second] = dirs();
  const a = files(first, skip);
  const b = files(second, skip);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
  expect(a.size).toBeGreaterThan(10);
});

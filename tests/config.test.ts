/** The environment, read in one place: base paths in one form, content and output folders. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { normalizeBase, siteConfig, under } from '../src/config/site.ts';

test.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['yaodian', '/yaodian/'],
  ['/yaodian', '/yaodian/'],
  ['//yaodian//', '/yaodian/'],
  ['/a/b/', '/a/b/'],
])('SITE_BASE %s is %s', (base, normal) => expect(normalizeBase(base)).toBe(normal));

test('paths under a base have one slash between', () => {
  expect(under('/yaodian', '/plans/x/')).toBe('/yaodian/plans/x/');
  expect(under('/', 'plans/x/')).toBe('/plans/x/');
});

test('defaults, and the variables that move content and output', () => {
  expect(siteConfig({}, '/p')).toEqual({ contentDir: join('/p', 'src/content'), outDir: join('/p', 'dist'), siteUrl: 'http://localhost:4321', base: '/' });
  expect(siteConfig({ YAODIAN_CONTENT: '/c', YAODIAN_OUT: '/o', SITE_URL: 'https://e.org', SITE_BASE: 'y' }, '/p')).toEqual({ contentDir: '/c', outDir: '/o', siteUrl: 'https://e.org', base: '/y/' });
});

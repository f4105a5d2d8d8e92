// @ts-check
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  // Benchmarks and sharded builds point the build at another output folder.
  outDir: process.env.YAODIAN_OUT || './dist',
  // Each converted corpus keeps its own content cache, so one build never sees another's entries.
  cacheDir: process.env.YAODIAN_CONTENT ? join(process.env.YAODIAN_CONTENT, '.astro-cache') : './node_modules/.astro',
  markdown: {
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [mdx()],
});

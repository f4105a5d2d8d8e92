// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.SITE_BASE || '/',
  trailingSlash: 'always',
  // Benchmarks and sharded builds point the build at another output folder.
  outDir: process.env.YAODIAN_OUT || './dist',
  markdown: {
    processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }),
  },
  integrations: [mdx()],
});

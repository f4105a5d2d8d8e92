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
  // A plan's paragraphs compile to HTML strings rather than one JSX call per element: smaller
  // modules for the bundler to hold and faster pages. Headings stay elements, since the plan
  // page maps them to its item headings (ItemHeading.astro) when it renders the MDX.
  integrations: [mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4', 'h5', 'h6'] } })],
  // Pages wait on file writes; rendering a few at a time keeps the CPU busy meanwhile.
  build: { concurrency: 4 },
  // Page scripts are files the browser caches once, not copies in every page's HTML.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});

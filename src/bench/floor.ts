/**
 * The fixed stack's floor, for the bench: the converted MDX of the same plans built by Astro and
 * @astrojs/mdx into bare pages — no layout, navigation, cross-links or other views — with the
 * site's own Markdown and speed settings (MDX optimize, four pages at a time); the bench indexes
 * them with the site's own search indexer. What no design on this stack builds faster. Pure: the
 * project's files as paths and contents.
 */

export function floorProject(mdx: Readonly<Record<string, string>>): Record<string, string> {
  const files: Record<string, string> = {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  telemetry: false,
  markdown: { processor: satteri({ features: { headingAttributes: true, smartPunctuation: false } }) },
  integrations: [mdx({ optimize: true })],
  build: { concurrency: 4 },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { plans: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/plans' }) }) };
`,
    // The one component the converter's MDX uses, as the plainest thing that renders it.
    'src/Cite.astro': '---\n---\n<slot />\n',
    'src/pages/plans/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Cite from '../../Cite.astro';

export async function getStaticPaths() {
  return (await getCollection('plans')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ Cite }} /></main></body></html>
`,
  };
  for (const [name, text] of Object.entries(mdx)) files[`src/content/plans/${name}`] = text;
  return files;
}

/**
 * The site people would build instead, for the bench's comparison: a plain Starlight site
 * (Astro + @astrojs/starlight with its built-in Pagefind) of the same plans' text, one Markdown
 * page a plan, 一、 lines as level-2 and （一） lines as level-3 headings, every other line a
 * paragraph. Pure: the project's files as paths and contents.
 */
import { matchNumbering } from '../converter/patterns.ts';

export interface BenchPlan {
  slug: string;
  text: string;
}

/** Markdown's own characters in a line of text, escaped so the text reads as written. */
const escapeMarkdown = (line: string) =>
  line
    .replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

export function markdownOf(plan: BenchPlan): string {
  const body = plan.text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line) => {
      const n = matchNumbering(line);
      if (n?.style === 'cn-dun') return `## ${escapeMarkdown(line)}`;
      if (n?.style === 'cn-paren') return `### ${escapeMarkdown(line)}`;
      return escapeMarkdown(line);
    })
    .join('\n\n');
  return `---\ntitle: ${JSON.stringify(plan.slug)}\n---\n\n${body}\n`;
}

export function starlightProject(plans: readonly BenchPlan[]): Record<string, string> {
  const files: Record<string, string> = {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  telemetry: false,
  integrations: [starlight({ title: '教育工作要点', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'src/content/docs/index.md': '---\ntitle: 教育工作要点\n---\n\n全部计划见侧栏。\n',
  };
  for (const plan of plans) files[`src/content/docs/plans/${plan.slug}.md`] = markdownOf(plan);
  return files;
}

/**
 * Content collections: the converted MDX of each plan, and its plan model (JSON).
 * Both are written by `npm run convert`; the schemas are the converter's own.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { plan, planMeta } from './schemas/plan.ts';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/plans' }),
  schema: planMeta.extend({ slug: plan.shape.slug }),
});

const models = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/models' }),
  schema: plan,
});

export const collections = { plans, models };

/**
 * Content collections: the converted MDX of each plan, and its plan model (JSON).
 * Both are written by `npm run convert`; the schemas are the converter's own.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { siteConfig } from './config/site.ts';
import { plan, planMeta } from './schemas/plan.ts';

/** Benchmarks and sharded builds point the site at another converted corpus (YAODIAN_CONTENT). */
const CONTENT = siteConfig().contentDir;

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT}/plans` }),
  schema: planMeta.extend({ slug: plan.shape.slug }),
});

const models = defineCollection({
  loader: glob({ pattern: '*.json', base: `${CONTENT}/models` }),
  schema: plan,
});

/** A revised plan's version before its revision (written by `npm run convert` from plans/history/). */
const history = defineCollection({
  loader: glob({ pattern: '*.json', base: `${CONTENT}/history` }),
  schema: z.object({ revisedOn: z.string().nullable(), previousDate: z.string(), previous: plan }),
});

export const collections = { plans, models, history };

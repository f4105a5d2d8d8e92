/** A topic of the curated taxonomy in src/data/topics.yaml. */
import { z } from 'zod';

export const topic = z.object({
  /** URL slug, ASCII: `shuang-jian`. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Chinese name: 双减. */
  name: z.string().min(1),
  /** One line saying what the topic covers. */
  description: z.string().min(1),
  /** Words that put an item under the topic, in either script: 双减, 雙減. */
  synonyms: z.array(z.string().min(1)).min(1),
  /** Words that, when they are the only match, do not count (e.g. 体育 in 文化、体育等社会资源). */
  exclude: z.array(z.string().min(1)).default([]),
});

export const topics = z.array(topic).min(1);
export type Topic = z.infer<typeof topic>;

/**
 * The editor's sidecar, `plans/<slug>.meta.yaml`: overrides for any field the converter
 * guessed wrong, and title/body splits by anchor id.
 *
 * ```yaml
 * title: 2020年平顶山市基础教育工作要点
 * year: 2020
 * issuer: 平顶山市教育体育局
 * date: 2020-03-01
 * level: city            # national | provincial | city | district | school
 * region: 平顶山市
 * titles:
 *   s1-1: 稳妥实施中小学领导体制改革   # the item's heading is the first words of its text
 * series: 平顶山市基础教育              # joins the years of a renamed or merged issuer
 * ```
 */
import { z } from 'zod';
import { anchorId, planLevel } from './plan.ts';

export const sidecar = z
  .object({
    title: z.string().min(1).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    issuer: z.string().min(1).nullable().optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
      .nullable()
      .optional(),
    level: planLevel.nullable().optional(),
    region: z.string().min(1).nullable().optional(),
    language: z.enum(['zh-Hans', 'zh-Hant']).optional(),
    titles: z.record(anchorId, z.string().min(1)).optional(),
    /** The series the plan belongs to, when its issuer was renamed or merged (the same key on every year's sidecar). */
    series: z.string().min(1).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecar>;

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertBytes, convertText, walk } from '../src/converter/convert.ts';
import type { Plan, PlanNode } from '../src/schemas/plan.ts';

export const ROOT = join(import.meta.dirname, '..');
export const PLANS_DIR = join(ROOT, 'plans');

/** The bundled plans: slug and raw bytes. */
export const seeds = readdirSync(PLANS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ slug: f.slice(0, -4), file: `plans/${f}`, bytes: readFileSync(join(PLANS_DIR, f)) }));

export function seed(slug: string) {
  const found = seeds.find((s) => s.slug === slug);
  if (!found) throw new Error(`no bundled plan ${slug}`);
  return found;
}

export function convertSeed(slug: string): Plan {
  const s = seed(slug);
  return convertBytes(s.bytes, { file: s.file, slug });
}

export function convertString(text: string, slug = 'test-plan'): Plan {
  return convertText(text, { file: `plans/${slug}.txt`, slug });
}

export function nodes(plan: Plan): PlanNode[] {
  return [...walk(plan.sections)];
}

export function byId(plan: Plan, id: string): PlanNode {
  const node = nodes(plan).find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in ${plan.slug}`);
  return node;
}

/** "一:3 二:4" — numbered children per section, the way the plans' outlines are specified. */
export function outlineSummary(plan: Plan): string {
  return plan.sections
    .map((s) => `${s.number}:${[...walk(s.children)].filter((n) => n.number !== null && n.children.length === 0).length}`)
    .join(' ');
}

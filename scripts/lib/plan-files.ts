/**
 * Reading a plan from disk: its text, its sidecar, and its entry in the anchor registry.
 * Shared by the convert and anchors:accept commands.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { reconcile, type Vanished } from '../../src/anchors/reconcile.ts';
import { convertBytes } from '../../src/converter/convert.ts';
import { ConvertError } from '../../src/converter/errors.ts';
import { parseSidecar } from '../../src/converter/sidecar.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { registry as registrySchema, type Registry } from '../../src/schemas/registry.ts';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const REGISTRY_FILE = 'anchors.lock.json';

export function registryPath(plansDir: string): string {
  return join(plansDir, REGISTRY_FILE);
}

export function readRegistry(plansDir: string): Registry {
  const file = registryPath(plansDir);
  if (!existsSync(file)) return { version: 1, plans: {} };
  const parsed = registrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${relative(process.cwd(), file)}: ${issue.path.join('.')}: ${issue.message} — fix the entry or restore the file from version control`);
  }
  return parsed.data;
}

/** One line per anchor, so a review of the registry reads as a list of anchors. */
export function formatRegistry(registry: Registry): string {
  const plans = Object.entries(registry.plans).sort(([a], [b]) => a.localeCompare(b));
  const block = (entries: Array<[string, unknown]>, indent: string) =>
    entries.map(([key, value]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
  const body = plans
    .map(([slug, entry]) => {
      const anchors = block(Object.entries(entry.anchors), '        ');
      const decisions = block(Object.entries(entry.decisions), '        ');
      return `    ${JSON.stringify(slug)}: {\n      "anchors": {\n${anchors}\n      },\n      "decisions": {${decisions ? `\n${decisions}\n      ` : ''}}\n    }`;
    })
    .join(',\n');
  return `{\n  "version": 1,\n  "plans": {\n${body}\n  }\n}\n`;
}

export function writeRegistry(plansDir: string, registry: Registry): void {
  writeFileSync(registryPath(plansDir), formatRegistry(registry));
}

export interface ConvertedFile {
  plan: Plan;
  vanished: Vanished[];
}

/**
 * Convert one plans/<slug>.txt with its sidecar and reconcile its anchors with the registry.
 * `slug` is given for a file outside plans/, whose name need not be a slug.
 */
export function convertPlanFile(path: string, plansDir: string, registry: Registry, slug = basename(path).replace(/\.txt$/i, '')): ConvertedFile {
  const file = relative(dirname(plansDir), path);
  if (!SLUG.test(slug)) {
    throw new ConvertError('bad-slug', 'the file name must be lowercase ASCII letters, digits and hyphens (e.g. 2022-moe-basic-education.txt)');
  }
  const sidecarPath = path.replace(/\.txt$/i, '.meta.yaml');
  let sidecar;
  if (existsSync(sidecarPath)) {
    try {
      sidecar = parseSidecar(readFileSync(sidecarPath, 'utf8'));
    } catch (error) {
      if (error instanceof ConvertError) throw Object.assign(error, { file: relative(dirname(plansDir), sidecarPath) });
      throw error;
    }
  }
  const converted = convertBytes(readFileSync(path), { file, slug, sidecar });
  const { plan, vanished } = reconcile(converted, registry.plans[slug]);
  return { plan, vanished };
}

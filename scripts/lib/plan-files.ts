/**
 * Reading a plan from disk: its text, its sidecar, and its entry in the anchor registry.
 * Shared by the convert and anchors:accept commands.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { reconcile, type Vanished } from '../../src/anchors/reconcile.ts';
import { formatPlanRegistry, parsePlanRegistry } from '../../src/anchors/registry-file.ts';
import { convertDocument } from '../../src/converter/document.ts';
import { extensionOf, PLAN_EXTENSIONS, REFUSED_EXTENSIONS, stemOf } from '../../src/formats/index.ts';
import { ConvertError } from '../../src/converter/errors.ts';
import { parseSidecar } from '../../src/converter/sidecar.ts';
import type { Sidecar } from '../../src/schemas/sidecar.ts';
import { plan as planSchema, type Plan } from '../../src/schemas/plan.ts';
import type { Version } from '../../src/compare/revisions.ts';
import { registry as registrySchema, type Registry } from '../../src/schemas/registry.ts';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** The registry: one file per plan, plans/anchors/<slug>.json (src/anchors/registry-file.ts). */
export const REGISTRY_DIR = 'anchors';
/** The single registry file of earlier versions, still read; `anchors:accept` replaces it. */
export const LEGACY_REGISTRY_FILE = 'anchors.lock.json';

export function registryPath(plansDir: string, slug?: string): string {
  return slug ? join(plansDir, REGISTRY_DIR, `${slug}.json`) : join(plansDir, REGISTRY_DIR);
}

/** Every plan's registry entry. A broken file stops here, before anything is written, naming the file and line. */
export function readRegistry(plansDir: string): Registry {
  const plans: Registry['plans'] = {};
  const shown = (file: string) => relative(dirname(plansDir), file);
  const legacy = join(plansDir, LEGACY_REGISTRY_FILE);
  if (existsSync(legacy)) {
    const text = readFileSync(legacy, 'utf8');
    try {
      if (/^(?:<{7}|={7}|>{7})/m.test(text)) parsePlanRegistry(text);
      const parsed = registrySchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new ConvertError('registry-entry', `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message} — restore the file from version control`);
      Object.assign(plans, parsed.data.plans);
    } catch (error) {
      throw withFile(error instanceof SyntaxError ? new ConvertError('registry-json', `not valid JSON (${error.message}) — restore it from version control (git checkout -- <file>)`) : error, shown(legacy));
    }
  }
  const dir = registryPath(plansDir);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const file = join(dir, name);
      try {
        plans[name.slice(0, -'.json'.length)] = parsePlanRegistry(readFileSync(file, 'utf8'));
      } catch (error) {
        throw withFile(error, shown(file));
      }
    }
  }
  return { version: 1, plans };
}

function withFile(error: unknown, file: string): unknown {
  return error instanceof ConvertError ? Object.assign(error, { file }) : error;
}

/** Writes each plan's registry file that changed, and retires the legacy single file. */
export function writeRegistry(plansDir: string, registry: Registry): void {
  mkdirSync(registryPath(plansDir), { recursive: true });
  for (const [slug, entry] of Object.entries(registry.plans)) {
    const file = registryPath(plansDir, slug);
    const text = formatPlanRegistry(entry);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  rmSync(join(plansDir, LEGACY_REGISTRY_FILE), { force: true });
}

/** The largest plan file read: a plan is text of some hundred kilobytes; far more is the wrong file. */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

/**
 * Inputs are files inside plans/: a link that leads outside is refused (a pull request could
 * otherwise publish any readable file of the machine that builds it), as is a file too large
 * to be a plan.
 */
export function assertInputFile(path: string, plansDir: string, anywhere: boolean): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink() && !anywhere) {
    const target = realpathSync(path);
    const inside = realpathSync(plansDir) + sep;
    if (!target.startsWith(inside)) {
      throw new ConvertError('outside-link', `is a link to ${target}, outside plans/ — links that leave plans/ are refused; copy the file into plans/ instead`);
    }
  }
  const size = statSync(path);
  if (!size.isFile()) throw new ConvertError('not-a-file', 'is not a regular file — plans are files of text');
  if (size.size > MAX_PLAN_BYTES) {
    throw new ConvertError('too-large', `is ${(size.size / 1024 / 1024).toFixed(1)} MB; plans are capped at ${MAX_PLAN_BYTES / 1024 / 1024} MB — is it the right file? Save the plan's text only`);
  }
}

/** The kept versions of a plan, plans/history/<slug>/<YYYY-MM-DD>.json, oldest first. */
export function readVersions(plansDir: string, slug: string): Version[] {
  const dir = join(plansDir, 'history', slug);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => {
      try {
        return { date: f.slice(0, 10), plan: planSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) };
      } catch (error) {
        throw Object.assign(new ConvertError('registry-entry', `not a kept version of the plan (${(error as Error).message.split('\n')[0]}) — restore it from version control`), { file: relative(dirname(plansDir), join(dir, f)) });
      }
    });
}

/** A plan's file in plans/ (x.txt, x.html, x.docx, x.pdf, or a .doc/.wps to be refused with what to do). */
export function isPlanFile(name: string): boolean {
  const ext = extensionOf(name);
  return (PLAN_EXTENSIONS as readonly string[]).includes(ext) || (REFUSED_EXTENSIONS as readonly string[]).includes(ext);
}

/** A plan's sidecar: plans/x.meta.yaml beside plans/x.<any format>. */
export function sidecarOf(path: string): string {
  return `${stemOf(path)}.meta.yaml`;
}

export interface ConvertedFile {
  plan: Plan;
  vanished: Vanished[];
}

/**
 * Convert one plans/<slug>.<txt|html|docx|pdf> with its sidecar and reconcile its anchors with the
 * registry. `slug` is given for a file outside plans/, whose name need not be a slug.
 */
export async function convertPlanFile(path: string, plansDir: string, registry: Registry, slug = stemOf(basename(path)), options: { anywhere?: boolean } = {}): Promise<ConvertedFile> {
  const file = relative(dirname(plansDir), path);
  assertInputFile(path, plansDir, options.anywhere ?? false);
  if (!SLUG.test(slug)) {
    throw new ConvertError('bad-slug', 'the file name must be lowercase ASCII letters, digits and hyphens (e.g. 2022-moe-basic-education.txt)');
  }
  const sidecarPath = sidecarOf(path);
  let sidecar: Sidecar | undefined;
  if (existsSync(sidecarPath)) {
    try {
      assertInputFile(sidecarPath, plansDir, options.anywhere ?? false);
      sidecar = parseSidecar(readFileSync(sidecarPath, 'utf8'));
    } catch (error) {
      if (error instanceof ConvertError) throw Object.assign(error, { file: relative(dirname(plansDir), sidecarPath) });
      throw error;
    }
  }
  const converted = await convertDocument(readFileSync(path), { file, slug, sidecar });
  const entry = registry.plans[slug];
  const { plan, vanished } = reconcile(converted, entry);
  // The pages of documents this plan's citations were published under, for the site to keep.
  if (entry && Object.keys(entry.cited).length) plan.citedSlugs = entry.cited;
  return { plan, vanished };
}

/**
 * Revisions of one plan. Each time an editor publishes a plan's anchors (`npm run anchors:accept`),
 * the model is kept as `plans/history/<slug>/<YYYY-MM-DD>.json` if its text changed since the last
 * kept version; the site then says 本文于…修订 and compares the revision with the version before
 * it. Pure: what counts as a change, and which version a plan was revised from.
 */
import type { Plan } from '../schemas/plan.ts';

/** What a reader reads of a plan: its title, text, items and tables — not where it was read from. */
export function readerText(plan: Plan): string {
  const { title } = plan.meta;
  return JSON.stringify({ title, preamble: plan.preamble, sections: plan.sections.map(strip), tables: plan.tables ?? [], signature: plan.signature?.lines ?? [] });
}

function strip(node: Plan['sections'][number]): unknown {
  return { id: node.id, marker: node.marker, title: node.title, delimiter: node.delimiter, paragraphs: node.paragraphs, children: node.children.map(strip) };
}

export interface Version {
  date: string;
  plan: Plan;
}

/** Keep the current model as a new version? Only when its text differs from the latest kept one. */
export function needsSnapshot(versions: readonly Version[], current: Plan): boolean {
  const latest = [...versions].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  return !latest || readerText(latest.plan) !== readerText(current);
}

export interface Revision {
  /** When the current text was published: the date of the first kept version equal to it, or null if not kept yet. */
  revisedOn: string | null;
  /** The version before the revision. */
  previous: Version;
}

/** The revision a reader should be told of: the newest kept version whose text differs from the current one. */
export function latestRevision(versions: readonly Version[], current: Plan): Revision | null {
  const sorted = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  const text = readerText(current);
  const at = sorted.findLastIndex((v) => readerText(v.plan) !== text);
  if (at < 0) return null;
  return { revisedOn: sorted[at + 1]?.date ?? null, previous: sorted[at]! };
}

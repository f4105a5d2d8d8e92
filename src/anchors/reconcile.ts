/**
 * Keep published anchors working across revisions. A registered anchor stays on its item: the
 * item is recognised by fingerprint even when a revision renumbered or moved it, and keeps the
 * id it was published under; an item new to the plan never takes an id someone has used (it
 * gets a fresh one, s2-4a). A registered anchor whose item cannot be found is reported until an
 * editor records a decision: redirect it to another item (an alias there) or retire it.
 */
import type { Plan, PlanNode } from '../schemas/plan.ts';
import type { Fingerprint, PlanRegistry } from '../schemas/registry.ts';
import { fingerprintOf, matchScore } from './fingerprint.ts';

/** Below this score a registered anchor and an item are not the same item. */
export const MATCH_THRESHOLD = 0.5;

export interface Vanished {
  id: string;
  path: string;
  title: string;
  /** Why it cannot be resolved, for the message. */
  reason: 'no-match' | 'redirect-target-missing';
}

export interface Reconciled {
  plan: Plan;
  vanished: Vanished[];
  /** Items that kept a published id other than their numbering's: [published, numbering]. */
  kept: Array<[string, string]>;
  /** Items that got a fresh id because their numbering's id was published for another item. */
  fresh: Array<[string, string]>;
}

interface Entry {
  node: PlanNode;
  path: string;
  fp: Fingerprint;
}

/** Every node with its numbering path (二/4, 三/一/2, 三/p1). */
export function entries(plan: Plan): Entry[] {
  const out: Entry[] = [];
  const visit = (nodes: readonly PlanNode[], prefix: string) => {
    for (const node of nodes) {
      const label = node.number ?? node.id.split('-').at(-1)!;
      const path = prefix ? `${prefix}/${label}` : label;
      out.push({ node, path, fp: fingerprintOf(node, path) });
      visit(node.children, path);
    }
  };
  visit(plan.sections, '');
  return out;
}

export function reconcile(plan: Plan, registry: PlanRegistry | undefined): Reconciled {
  if (!registry) return { plan, vanished: [], kept: [], fresh: [] };
  const copy: Plan = structuredClone(plan);
  const all = entries(copy);
  const decided = new Set(Object.keys(registry.decisions));
  const live = Object.entries(registry.anchors).filter(([id]) => !decided.has(id));
  const primary = new Map<Entry, string>();
  const claimed = new Set<string>();
  const aliases = new Map<Entry, string[]>();

  // 1. Most anchors are where they were: same id, same item.
  const byId = new Map(all.map((e) => [e.node.id, e]));
  for (const [id, fp] of live) {
    const e = byId.get(id);
    if (e && !primary.has(e) && matchScore(fp, e.fp) >= MATCH_THRESHOLD) {
      primary.set(e, id);
      claimed.add(id);
    }
  }
  // 2. The rest moved: best matches first, one item per anchor.
  const pending = live.filter(([id]) => !claimed.has(id));
  if (pending.length) {
    const free = all.filter((e) => !primary.has(e));
    const pairs = pending
      .flatMap(([id, fp]) => free.map((e) => ({ id, e, score: matchScore(fp, e.fp) })))
      .filter((p) => p.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    for (const { id, e } of pairs) {
      if (claimed.has(id) || primary.has(e)) continue;
      primary.set(e, id);
      claimed.add(id);
    }
    // 3. An anchor whose item merged into one that kept its own id lands there as an alias.
    for (const [id, fp] of pending) {
      if (claimed.has(id)) continue;
      const best = all
        .map((e) => ({ e, score: matchScore(fp, e.fp) }))
        .filter((p) => p.score >= MATCH_THRESHOLD)
        .sort((a, b) => b.score - a.score)[0];
      if (best) {
        aliases.set(best.e, [...(aliases.get(best.e) ?? []), id]);
        claimed.add(id);
      }
    }
  }

  const vanished: Vanished[] = live
    .filter(([id]) => !claimed.has(id))
    .map(([id, fp]) => ({ id, path: fp.path, title: fp.title, reason: 'no-match' as const }));

  // Final ids: published ids first, then everything else keeps its numbering's id unless that
  // id was ever published (or decided on), in which case it gets a fresh one.
  const taken = new Set([...Object.keys(registry.anchors), ...decided]);
  const kept: Array<[string, string]> = [];
  const fresh: Array<[string, string]> = [];
  const finalIds = new Set<string>();
  for (const [e, id] of primary) {
    if (e.node.id !== id) kept.push([id, e.node.id]);
    finalIds.add(id);
  }
  for (const e of all) {
    const id = primary.get(e);
    if (id !== undefined) {
      e.node.id = id;
      continue;
    }
    let candidate = e.node.id;
    for (let k = 0; taken.has(candidate) || finalIds.has(candidate); k++) candidate = `${e.node.id}${String.fromCharCode(97 + k)}`;
    if (candidate !== e.node.id) fresh.push([candidate, e.node.id]);
    e.node.id = candidate;
    finalIds.add(candidate);
  }
  for (const [e, ids] of aliases) e.node.aliases = [...(e.node.aliases ?? []), ...ids];

  const retired: NonNullable<Plan['retired']> = [];
  for (const [id, d] of Object.entries(registry.decisions)) {
    const fp = registry.anchors[id];
    if ('retire' in d) {
      retired.push({ id, title: fp?.title ?? '', note: d.retire });
      continue;
    }
    const target = all.find((e) => e.node.id === d.redirect);
    if (!target) {
      vanished.push({ id, path: fp?.path ?? '', title: fp?.title ?? '', reason: 'redirect-target-missing' });
      continue;
    }
    target.node.aliases = [...(target.node.aliases ?? []), id];
  }
  if (retired.length) copy.retired = retired;
  return { plan: copy, vanished, kept, fresh };
}

/** The registry entry after an editor accepts the current anchors of a plan. */
export function acceptAnchors(plan: Plan, previous: PlanRegistry | undefined): PlanRegistry {
  const anchors: PlanRegistry['anchors'] = { ...(previous?.anchors ?? {}) };
  for (const e of entries(plan)) anchors[e.node.id] = e.fp;
  const sorted = Object.fromEntries(Object.entries(anchors).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return { anchors: sorted, decisions: previous?.decisions ?? {}, cited: previous?.cited ?? {} };
}

/** `plans/x.txt: published anchor #s2-4 (二/4 「提高作业设计水平」) …` */
export function describeVanished(v: Vanished): string {
  const what = `published anchor #${v.id} (${v.path}${v.title ? ` 「${v.title}」` : ''})`;
  return v.reason === 'no-match'
    ? `${what} matches no item of this version — record a decision for it in plans/anchors/<slug>.json: {"redirect": "<id>"} or {"retire": "<note>"}`
    : `${what} is redirected to an id this version does not have — fix its decision in plans/anchors/<slug>.json`;
}

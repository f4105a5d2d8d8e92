/**
 * Anchors are promises: every anchor recorded in plans/anchors/<slug>.json still lands on its item,
 * in this version of the plans and after revisions that shift numbers.
 */
import { describe, expect, test } from 'vitest';
import { acceptAnchors, describeVanished, reconcile } from '../src/anchors/reconcile.ts';
import type { Plan, PlanNode } from '../src/schemas/plan.ts';
import type { PlanRegistry } from '../src/schemas/registry.ts';
import { readRegistry } from '../scripts/lib/plan-files.ts';
import { convertSeed, convertString, nodes, PLANS_DIR, seeds } from './helpers.ts';
import { revise, type Revision } from './revise.ts';

const registry = readRegistry(PLANS_DIR);

/** Where a link to #id lands: the node that has the id, or the alias. */
function landing(plan: Plan, id: string): PlanNode | undefined {
  return nodes(plan).find((n) => n.id === id || n.aliases?.includes(id));
}

describe('the committed registry', () => {
  test.each(seeds.map((s) => s.slug))('every anchor published for %s lands on its item', (slug) => {
    const entry = registry.plans[slug];
    expect(entry, `${slug} has no registry file plans/anchors/${slug}.json — run npm run anchors:accept`).toBeDefined();
    const { plan, vanished } = reconcile(convertSeed(slug), entry);
    expect(vanished.map((v) => `plans/${slug}.txt: ${describeVanished(v)}`)).toEqual([]);
    for (const [id, fp] of Object.entries(entry!.anchors)) expect(landing(plan, id)?.title ?? '', id).toBe(fp.title);
  });
  test.each(seeds.map((s) => s.slug))('every anchor of %s is published', (slug) => {
    const { plan } = reconcile(convertSeed(slug), registry.plans[slug]);
    const unregistered = nodes(plan).map((n) => n.id).filter((id) => !registry.plans[slug]!.anchors[id]);
    expect(unregistered, 'new anchors: review them, then run npm run anchors:accept').toEqual([]);
  });
});

describe.each(seeds.map((s) => s.slug))('%s, revised', (slug) => {
  const original = convertSeed(slug);
  const entry = acceptAnchors(original, undefined);
  test.each<Revision>(['insert', 'swap', 'split'])('%s: every old anchor lands on the item with the same text', (revision) => {
    const revised = convertString(revise(original, revision), slug);
    const { plan, vanished, fresh } = reconcile(revised, entry);
    expect(vanished).toEqual([]);
    for (const old of nodes(original)) {
      const now = landing(plan, old.id);
      expect(now?.title ?? null, `#${old.id}`).toBe(old.title);
      expect(now?.paragraphs[0] ?? null, `#${old.id}`).toBe(old.paragraphs[0] ?? null);
    }
    const ids = nodes(plan).flatMap((n) => [n.id, ...(n.aliases ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
    if (revision !== 'swap') {
      // The newcomer never takes a published id.
      expect(fresh.length).toBeGreaterThan(0);
      for (const [id] of fresh) expect(entry.anchors[id]).toBeUndefined();
    }
  });
});

describe('decisions', () => {
  const text = (items: string[]) => `2023年某县教育工作要点\n一、重点工作\n${items.map((t, i) => `${i + 1}.${t}`).join('\n')}\n`;
  const v1 = convertString(text(['加强党的建设。全面加强学校党组织建设。', '推进课后服务。实现课后服务全覆盖。', '规范校外培训。开展专项治理。']), 'x');
  const entry: PlanRegistry = acceptAnchors(v1, undefined);
  const v2 = convertString(text(['加强党的建设。全面加强学校党组织建设。', '规范校外培训。开展专项治理。']), 'x');

  test('an anchor whose item was removed is reported, naming it', () => {
    const { vanished } = reconcile(v2, entry);
    expect(vanished.map(describeVanished)).toEqual([
      'published anchor #s1-2 (一/2 「推进课后服务」) matches no item of this version — record a decision for it in plans/anchors/<slug>.json: {"redirect": "<id>"} or {"retire": "<note>"}',
    ]);
  });
  test('redirect: the old anchor becomes an alias of the chosen item', () => {
    const { plan, vanished } = reconcile(v2, { ...entry, decisions: { 's1-2': { redirect: 's1-3' } } });
    expect(vanished).toEqual([]);
    expect(nodes(plan).find((n) => n.title === '规范校外培训')).toMatchObject({ id: 's1-3', aliases: ['s1-2'] });
  });
  test('retire: the plan lists it with the editor\'s note', () => {
    const { plan, vanished } = reconcile(v2, { ...entry, decisions: { 's1-2': { retire: '课后服务相关工作已并入第一条。' } } });
    expect(vanished).toEqual([]);
    expect(plan.retired).toEqual([{ id: 's1-2', title: '推进课后服务', note: '课后服务相关工作已并入第一条。' }]);
  });
});

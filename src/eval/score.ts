/**
 * The corpus scorer: a converted plan against its gold annotation. Pure: a plan (and the
 * plans of its perturbed re-scrapes) in, a list of named checks out. Text is compared the way
 * the corpus README says: NFKC, no white space, no common punctuation, no Markdown bold.
 */
import type { Plan, PlanNode } from '../schemas/plan.ts';
import type { Gold, GoldSection } from './gold.ts';

export interface Check {
  /** Short name of what was checked, e.g. `section 三 items`. */
  name: string;
  pass: boolean;
  /** What was expected and what was found, for a failed check. */
  detail: string;
}

const PUNCTUATION = /[\s\u3000\u00a0,，、;；:：.。!！?？“”"'‘’()（）《》*]/g;

/** Text as the gold compares it. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(PUNCTUATION, '');
}

function* walk(nodes: readonly PlanNode[]): Generator<PlanNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

const numbered = (node: PlanNode) => node.number !== null;
/** Numbered nodes below a node, at any depth. */
const itemsBelow = (node: PlanNode) => [...walk(node.children)].filter(numbered);
/** Innermost numbered nodes below a node. */
const leavesBelow = (node: PlanNode) => itemsBelow(node).filter((n) => !n.children.some(numbered));

/** The plan's own text: title, preamble, every heading and paragraph. */
export function planText(plan: Plan): string {
  const parts = [plan.meta.title, ...plan.preamble];
  for (const node of walk(plan.sections)) parts.push(node.title ?? '', node.delimiter, ...node.paragraphs);
  return parts.join('');
}

/** Everything a reader of the plan page sees, the wrapper notice included. */
function publishedText(plan: Plan): string {
  const wrapper = plan.wrapper ? [...plan.wrapper.carrier, plan.wrapper.title ?? '', ...plan.wrapper.paragraphs] : [];
  return planText(plan) + wrapper.join('');
}

const same = (a: string | null | undefined, b: string | null | undefined) => comparable(a ?? '') === comparable(b ?? '');

function check(name: string, pass: boolean, expected: unknown, found: unknown): Check {
  return { name, pass, detail: pass ? '' : `expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}` };
}

/** Markers of sections (一、 第一部分 第一章); other top-level markers (一是, 1.) number the items of a flat plan. */
const SECTION_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、，,．.]|第[一二三四五六七八九十]{1,3}(?:部分|章))$/;

/**
 * Numbered top-level sections. Unnumbered top-level blocks (a second part, closing text) are not
 * sections; in a flat plan — no top-level node holds numbered items and none is marked like a
 * section — the top-level nodes are items, and there are no sections.
 */
export function sectionsOf(plan: Plan): PlanNode[] {
  const top = plan.sections.filter(numbered);
  const flat = top.every((s) => !s.children.some(numbered) && !SECTION_MARKER.test(s.marker ?? ''));
  return flat ? [] : top;
}

export function score(plan: Plan, gold: Gold, rescraped: ReadonlyArray<{ name: string; plan: Plan | Error }> = []): Check[] {
  const checks: Check[] = [];
  const titles = [gold.title, gold.full_title].filter((t): t is string => Boolean(t));
  checks.push(check('title', titles.some((t) => same(t, plan.meta.title)), titles.join(' | '), plan.meta.title));
  checks.push(check('year', plan.meta.year === gold.year, gold.year, plan.meta.year));
  checks.push(check('issuer', same(gold.issuer, plan.meta.issuer), gold.issuer, plan.meta.issuer));
  if (gold.language) checks.push(check('language', plan.meta.language === gold.language, gold.language, plan.meta.language));

  const sections = sectionsOf(plan);
  checks.push(check('section count', sections.length === gold.sections.length, gold.sections.length, sections.length));
  gold.sections.forEach((expected: GoldSection, i) => {
    const found = sections[i];
    const label = `section ${expected.number}`;
    checks.push(check(`${label} title`, found !== undefined && same(expected.title, found.title), expected.title, found?.title ?? null));
    const wanted = expected.leaf_items ?? expected.items;
    const count = found ? (expected.leaf_items !== undefined ? leavesBelow(found) : itemsBelow(found)).length : null;
    checks.push(check(`${label} items`, count === wanted, wanted, count));
  });
  const leaves = [...walk(plan.sections)].filter((n) => numbered(n) && !n.children.some(numbered));
  const total = sections.length > 0 ? sections.flatMap(leavesBelow).length : leaves.length;
  checks.push(check('total items', total === gold.total_items, gold.total_items, total));

  const published = comparable(publishedText(plan));
  for (const sample of gold.noise_samples) {
    const gone = !published.includes(comparable(sample));
    checks.push(check(`noise gone: ${sample.slice(0, 24)}`, gone, 'absent', 'present'));
  }
  const text = comparable(planText(plan));
  for (const sample of [...gold.content_samples, ...gold.content_samples_after_marker_removal]) {
    checks.push(check(`text kept: ${sample.slice(0, 24)}`, text.includes(comparable(sample)), 'present', 'absent'));
  }

  const ids = [...walk(plan.sections)].map((n) => n.id);
  const duplicated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const nonAscii = ids.filter((id) => !/^[a-z0-9-]+$/.test(id));
  checks.push(check('ids unique and ASCII', duplicated.length === 0 && nonAscii.length === 0, 'unique ASCII ids', [...duplicated, ...nonAscii]));
  for (const { name, plan: other } of rescraped) {
    if (other instanceof Error) {
      checks.push(check(`ids stable: ${name}`, false, 'converts', other.message));
      continue;
    }
    const otherIds = [...walk(other.sections)].map((n) => n.id);
    const stable = otherIds.length === ids.length && otherIds.every((id, i) => id === ids[i]);
    checks.push(check(`ids stable: ${name}`, stable, ids.join(' '), otherIds.join(' ')));
  }
  return checks;
}

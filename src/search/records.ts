/**
 * Plan model → search records: one per item (and per section, preamble and unnumbered block),
 * so every hit links to its anchor. Content is folded to Simplified so that a query in either
 * script finds both; the record's meta keeps the text as printed.
 */
import { headingText } from '../converter/emit.ts';
import type { Plan, PlanNode } from '../schemas/plan.ts';
import { foldToSimplified } from '../text/script.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export const LEVEL_LABELS: Record<string, string> = { national: '国家', provincial: '省级', city: '市级', district: '区县', school: '学校' };

/** Filters every record of a plan carries. */
export function planFilters(plan: Plan): Record<string, string[]> {
  const filters: Record<string, string[]> = { 年份: [plan.meta.year ? String(plan.meta.year) : '不详'] };
  if (plan.meta.issuer) filters['发布机构'] = [plan.meta.issuer];
  if (plan.meta.level) filters['层级'] = [LEVEL_LABELS[plan.meta.level]!];
  return filters;
}

export function searchRecords(plan: Plan, base: string, extraFilters: (node: PlanNode) => Record<string, string[]> = () => ({})): SearchRecord[] {
  const page = `${base.replace(/\/?$/, '/')}plans/${plan.slug}/`;
  const filters = planFilters(plan);
  const record = (id: string, heading: string, text: string, more: Record<string, string[]> = {}): SearchRecord => ({
    url: `${page}#${id}`,
    content: foldToSimplified(`${heading}\n${text}`),
    language: 'zh-cn',
    meta: { title: heading, plan: plan.meta.title, slug: plan.slug, anchor: id, lang: plan.meta.language, text },
    filters: { ...filters, ...more },
  });
  const records: SearchRecord[] = [];
  if (plan.preamble.length) records.push(record('preamble', '前言', plan.preamble.join('\n')));
  const visit = (node: PlanNode, path: string[]) => {
    const heading = node.number === null && node.title === null ? path.join(' ') || plan.meta.title : headingText(node);
    const text = node.paragraphs.join('\n');
    if (text || node.title) records.push(record(node.id, heading, text, extraFilters(node)));
    for (const child of node.children) visit(child, [...path, headingText(node)].filter(Boolean));
  };
  for (const section of plan.sections) visit(section, []);
  return records;
}

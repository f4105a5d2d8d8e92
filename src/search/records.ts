/**
 * Plan model → the document Pagefind indexes for it: one per plan, every item a heading with its
 * anchor id (Pagefind's sub-results), so every hit links to its item. Text is folded to
 * Simplified so a query in either script finds both, and cut into words (src/search/segment.ts);
 * headings stay as printed, for display, and are repeated in the text so they are searchable too. Plan-level filters (year, issuer,
 * level, topics) are Pagefind filters; which items carry which topic is page metadata.
 */
import { tableText, tablesByHolder, walkPlan } from '../plan/tree.ts';
import { LEVEL_NAMES, type Plan, type PlanNode } from '../schemas/plan.ts';
import { escapeHtml } from '../text/html.ts';
import { foldToSimplified } from '../text/script.ts';
import { spacedWords } from './segment.ts';
import { topicsMeta } from './topics-meta.ts';


/** Filters every hit of a plan carries. */
export function planFilters(plan: Plan): Record<string, string[]> {
  const filters: Record<string, string[]> = { 年份: [plan.meta.year ? String(plan.meta.year) : '不详'] };
  if (plan.meta.issuer) filters.发布机构 = [plan.meta.issuer];
  if (plan.meta.level) filters.层级 = [LEVEL_NAMES[plan.meta.level]];
  return filters;
}

export interface SearchDocument {
  /** Path of the plan page under the site root: plans/<slug>/. */
  path: string;
  html: string;
}

/**
 * @param topicsOf the topic names of an item (its text), for the 专题 filter.
 */
export function searchDocument(plan: Plan, topicsOf: (node: PlanNode) => string[] = () => []): SearchDocument {
  const parts: string[] = [];
  const itemTopics = new Map<string, string[]>();
  // A plan printed in Traditional keeps its own words for the excerpts (src/search/results.ts).
  const ownWords: string[] = [];
  const section = (id: string, heading: string, text: string) => {
    if (plan.meta.language === 'zh-Hant') ownWords.push(`${heading}\n${text}`);
    parts.push(`<h2 id="${id}">${escapeHtml(heading)}</h2><p>${escapeHtml(spacedWords(foldToSimplified(`${heading}\n${text}`)))}</p>`);
  };
  const tables = tablesByHolder(plan);
  const withTables = (paragraphs: readonly string[], id: string) => [...paragraphs, ...(tables.get(id) ?? []).map(tableText)].join('\n');
  if (plan.preamble.length || tables.has('preamble')) section('preamble', '前言', withTables(plan.preamble, 'preamble'));
  for (const { node, heading } of walkPlan(plan)) {
    if (!node.paragraphs.length && !node.title && !tables.has(node.id)) continue;
    section(node.id, heading, withTables(node.paragraphs, node.id));
    for (const topic of node.paragraphs.length ? topicsOf(node) : []) itemTopics.set(topic, [...(itemTopics.get(topic) ?? []), node.id]);
  }

  for (const table of tables.get('appendix') ?? []) section(table.id, table.caption ?? '附表', tableText(table));

  const filters = { ...planFilters(plan), ...(itemTopics.size ? { 专题: [...itemTopics.keys()] } : {}) };
  const filterTags = Object.entries(filters)
    .flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(v)}</span>`))
    .join('');
  const topicMeta = topicsMeta(itemTopics);
  const meta = [
    `<span data-pagefind-meta="title">${escapeHtml(plan.meta.title)}</span>`,
    `<span data-pagefind-meta="lang">${plan.meta.language}</span>`,
    topicMeta ? `<span data-pagefind-meta="topics">${escapeHtml(topicMeta)}</span>` : '',
    ownWords.length ? `<span data-pagefind-meta="text">${escapeHtml(ownWords.join('\n'))}</span>` : '',
  ].join('');
  const html = `<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"><title>${escapeHtml(plan.meta.title)}</title></head><body><main data-pagefind-body><div data-pagefind-ignore>${filterTags}${meta}</div>${parts.join('')}</main></body></html>`;
  return { path: `plans/${plan.slug}/`, html };
}

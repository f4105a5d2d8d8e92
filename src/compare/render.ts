/**
 * A comparison as HTML, the same for the page built for consecutive years and for any two plans
 * compared in the browser: counts on top, then each item's two sides, the rewording marked.
 * Pure; every text escaped.
 */
import { escapeHtml } from '../text/html.ts';
import { type Alignment, CHANGE_NAMES } from './align.ts';

export interface ComparedPlan {
  slug: string;
  title: string;
  year: number | null;
}

/** The opening of an item's text: enough to recognise it; the link leads to all of it. */
const opening = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** `link(slug, id)`: the address of an item. */
export function comparisonHtml({ changes, counts }: Alignment, a: ComparedPlan, b: ComparedPlan, link: (slug: string, id: string) => string): string {
  const year = (p: ComparedPlan) => escapeHtml(p.year ? String(p.year) : p.title);
  const summary = `<ul class="compare-counts" aria-label="概览">
<li class="continued">延续 <strong>${counts.continued}</strong>（其中改写 ${counts.reworded}${counts.split > 0 ? `，拆分 ${counts.split}` : ''}）</li>
<li class="moved">移动 <strong>${counts.moved}</strong></li>
<li class="added">新增 <strong>${counts.added}</strong></li>
<li class="dropped">未再提及 <strong>${counts.dropped}</strong></li>
</ul>`;
  const side = (plan: ComparedPlan, item: Alignment['changes'][number]['before'], note: string | null, cls: string) =>
    `<div class="side ${cls}"><span class="side-year">${year(plan)}</span>${item ? `<a href="${escapeHtml(link(plan.slug, item.id))}">${escapeHtml(item.heading)}</a>` : '<span class="muted">—</span>'}${note ? `<p class="side-section">${escapeHtml(note)}</p>` : ''}</div>`;
  const rows = changes.map((c) => {
    const label = `${CHANGE_NAMES[c.kind]}${c.reworded ? '（改写）' : ''}${c.split ? '（拆分）' : ''}`;
    const beforeNote = c.kind === 'moved' ? `原在：${c.before!.section}` : c.kind === 'dropped' ? c.before!.section : null;
    const afterNote = c.kind === 'moved' ? `移至：${c.after!.section}` : null;
    const diff = c.diff
      ? `<p class="diff" lang="zh-CN">${c.diff.map((d) => (d.added ? `<ins>${escapeHtml(d.value)}</ins>` : d.removed ? `<del>${escapeHtml(d.value)}</del>` : `<span>${escapeHtml(d.value)}</span>`)).join('')}</p>`
      : c.kind === 'added' || c.kind === 'dropped' || (c.split && c.reworded)
        ? `<p class="change-text">${escapeHtml(opening((c.after ?? c.before)!.text))}</p>`
        : '';
    return `<li class="change ${c.kind}" data-kind="${c.kind}"><span class="change-kind">${label}</span><div class="change-sides">${side(a, c.before, beforeNote, 'before')}${side(b, c.after, afterNote, 'after')}</div>${diff}</li>`;
  });
  return `${summary}<ol class="changes">${rows.join('')}</ol>`;
}

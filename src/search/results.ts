/**
 * The search page's logic, pure: what the URL says, which items of the plans Pagefind returned
 * really hold the query, their excerpts and counts, and the HTML of results, filters and status.
 * The page (src/search/page.ts) only wires these to the DOM and to Pagefind.
 */
import { escapeHtml } from '../text/html.ts';
import { holdsTerms } from './query.ts';
import { withoutGaps } from './segment.ts';
import { anchorsWithTopic } from './topics-meta.ts';

/** The filters the page offers, in this order. */
export const FILTER_NAMES = ['年份', '层级', '发布机构', '专题'] as const;

export type Filters = Record<string, string[]>;
export interface SearchState {
  q: string;
  filters: Filters;
}

/** What a Pagefind result's data holds that the page uses. */
export interface ResultPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
  /** The plan's indexed words, in order, and where each anchored item starts among them. */
  content?: string;
  anchors?: Array<{ id: string; text: string; location: number }>;
}

/**
 * A plan's items as a reader's query sees them: each anchor's heading and the words up to the
 * next anchor, from the fragment's whole text — so every item that holds the query is found, not
 * only the one match Pagefind reports for a phrase. Without them, Pagefind's sub-results.
 */
export function itemsOfPage(page: ResultPage): Array<{ id: string; title: string; url: string; text: string }> {
  if (page.content === undefined || !page.anchors?.length) {
    return page.sub_results
      .filter((sub) => sub.url.includes('#'))
      .map((sub) => ({ id: decodeURIComponent(sub.url.split('#')[1]!), title: sub.title, url: sub.url, text: plainText(sub.excerpt) }));
  }
  const words = page.content.split(/\s+/);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  return anchors.map((a, i) => ({
    id: a.id,
    title: a.text,
    url: `${page.url}#${a.id}`,
    text: withoutGaps(words.slice(a.location, anchors[i + 1]?.location ?? words.length).join(' ')),
  }));
}

export interface Hit {
  url: string;
  title: string;
  /** HTML: the item's own words around the first match, every term marked. */
  excerpt: string;
  plan: string;
  lang: string;
  filters: Record<string, string[]>;
}

/** The query and filters a `/search/?q=…&年份=…` URL carries. */
export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name);
    if (values.length) filters[name] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The URL of a state, on the given path: the query first, then the filters. */
export function urlOf(pathname: string, { q, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

/** Text of an excerpt Pagefind returns as HTML. */
export function plainText(html: string): string {
  return withoutGaps(
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const WINDOW = 90;

/** A short excerpt around the first match, every term marked, the rest escaped. */
export function snippet(text: string, terms: readonly string[], fold: (s: string) => string): string {
  const folded = fold(text).toLowerCase();
  const first = Math.min(...terms.map((t) => folded.indexOf(t.toLowerCase())).filter((i) => i >= 0));
  const start = Number.isFinite(first) ? Math.max(0, first - 30) : 0;
  const window = text.slice(start, start + WINDOW);
  const foldedWindow = folded.slice(start, start + WINDOW);
  let html = '';
  for (let i = 0; i < window.length; ) {
    const term = terms.find((t) => t && foldedWindow.startsWith(t.toLowerCase(), i));
    if (term) {
      html += `<mark>${escapeHtml(window.slice(i, i + term.length))}</mark>`;
      i += term.length;
    } else html += escapeHtml(window[i++]!);
  }
  return `${start > 0 ? '…' : ''}${html}${start + WINDOW < text.length ? '…' : ''}`;
}

/**
 * Pagefind's excerpt of an item opens with its heading, then the record's text, which opens with
 * the heading again (so the heading is searched in both scripts): "5.提高课后服务水平. 5.提高课后服务水平
 * 在坚持…". The result shows the heading above the excerpt, so the excerpt starts after both (and
 * is empty for a heading with no words of its own).
 */
export function withoutHeading(text: string, heading: string, fold: (s: string) => string): string {
  const head = fold(heading).replace(/\s+/g, '');
  if (!head) return text;
  let rest = text;
  for (;;) {
    const at = startsWithIgnoringSpaces(fold(rest), head);
    if (at < 0) break;
    rest = rest.slice(at).replace(/^[\s.。]+/, '');
  }
  return rest;
}

/** Where `text` continues after `prefix`, white space in `text` aside; -1 if it does not start with it. */
function startsWithIgnoringSpaces(text: string, prefix: string): number {
  let i = 0;
  for (const c of prefix) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== c) return -1;
    i++;
  }
  return i;
}

/**
 * The words of a folded excerpt as the plan prints them. Folding is one character for one, so
 * the excerpt's place in the folded text (spaces aside) is its place in the printed text. The
 * printed text is read once per plan; the reader is asked once per excerpt.
 */
export function ownScriptReader(printed: string, fold: (s: string) => string): (excerpt: string) => string {
  const chars = [...printed];
  const at: number[] = [];
  let bare = '';
  chars.forEach((c, i) => {
    if (/\s/.test(c)) return;
    at.push(i);
    bare += c;
  });
  const folded = fold(bare);
  return (excerpt) => {
    const wanted = [...excerpt.replace(/\s+/g, '')];
    const start = folded.indexOf(wanted.join(''));
    if (start < 0 || !wanted.length) return excerpt;
    const from = [...bare.slice(0, start)].length;
    return chars.slice(at[from], at[from + wanted.length - 1]! + 1).join('');
  };
}

/** Every item of the returned plans that really holds the terms (and carries a chosen topic). */
export function itemHits(pages: readonly ResultPage[], terms: readonly string[], fold: (s: string) => string, topics: readonly string[] | undefined): Hit[] {
  return pages.flatMap((page) => {
    const allowed = topics?.length ? new Set(topics.flatMap((t) => [...anchorsWithTopic(page.meta.topics, t)])) : null;
    const ownScript = page.meta.text ? ownScriptReader(page.meta.text, fold) : (excerpt: string) => excerpt;
    return itemsOfPage(page)
      .filter((item) => holdsTerms(item.text, terms, fold) && (!allowed || allowed.has(item.id)))
      .map((item) => ({
        url: item.url,
        title: item.title,
        excerpt: snippet(ownScript(withoutHeading(item.text, item.title, fold)), terms, fold),
        plan: page.meta.title ?? '',
        lang: page.meta.lang ?? '',
        filters: page.filters,
      }));
  });
}

/** Filter counts (plans) of the items kept after the phrase check. */
export function countFilters(hits: readonly Hit[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  const seen = new Set<string>();
  for (const h of hits) {
    const plan = h.url.split('#')[0]!;
    if (seen.has(plan)) continue;
    seen.add(plan);
    for (const [name, values] of Object.entries(h.filters)) {
      const byValue = counts[name] ?? {};
      for (const v of values) byValue[v] = (byValue[v] ?? 0) + 1;
      counts[name] = byValue;
    }
  }
  return counts;
}

export function resultsHtml(hits: readonly Hit[], shown: number): string {
  return hits
    .slice(0, shown)
    .map(
      (h) =>
        `<li class="search-result"><a href="${escapeHtml(h.url)}" lang="${h.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-CN'}"><span class="result-plan">${escapeHtml(h.plan)}</span><span class="result-title">${escapeHtml(h.title)}</span></a>${h.excerpt ? `<p class="result-excerpt">${h.excerpt}</p>` : ''}</li>`,
    )
    .join('');
}

export function filtersHtml(counts: Record<string, Record<string, number>>, active: Filters): string {
  return FILTER_NAMES.filter((name) => counts[name] && Object.keys(counts[name]).length)
    .map((name) => {
      const options = Object.entries(counts[name]!)
        .filter(([value, n]) => n > 0 || active[name]?.includes(value))
        .sort((a, b) => (name === '年份' ? b[0].localeCompare(a[0]) : b[1] - a[1]))
        .slice(0, 30)
        .map(
          ([value, n]) =>
            `<label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${active[name]?.includes(value) ? ' checked' : ''}> ${escapeHtml(value)} <span class="count">${n}</span></label>`,
        )
        .join('');
      return `<fieldset><legend>${escapeHtml(name)}<span class="count">（计划数）</span></legend>${options}</fieldset>`;
    })
    .join('');
}

/**
 * The status line over the results: items found so far, in how many of the matching plans
 * (read most relevant first), and how many are shown.
 */
export function statusLine(q: string, hits: number, plans: number, loadedPlans: number, shown: number): string {
  if (hits === 0 && loadedPlans >= plans) return `没有找到与“${q}”相关的条目。可以换一个词，或去掉筛选条件。`;
  const read = Math.min(loadedPlans, plans);
  const more = plans > read ? `（已读相关度最高的 ${read} 份）` : '';
  return `“${q}”：${hits} 条${hits > shown ? `，显示前 ${shown} 条` : ''}，共 ${plans} 份计划${more}。`;
}

/**
 * What the 更多结果 button does next, or null when everything is shown: reveal items already
 * read, or read the next plans (and say how many are left).
 */
export function moreLabel(hits: number, shown: number, loadedPlans: number, plans: number): string | null {
  if (hits > shown) return `更多结果（已找到 ${hits - shown} 条未显示）`;
  if (loadedPlans < plans) return `更多结果（还有 ${plans - loadedPlans} 份计划未读）`;
  return null;
}

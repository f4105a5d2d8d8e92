/**
 * Atom feeds (RFC 4287) of plans: one entry a plan, its id the plan's permanent address, its
 * date the plan's 成文日期 (else 1 January of its year). Pure: data in, XML text out, every
 * text escaped.
 */
import type { Plan } from '../schemas/plan.ts';
import { escapeHtml } from '../text/html.ts';

export interface FeedEntry {
  /** Absolute URL of the plan page: also the entry's id, a permanent address. */
  url: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  author: string | null;
  summary: string;
}

export interface Feed {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  page: string;
  title: string;
  entries: FeedEntry[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters, so they are dropped
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/** Text for XML: the HTML escaping (numeric references are XML too), without the characters XML forbids. */
const xml = (s: string) => escapeHtml(s.replace(FORBIDDEN, ''));

/** The date a plan is listed under: its 成文日期, else 1 January of its year, else none. */
export function planUpdated(plan: Pick<Plan, 'meta'>): string | null {
  if (plan.meta.date) return `${plan.meta.date}T00:00:00Z`;
  if (plan.meta.year) return `${plan.meta.year}-01-01T00:00:00Z`;
  return null;
}

export function planEntry(plan: Plan, pageUrl: string): FeedEntry | null {
  const updated = planUpdated(plan);
  if (!updated) return null;
  const summary = plan.preamble[0] ?? plan.sections.map((s) => `${s.marker ?? ''}${s.title ?? ''}`).join(' ');
  return { url: pageUrl, title: plan.meta.title, updated, author: plan.meta.issuer, summary: summary.slice(0, 200) };
}

/**
 * Entries a feed carries: the newest. A feed says what is new to a reader who polls it; the
 * archive is the site. A feed of every plan grows with the corpus, and every topic's with it
 * (34 feeds of 1,000–2,000 entries, 24 MB, at 2,000 plans); fifty covers the busiest day of a
 * year's plans (most are issued in its first quarter).
 */
export const FEED_ENTRIES = 50;

/** The newest entries (FEED_ENTRIES) first; the feed's own date is its newest entry's. */
export function atomFeed(feed: Feed, limit = FEED_ENTRIES): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url)).slice(0, limit);
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const body = entries
    .map(
      (e) => `  <entry>
    <id>${xml(e.url)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>
    <updated>${e.updated}</updated>
${e.author ? `    <author><name>${xml(e.author)}</name></author>\n` : ''}    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xml(feed.self)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.page)}"/>
  <updated>${updated}</updated>
  <author><name>要点</name></author>
${body}
</feed>
`;
}

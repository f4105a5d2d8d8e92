/**
 * Which years a listing page (the home page, a topic, a cited document) shows entry by entry.
 * An archive of ten years and thousands of plans cannot be one list: on the 2,000-plan bench
 * corpus the home page was 660 KB of HTML, a topic's page up to 1.1 MB, a cited document's
 * 300 KB. A listing shows whole years, newest first, until at least `limit` entries are shown,
 * so the latest are one click away and a year is never cut in half; the other years have pages
 * of their own. Entries of unknown year are always shown: they have no year page. Pure.
 */

/** Plans the home page lists at least, when there are that many. */
export const HOME_PLANS = 300;
/** Items a topic page lists at least, when there are that many. */
export const TOPIC_ITEMS = 500;
/** Citations a cited document's page lists at least (each with its sentence), when there are that many. */
export const CITED_ITEMS = 150;

export function yearsListed(countsPerYear: ReadonlyMap<number | null, number>, limit: number): Set<number | null> {
  const listed = new Set<number | null>();
  let count = 0;
  for (const year of [...countsPerYear.keys()].filter((y) => y !== null).sort((a, b) => b - a)) {
    if (count >= limit) break;
    listed.add(year);
    count += countsPerYear.get(year)!;
  }
  if (countsPerYear.has(null)) listed.add(null);
  return listed;
}

/** How many of `entries` each year has. */
export function countByYear<T>(entries: Iterable<T>, yearOf: (entry: T) => number | null): Map<number | null, number> {
  const counts = new Map<number | null, number>();
  for (const entry of entries) {
    const year = yearOf(entry);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

export interface YearListing {
  /** Entries per year. */
  counts: Map<number | null, number>;
  /** Every year with entries, newest first, unknown last. */
  years: Array<number | null>;
  /** The years the listing shows entry by entry. */
  listed: Set<number | null>;
  /** The other years, newest first: each has a page of its own. */
  earlier: number[];
}

/** A listing of `entries` by year: what it shows itself and which years go to pages of their own. */
export function yearListing<T>(entries: Iterable<T>, yearOf: (entry: T) => number | null, limit: number): YearListing {
  const counts = countByYear(entries, yearOf);
  const listed = yearsListed(counts, limit);
  const years = [...counts.keys()].sort((a, b) => (b ?? 0) - (a ?? 0));
  return { counts, years, listed, earlier: years.filter((y): y is number => !listed.has(y)) };
}

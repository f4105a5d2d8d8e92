/**
 * Which years a listing page (the home page, a topic) shows entry by entry. An archive of ten
 * years and thousands of plans cannot be one list (the 2,000 plans of the bench corpus are
 * 660 KB of HTML on the home page, a topic's items up to 1.1 MB); the other years have pages of
 * their own. A listing shows whole years, newest first, until at least `limit` entries are shown,
 * so the latest are one click away and a year is never cut in half. Entries of unknown year are
 * always shown: they have no year page. Pure.
 */

/** Plans the home page lists at least, when there are that many. */
export const HOME_PLANS = 300;
/** Items a topic page lists at least, when there are that many. */
export const TOPIC_ITEMS = 500;

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
  for (const entry of entries) counts.set(yearOf(entry), (counts.get(yearOf(entry)) ?? 0) + 1);
  return counts;
}

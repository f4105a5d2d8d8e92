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
  for (const entry of entries) counts.set(yearOf(entry), (counts.get(yearOf(entry)) ?? 0) + 1);
  return counts;
}

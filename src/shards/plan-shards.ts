/**
 * Split plans into shards by year: whole years stay together, consecutive years share a shard,
 * and shards are as even in plan count as whole years allow.
 */
export interface Shard {
  /** URL-safe name, e.g. 2015-2019. */
  name: string;
  /** What a reader sees: 2015–2019 年. */
  label: string;
  slugs: string[];
}

export function planShards(years: ReadonlyMap<string, number | null>, count: number): Shard[] {
  const byYear = new Map<number | null, string[]>();
  for (const [slug, year] of years) byYear.set(year, [...(byYear.get(year) ?? []), slug]);
  const ordered = [...byYear.keys()].sort((a, b) => (a ?? 0) - (b ?? 0));
  const target = years.size / Math.max(1, count);
  const groups: Array<Array<number | null>> = [[]];
  let filled = 0;
  for (const year of ordered) {
    const size = byYear.get(year)!.length;
    if (groups.length < count && groups.at(-1)!.length > 0 && filled + size / 2 > target * groups.length) groups.push([]);
    groups.at(-1)!.push(year);
    filled += size;
  }
  return groups.map((group) => {
    const known = group.filter((y): y is number => y !== null);
    const first = known.length ? Math.min(...known) : null;
    const last = known.length ? Math.max(...known) : null;
    const name = first === null ? 'undated' : first === last ? String(first) : `${first}-${last}`;
    return {
      name,
      label: first === null ? '年份不详' : first === last ? `${first} 年` : `${first}–${last} 年`,
      slugs: group.flatMap((y) => byYear.get(y)!).sort(),
    };
  });
}

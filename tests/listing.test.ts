import { expect, test } from 'vitest';
import { countByYear, yearListing, yearsListed } from '../src/listing/years.ts';

const perYear = (entries: Array<[number | null, number]>) => new Map(entries);

test('a listing shows whole years, newest first, until enough plans are listed', () => {
  const years = perYear([[2022, 180], [2024, 150], [2023, 200], [2021, 190]]);
  expect([...yearsListed(years, 300)]).toEqual([2024, 2023]);
  expect([...yearsListed(years, 150)]).toEqual([2024]);
  expect([...yearsListed(years, 151)]).toEqual([2024, 2023]);
});

test('a small archive is listed whole, plans of unknown year always', () => {
  expect([...yearsListed(perYear([[2020, 2], [null, 1], [2022, 2]]), 300)]).toEqual([2022, 2020, null]);
  expect([...yearsListed(perYear([[2024, 400], [null, 3], [2023, 10]]), 300)]).toEqual([2024, null]);
});

test('entries are counted by year, unknown years together', () => {
  expect(countByYear([{ y: 2024 }, { y: null }, { y: 2024 }, { y: 2023 }], (e) => e.y)).toEqual(new Map([[2024, 2], [null, 1], [2023, 1]]));
});

test('a listing says which years it shows and which go to pages of their own, newest first', () => {
  const entries = [2021, 2024, 2023, 2024, null, 2022, 2023].map((year) => ({ year }));
  const listing = yearListing(entries, (e) => e.year, 3);
  expect(listing.years).toEqual([2024, 2023, 2022, 2021, null]);
  expect([...listing.listed]).toEqual([2024, 2023, null]);
  expect(listing.earlier).toEqual([2022, 2021]);
  expect(listing.counts.get(2024)).toBe(2);
});

/**
 * Revisions of one plan: a version is kept only when the text a reader reads changed (not where
 * it was read from), and the revision shown is against the newest kept version that differs.
 */
import { expect, test } from 'vitest';
import { latestRevision, needsSnapshot, readerText } from '../src/compare/revisions.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { convertSeed } from './helpers.ts';

const original = convertSeed('2022-moe-basic-education');
const reworded: Plan = structuredClone(original);
reworded.sections[0]!.children[0]!.paragraphs[0] += '（修订）';
const moved: Plan = { ...structuredClone(original), meta: { ...original.meta, source: 'plans/elsewhere.html', format: 'html' }, removed: [] };

test('a new version is kept when the text changed, not when only its source or removed chrome did', () => {
  expect(needsSnapshot([], original)).toBe(true);
  expect(needsSnapshot([{ date: '2022-06-10', plan: original }], moved)).toBe(false);
  expect(readerText(moved)).toBe(readerText(original));
  expect(needsSnapshot([{ date: '2022-06-10', plan: original }], reworded)).toBe(true);
});

test('the revision shown: against the newest kept version that differs, dated by the version equal to the text', () => {
  expect(latestRevision([{ date: '2022-06-10', plan: original }], original)).toBeNull();
  expect(latestRevision([{ date: '2022-06-10', plan: original }], reworded)).toMatchObject({ revisedOn: null, previous: { date: '2022-06-10' } });
  const kept = [
    { date: '2022-07-01', plan: reworded },
    { date: '2022-06-10', plan: original },
  ];
  expect(latestRevision(kept, reworded)).toMatchObject({ revisedOn: '2022-07-01', previous: { date: '2022-06-10' } });
});

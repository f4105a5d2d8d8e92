/**
 * The implementation chain, on the bundled national plan (教育部基础教育司2022年工作要点) and a
 * city's plan of the next year written to take up some of its items (tests/fixtures/series/):
 * exactly the items that take a national item up are linked, each with its reason; items on the
 * same topic that do not take it up are not; the bundled local plans (of earlier years) link to
 * nothing, and would stay below the threshold even if the year allowed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { eligible, implementationChain } from '../src/compare/chain.ts';
import { convertBytes } from '../src/converter/convert.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { convertSeed, ROOT, seeds } from './helpers.ts';

const file = 'tests/fixtures/series/jiangbei-city-basic-education-2023.txt';
const city = convertBytes(readFileSync(join(ROOT, file)), { file, slug: 'jiangbei-city-basic-education-2023' });
const national = convertSeed('2022-moe-basic-education');
const bundled = seeds.map((s) => convertSeed(s.slug));

test('the city plan is a city plan of 2023, and may take up the national plan of 2022', () => {
  expect([city.meta.level, city.meta.year, city.meta.region]).toEqual(['city', 2023, '江北市']);
  expect(eligible(national.meta, city.meta)).toBe(true);
  expect(eligible(city.meta, national.meta)).toBe(false);
});

test('exactly the items that take a national item up are linked down, with their reason; and up again', () => {
  const chain = implementationChain([...bundled, city]);
  const down = [...chain.down].flatMap(([key, links]) => links.map((l) => `${key} → ${l.plan}#${l.id} ${l.reason.kind}${l.reason.kind === 'citation' ? ` 《${l.reason.document}》` : ''}`));
  expect(down.sort()).toEqual([
    '2022-moe-basic-education#s1-1 → jiangbei-city-basic-education-2023#s1-1 citation 《关于建立中小学校党组织领导的校长负责制的意见(试行)》',
    '2022-moe-basic-education#s2-4 → jiangbei-city-basic-education-2023#s2-3 similar',
    '2022-moe-basic-education#s3-10 → jiangbei-city-basic-education-2023#s3-5 citation 《十四五特殊教育发展提升行动计划》',
  ]);
  expect(chain.up.get('jiangbei-city-basic-education-2023#s3-5')?.map((l) => `${l.plan}#${l.id}`)).toEqual(['2022-moe-basic-education#s3-10']);
  // Same topic, not taking it up: special-education teachers, the party secretaries' training.
  expect(chain.up.has('jiangbei-city-basic-education-2023#s3-6')).toBe(false);
  expect(chain.up.has('jiangbei-city-basic-education-2023#s1-2')).toBe(false);
});

test('the bundled local plans, of 2020 and 2021, take up nothing of 2022; with the year set aside they still stay below', () => {
  expect(implementationChain(bundled).down.size).toBe(0);
  const sameYear = (p: Plan): Plan => ({ ...p, meta: { ...p.meta, year: 2022 } });
  const chain = implementationChain(bundled.map((p) => (p.meta.level === 'national' ? p : sameYear(p))));
  expect([...chain.down.values()].flat().map((l) => `${l.plan}#${l.id}`)).toEqual([]);
});

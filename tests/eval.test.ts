/**
 * The corpus scorer, on every document with a gold annotation: the real documents of
 * ../shared/corpus, the bundled plans (tests/gold/) and the unseen-shape fixtures. Every check
 * passes; and the scorer itself fails a plan that is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertBytes } from '../src/converter/convert.ts';
import { gold as goldSchema } from '../src/eval/gold.ts';
import { rescrapes } from '../src/eval/perturb.ts';
import { score } from '../src/eval/score.ts';

const here = import.meta.dirname;
const CORPUS = join(here, '../../shared/corpus');
const UNSEEN = join(here, 'fixtures/unseen');
const cases = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.json')).map((f) => ({ name: f, gold: join(CORPUS, f), input: join(CORPUS, f.replace(/\.json$/, '.txt')) })),
  ...readdirSync(join(here, 'gold')).map((f) => ({ name: f, gold: join(here, 'gold', f), input: join(here, '../plans', f.replace(/\.json$/, '.txt')) })),
  ...readdirSync(UNSEEN).map((d) => ({ name: d, gold: join(UNSEEN, d, 'gold.json'), input: join(UNSEEN, d, 'input.txt') })),
];
const convert = (bytes: Uint8Array) => convertBytes(bytes, { file: 'x.txt', slug: 'x' });

describe.each(cases)('$name', ({ gold, input }) => {
  test('every gold check passes, re-scrapes included', () => {
    const expected = goldSchema.parse(JSON.parse(readFileSync(gold, 'utf8')));
    const bytes = readFileSync(input);
    const text = new TextDecoder().decode(bytes);
    const others = rescrapes(text).map(({ name, text: t }) => ({ name, plan: convert(new TextEncoder().encode(t)) }));
    const failed = score(convert(bytes), expected, others).filter((c) => !c.pass);
    expect(failed).toEqual([]);
  });
});

test('the scorer fails a wrong title, a lost section, noise left in and a changed id', () => {
  const bytes = readFileSync(join(CORPUS, '13_moe-shuangyiliu-ruogan-yijian-2022-hrbeu.txt'));
  const expected = goldSchema.parse(JSON.parse(readFileSync(join(CORPUS, '13_moe-shuangyiliu-ruogan-yijian-2022-hrbeu.json'), 'utf8')));
  const plan = convert(bytes);
  const wrong = structuredClone(plan);
  wrong.meta.title = '教育部 财政部 国家发展改革委关于深入推进';
  wrong.sections.pop();
  wrong.preamble.push('[转入文章首发地址](http://gongxue.cn/info/1141/69648.htm)');
  const renumbered = structuredClone(plan);
  renumbered.sections[0]!.id = 's9';
  const failed = score(wrong, expected, [{ name: 'renumbered', plan: renumbered }]).filter((c) => !c.pass).map((c) => c.name);
  expect(failed).toEqual(expect.arrayContaining(['title', 'section count', 'section 九 title', 'total items', 'ids stable: renumbered']));
  expect(failed.some((n) => n.startsWith('noise gone'))).toBe(true);
});

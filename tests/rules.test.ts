/**
 * The rule catalogue covers every rule the code can report: every id written in the sources
 * (removals, warnings, errors) and every id that real documents produce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { convertBytes } from '../src/converter/convert.ts';
import { RULES } from '../src/schemas/rules.ts';
import { ROOT, seeds } from './helpers.ts';

const sources = ['src/converter', 'src/formats', 'src/anchors', 'scripts', 'scripts/lib'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'rules.ts')
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
);

test('every rule id written in the code is catalogued', () => {
  const written = new Set<string>();
  for (const text of sources) {
    for (const m of text.matchAll(/\b(?:id|rule): '([a-z-]+)'/g)) written.add(m[1]!);
    for (const m of text.matchAll(/new ConvertError\(\s*'([a-z-]+)'/g)) written.add(m[1]!);
  }
  expect(written.size).toBeGreaterThan(40);
  expect([...written].filter((id) => !(id in RULES)).sort()).toEqual([]);
});

test('every rule the bundled plans, the corpus and the fixtures produce is catalogued, with its effect', () => {
  const corpus = join(ROOT, '../shared/corpus');
  const unseen = join(ROOT, 'tests/fixtures/unseen');
  const inputs = [
    ...seeds.map((s) => s.bytes),
    ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f))),
    ...readdirSync(unseen).map((d) => readFileSync(join(unseen, d, 'input.txt'))),
  ];
  for (const bytes of inputs) {
    const plan = convertBytes(bytes, { file: 'x.txt', slug: 'x' });
    for (const r of plan.removed) expect(RULES[r.rule as keyof typeof RULES]?.effect, r.rule).toMatch(/^(remove-line|remove-fragment|keep-elsewhere)$/);
    for (const w of plan.warnings) expect(RULES[w.rule as keyof typeof RULES]?.effect, w.rule).toBe('warning');
  }
});

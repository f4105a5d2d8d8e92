/**
 * npm run eval -- --gold DIR [--inputs DIR] [--pages] [--floor 0.9]
 *
 * Converts every document that has a gold annotation and scores it (src/eval/score.ts): title,
 * year, issuer, sections and their item counts, total items, noise gone, text kept, ids unique
 * and stable under re-scrapes. Gold files are `NAME.json` beside `NAME.txt` (the corpus layout),
 * or `NAME/gold.json` beside `NAME/input.txt` (test fixtures); `--inputs DIR` reads `NAME.txt`
 * from another folder (the bundled plans); `--pages` reads the saved web page `NAME.source.html`
 * instead, for the documents that have one. Prints each failed check and `N passed, M failed`;
 * exits 1 when the share of passed checks is below the floor (default 1: every check).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { convertDocument } from '../src/converter/document.ts';
import { ConvertError } from '../src/converter/errors.ts';
import { gold as goldSchema } from '../src/eval/gold.ts';
import { rescrapes } from '../src/eval/perturb.ts';
import { score, type Check } from '../src/eval/score.ts';
import { slugFromName } from '../src/converter/slug.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const goldDir = option('--gold');
if (!goldDir) {
  console.error('usage: npm run eval -- --gold DIR [--inputs DIR] [--pages] [--floor 0.9]');
  process.exit(2);
}
const inputsDir = option('--inputs');
const pages = args.includes('--pages');
const floor = Number(option('--floor') ?? '1');
if (!(floor >= 0 && floor <= 1)) {
  console.error(`--floor must be a share between 0 and 1, e.g. 0.9 (got ${option('--floor')})`);
  process.exit(2);
}

interface Case {
  name: string;
  goldFile: string;
  input: string;
}

function cases(dir: string): Case[] {
  const found: Case[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const goldFile = join(path, 'gold.json');
      if (existsSync(goldFile)) found.push({ name: entry, goldFile, input: join(path, 'input.txt') });
    } else if (entry.endsWith('.json')) {
      const name = entry.slice(0, -'.json'.length);
      const input = join(inputsDir ? resolve(inputsDir) : dir, pages ? `${name}.source.html` : `${name}.txt`);
      if (!pages || existsSync(input)) found.push({ name, goldFile: path, input });
    }
  }
  return found;
}

function convert(bytes: Uint8Array, name: string) {
  return convertDocument(bytes, { file: basename(name), slug: slugFromName(name.replace(/\.source\.html$/, '')) });
}

let passed = 0;
let failed = 0;
for (const c of cases(resolve(goldDir))) {
  let checks: Check[];
  try {
    const gold = goldSchema.parse(JSON.parse(readFileSync(c.goldFile, 'utf8')));
    const bytes = readFileSync(c.input);
    const plan = await convert(bytes, c.input);
    const text = new TextDecoder().decode(bytes);
    const others = await Promise.all(
      rescrapes(text).map(async ({ name, text: t }) => {
        try {
          return { name, plan: await convert(new TextEncoder().encode(t), c.input) };
        } catch (error) {
          return { name, plan: error as Error };
        }
      }),
    );
    checks = score(plan, gold, others);
  } catch (error) {
    const message = error instanceof ConvertError ? `${error.message} [${error.rule}]` : String(error);
    checks = [{ name: 'converts', pass: false, detail: message }];
  }
  const bad = checks.filter((k) => !k.pass);
  passed += checks.length - bad.length;
  failed += bad.length;
  console.log(`${bad.length ? '✗' : '✓'} ${c.name}: ${checks.length - bad.length}/${checks.length}`);
  for (const k of bad) console.log(`    ${k.name}: ${k.detail}`);
}
const share = passed / Math.max(1, passed + failed);
console.log(`${passed} passed, ${failed} failed (${(share * 100).toFixed(1)}%, floor ${(floor * 100).toFixed(1)}%)`);
process.exit(share + 1e-9 >= floor ? 0 : 1);

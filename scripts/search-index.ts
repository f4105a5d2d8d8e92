/**
 * Build the Pagefind index of every plan: one custom record per item, folded to Simplified,
 * in one language index so Traditional plans are found by Simplified queries and the reverse.
 * Writes <out>/pagefind/ and <out>/search/fold.json (the character map the search page folds
 * queries with).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { plan as planSchema } from '../src/schemas/plan.ts';
import { searchRecords } from '../src/search/records.ts';
import { loadTopics, topicMatcher } from '../src/crosslinks/topics.ts';
import { scriptTables } from '../src/text/script.ts';

const ROOT = join(import.meta.dirname, '..');
const content = process.env.YAODIAN_CONTENT ?? join(ROOT, 'src/content');
const out = process.env.YAODIAN_OUT ?? join(ROOT, 'dist');
const base = process.env.SITE_BASE ?? '/';

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
let count = 0;
const taxonomy = loadTopics(join(ROOT, 'src/data/topics.yaml'));
const names = new Map(taxonomy.map((t) => [t.slug, t.name]));
const matchTopics = topicMatcher(taxonomy);
for (const file of readdirSync(join(content, 'models')).filter((f) => f.endsWith('.json')).sort()) {
  const plan = planSchema.parse(JSON.parse(readFileSync(join(content, 'models', file), 'utf8')));
  const topicFilter = (node: { title: string | null; paragraphs: string[] }): Record<string, string[]> => {
    const found = node.paragraphs.length ? matchTopics([node.title ?? '', ...node.paragraphs].join('\n')) : [];
    return found.length ? { 专题: found.map((slug) => names.get(slug)!) } : {};
  };
  for (const record of searchRecords(plan, base, topicFilter)) {
    const response = await index.addCustomRecord(record);
    if (response.errors.length) throw new Error(`${file}: ${response.errors.join('; ')}`);
    count++;
  }
}
rmSync(join(out, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
mkdirSync(join(out, 'search'), { recursive: true });
// Two aligned strings, Traditional and Simplified: the smallest form of the map for the browser.
const pairs = [...scriptTables().toSimplified];
writeFileSync(join(out, 'search', 'fold.json'), JSON.stringify([pairs.map(([t]) => t).join(''), pairs.map(([, s]) => s).join('')]));
await pagefind.close();
console.log(`indexed ${count} items into ${join(out, 'pagefind')}`);

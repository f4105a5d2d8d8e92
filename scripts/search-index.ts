/**
 * Build the Pagefind index: one document per plan (src/search/records.ts) with every item a
 * sub-result, folded to Simplified, in one language index so Traditional plans are found by
 * Simplified queries and the reverse. The documents are written to a scratch folder and indexed
 * as a directory (Pagefind reads them in parallel). Writes <out>/pagefind/ and
 * <out>/search/fold.json (the character map the search page folds queries with).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { siteConfig } from '../src/config/site.ts';
import { loadTopics, topicMatcher } from '../src/crosslinks/topics.ts';
import { plan as planSchema } from '../src/schemas/plan.ts';
import { searchDocument } from '../src/search/records.ts';
import { scriptTables } from '../src/text/script.ts';

const ROOT = join(import.meta.dirname, '..');
const { contentDir: content, outDir: out } = siteConfig(process.env, ROOT);

const taxonomy = loadTopics(join(ROOT, 'src/data/topics.yaml'));
const names = new Map(taxonomy.map((t) => [t.slug, t.name]));
const matchTopics = topicMatcher(taxonomy);
const scratch = mkdtempSync(join(tmpdir(), 'yaodian-search-'));
let count = 0;
try {
  for (const file of readdirSync(join(content, 'models')).filter((f) => f.endsWith('.json'))) {
    const plan = planSchema.parse(JSON.parse(readFileSync(join(content, 'models', file), 'utf8')));
    const doc = searchDocument(plan, (node) => matchTopics([node.title ?? '', ...node.paragraphs].join('\n')).map((slug) => names.get(slug)!));
    mkdirSync(join(scratch, doc.path), { recursive: true });
    writeFileSync(join(scratch, doc.path, 'index.html'), doc.html);
    count++;
  }
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  rmSync(join(out, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
mkdirSync(join(out, 'search'), { recursive: true });
// Two aligned strings, Traditional and Simplified: the smallest form of the map for the browser.
const pairs = [...scriptTables().toSimplified];
writeFileSync(join(out, 'search', 'fold.json'), JSON.stringify([pairs.map(([t]) => t).join(''), pairs.map(([, s]) => s).join('')]));
console.log(`indexed ${count} plans into ${join(out, 'pagefind')}`);

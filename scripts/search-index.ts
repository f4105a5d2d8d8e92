/**
 * Build the Pagefind index: one document per plan (src/search/records.ts) with every item a
 * sub-result, folded to Simplified, in one language index so Traditional plans are found by
 * Simplified queries and the reverse, cut into words by src/search/segment.ts. Writes <out>/pagefind/ and
 * <out>/search/fold.json (the character map the search page folds queries with).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { siteConfig } from '../src/config/site.ts';
import { loadTopics, topicMatcher } from '../src/crosslinks/topics.ts';
import { plan as planSchema } from '../src/schemas/plan.ts';
import { foldMapFile } from '../src/search/query.ts';
import { searchDocument } from '../src/search/records.ts';
import { scriptTables } from '../src/text/script.ts';

const ROOT = join(import.meta.dirname, '..');
const { contentDir: content, outDir: out } = siteConfig(process.env, ROOT);

const taxonomy = loadTopics(join(ROOT, 'src/data/topics.yaml'));
const names = new Map(taxonomy.map((t) => [t.slug, t.name]));
const matchTopics = topicMatcher(taxonomy);
// The text is already cut into words (src/search/segment.ts): Pagefind is given a language it
// does not segment, so its words are ours; 'en' only stems the rare Latin word.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
// Documents go to Pagefind as they are made, a few in flight: Pagefind reads one while this
// process cuts the next into words, and nothing is written to disk in between.
const IN_FLIGHT = 8;
const pending = new Set<Promise<void>>();
let count = 0;
// Every character the index holds, for the fold map (foldMapFile).
const indexed = new Set<string>();
for (const file of readdirSync(join(content, 'models')).filter((f) => f.endsWith('.json'))) {
  const plan = planSchema.parse(JSON.parse(readFileSync(join(content, 'models', file), 'utf8')));
  const doc = searchDocument(plan, (node) => matchTopics([node.title ?? '', ...node.paragraphs].join('\n')).map((slug) => names.get(slug)!));
  for (const c of doc.html) indexed.add(c);
  const added: Promise<void> = index.addHTMLFile({ url: `/${doc.path}`, content: doc.html }).then((r) => {
    pending.delete(added);
    if (r.errors.length) throw new Error(`${file}: ${r.errors.join('; ')}`);
  });
  pending.add(added);
  if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  count++;
}
await Promise.all(pending);
rmSync(join(out, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
mkdirSync(join(out, 'search'), { recursive: true });
// A shard's search page also searches the other shards' indexes, whose characters this one has
// not seen: it is sent the whole map.
const merged = (process.env.PUBLIC_YAODIAN_SEARCH_MERGE ?? '') !== '';
writeFileSync(join(out, 'search', 'fold.json'), JSON.stringify(foldMapFile(scriptTables().toSimplified, merged ? undefined : indexed)));
console.log(`indexed ${count} plans into ${join(out, 'pagefind')}`);

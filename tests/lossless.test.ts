/**
 * Nothing is lost: every character of a plan's body that the report does not list as removed
 * is in the model, in order; and no noise is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertBytes } from '../src/converter/convert.ts';
import { decode } from '../src/converter/decode.ts';
import { normalize } from '../src/converter/normalize.ts';
import { matchNumbering } from '../src/converter/patterns.ts';
import { convertSeed, keptBody, modelText, seeds } from './helpers.ts';

const NOISE = /版权所有|版權所有|ICP|公网安备|技术支持|还能输入|评论|当前隐藏内容|第\s*\d+\s*页|共\s*\d+\s*页|无码|午夜|蜘蛛池|猜你喜|推荐访问|网站已支持|欢迎光临|由会员分享|小编|点击量|发布时间|關鍵詞|限制150内/;

describe.each(seeds.map((s) => s.slug))('%s', (slug) => {
  const plan = convertSeed(slug);
  const bytes = seeds.find((s) => s.slug === slug)!.bytes;

  test('every body character not listed as removed is in the model, in order', () => {
    expect(modelText(plan)).toBe(keptBody(bytes, plan));
  });

  test('no noise reaches the model', () => {
    expect(modelText(plan)).not.toMatch(NOISE);
  });

  test('every removal has a rule and a reason', () => {
    for (const r of plan.removed) {
      expect(r.rule).toMatch(/^[a-z-]+$/);
      expect(r.reason.length).toBeGreaterThan(3);
    }
  });
});

/**
 * The real documents of ../shared/corpus: nothing of the body lost, and nothing inside the
 * document removed unless it is furniture. Every removed line is listed, with its rule, in a
 * reviewed golden file.
 */
const CORPUS = join(import.meta.dirname, '../../shared/corpus');
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
/** Rules that may act inside the document: markup, page furniture, and parts kept elsewhere in the model. */
const INSIDE_OK = new Set([
  'template-directive', 'page-command', 'markdown-link', 'spam', 'excerpt-marker', 'markdown-bold', 'download-link', 'teaser',
  'page-counter', 'page-marker', 'glued-chrome', 'attachment-label', 'attachment-number', 'title',
]);

describe.each(corpusFiles)('corpus %s', (name) => {
  const bytes = readFileSync(join(CORPUS, name));
  const plan = convertBytes(bytes, { file: name, slug: 'corpus' });
  const lines = normalize(decode(bytes).text).lines;

  test('every body character not listed as removed is in the model, in order', () => {
    expect(modelText(plan)).toBe(keptBody(bytes, plan));
  });

  test('no numbered line is removed, and inside the document only furniture is', () => {
    const whole = plan.removed.filter((r) => lines[r.line - 1]?.text === r.text);
    const removedLines = new Set(whole.map((r) => r.line));
    const kept = lines.filter((l) => l.text !== '' && !removedLines.has(l.no)).map((l) => l.no);
    const [first, last] = [Math.min(...kept), Math.max(...kept)];
    const wrong = whole.filter((r) => matchNumbering(r.text) !== null || (r.line > first && r.line < last && !INSIDE_OK.has(r.rule)));
    expect(wrong).toEqual([]);
  });
});

test('every removed line of the corpus, with its rule, as reviewed', async () => {
  const listing = corpusFiles.flatMap((name) => {
    const plan = convertBytes(readFileSync(join(CORPUS, name)), { file: name, slug: 'corpus' });
    return plan.removed.map((r) => `${name}:${r.line}\t${r.rule}\t${r.text.slice(0, 60)}`);
  });
  await expect(`${listing.join('\n')}\n`).toMatchFileSnapshot('fixtures/corpus-removed.tsv');
});

/**
 * node scripts/measure-search.ts DIST [query1] [query2]
 *
 * Open the search page of a built site in Chromium and measure what a reader waits for: bytes
 * downloaded and time to first results for a first query and for a second one.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';

const [dist, first = '课后服务', second = '学籍管理'] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/measure-search.ts DIST [query1] [query2]');
  process.exit(2);
}
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
let bytes = 0;
let requests = 0;
// Pagefind fetches from a worker too; the context sees every response.
context.on('response', (response) => {
  requests++;
  void response.body().then((b) => (bytes += b.length)).catch(() => {});
});
await page.goto(site.url('search/'));
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const pageBytes = bytes;
const pageRequests = requests;
for (const [label, query] of [['first query', first], ['second query', second]] as const) {
  bytes = 0;
  requests = 0;
  const started = performance.now();
  await page.fill('#search-q', query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /：\d+ 条|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  console.log(`${label} (${query}): ${(bytes / 1024).toFixed(1)} KiB in ${requests} requests, results in ${ms.toFixed(0)} ms — ${await page.textContent('[data-status]')}`);
}
console.log(`opening the search page (HTML, CSS, Pagefind's script, WebAssembly and entry, loaded as the box takes focus): ${(pageBytes / 1024).toFixed(1)} KiB in ${pageRequests} requests`);
await browser.close();
await site.close();

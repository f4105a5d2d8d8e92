/**
 * node scripts/measure-search.ts DIST [query1] [query2] [--page 2024/search/] [--requests]
 *
 * Open the search page of a built site in Chromium and measure what a reader waits for: bytes
 * transferred (as sent, text gzipped as a static host sends it; and unpacked) and time to first
 * results, for a first query and for a second one. `--requests` lists every request with its size.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';

const args = process.argv.slice(2);
// --page: the search page under DIST, e.g. 2024/search/ for a shard of a sharded build.
const at = args.indexOf('--page');
const searchPage = at >= 0 ? args.splice(at, 2)[1]! : 'search/';
const listing = args.includes('--requests');
if (listing) args.splice(args.indexOf('--requests'), 1);
const [dist, first = '课后服务', second = '学籍管理'] = args;
if (!dist) {
  console.error('usage: node scripts/measure-search.ts DIST [query1] [query2] [--page 2024/search/]');
  process.exit(2);
}
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
let bytes = 0;
let unpacked = 0;
let requests = 0;
// Pagefind fetches from a worker too; the context sees every request.
context.on('requestfinished', (request) => {
  requests++;
  void request
    .sizes()
    .then((s) => {
      bytes += s.responseBodySize + s.responseHeadersSize;
      if (listing) console.log(`  ${(s.responseBodySize / 1024).toFixed(1).padStart(7)} KiB  ${new URL(request.url()).pathname}`);
    })
    .catch(() => {});
  void request.response().then((r) => r?.body()).then((b) => (unpacked += b?.length ?? 0)).catch(() => {});
});
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
await page.goto(site.url(searchPage));
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const [pageBytes, pageUnpacked, pageRequests] = [bytes, unpacked, requests];
for (const [label, query] of [['first query', first], ['second query', second]] as const) {
  bytes = 0;
  unpacked = 0;
  requests = 0;
  const started = performance.now();
  await page.fill('#search-q', query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /：\d+ 条|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  const ms = performance.now() - started;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  console.log(`${label} (${query}): ${kib(bytes)} transferred (${kib(unpacked)} unpacked) in ${requests} requests, results in ${ms.toFixed(0)} ms — ${await page.textContent('[data-status]')}`);
}
console.log(`opening the search page (HTML, CSS, Pagefind's script, WebAssembly and entry, loaded as the box takes focus): ${kib(pageBytes)} transferred (${kib(pageUnpacked)} unpacked) in ${pageRequests} requests`);
await browser.close();
await site.close();

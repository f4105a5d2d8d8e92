/**
 * npm run screenshots: photographs home and a plan page at phone and desktop widths into
 * screenshots/, from the built dist/, for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ['', 'plans/2022-moe-basic-education/', 'plans/2022-moe-basic-education/#s2-5']);
mkdirSync(OUT, { recursive: true });
const site = await serve(join(ROOT, 'dist'));
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 } });
  for (const path of pages) {
    await page.goto(site.url(path));
    const name = `${path.replace(/[/#]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
    await page.screenshot({ path: join(OUT, name) });
    console.log(join('screenshots', name));
  }
  await page.close();
}
await browser.close();
await site.close();

/**
 * A real Chromium (playwright-core) on the built site, served from 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';

export interface Session {
  browser: Browser;
  site: Served;
  close: () => Promise<void>;
}

export async function open(dir: string, base = '/'): Promise<Session> {
  const [browser, site] = await Promise.all([chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS }), serve(dir, base)]);
  return { browser, site, close: async () => { await browser.close(); await site.close(); } };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical accessibility violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

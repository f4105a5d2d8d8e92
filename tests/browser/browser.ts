/**
 * A real Chromium (playwright-core) on the built site, served from 127.0.0.1.
 */
import { chromium, type Browser } from 'playwright-core';
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

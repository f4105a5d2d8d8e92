/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else the one shipped in the npm package
 * @sparticuz/chromium (unpacked to $TMPDIR on first use), so a machine with only Node and npm
 * can print PDFs and run browser tests.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export async function chromiumPath(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist — unset it or point it at a Chromium binary`);
    return configured;
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch (error) {
    throw new Error(
      `no Chromium could be started: ${(error as Error).message}. Run \`npm install\` (it brings @sparticuz/chromium), or set CHROMIUM_PATH to a Chromium binary (Debian: apt-get install chromium, then CHROMIUM_PATH=/usr/bin/chromium)`,
    );
  }
}

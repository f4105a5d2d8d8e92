import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` is the pure core (no build, no browser: seconds); `built` reads sites
 * built once by tests/site/build-sites.ts — the files (tests/site/) and Chromium (tests/browser/).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['tests/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'built',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/site/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

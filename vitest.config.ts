import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/site/build-sites.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

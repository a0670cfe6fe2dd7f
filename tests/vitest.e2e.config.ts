import { defineConfig } from 'vitest/config';

/**
 * Browser journeys (`npx vitest run -c tests/vitest.e2e.config.ts`), one file after the other, sharing the
 * worker's module cache (playwright-core, firebase-admin) instead of loading it again for each file.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { isolate: false } },
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});

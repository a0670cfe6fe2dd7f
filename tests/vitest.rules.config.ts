import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Security rules suites against the shared emulators (`npx vitest run -c tests/vitest.rules.config.ts`).
 * Files run one after the other in one worker: they share one emulator project and its coverage report.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/rules/**/*.rules.test.ts'],
    environment: 'node',
    globalSetup: ['tests/rules/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    sequence: { concurrent: false },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

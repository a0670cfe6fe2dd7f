import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { RULES_WORKERS } from './rules/rules-workers';

/**
 * Security rules suites against the shared emulators (`npx vitest run -c tests/vitest.rules.config.ts`).
 * Two files run at once, each worker on a Firestore project of its own (rules-env.ts), so one worker's
 * clearFirestore() never meets the other's data. The files of a worker share its module cache.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/rules/**/*.rules.test.ts'],
    environment: 'node',
    globalSetup: ['tests/rules/global-setup.ts'],
    pool: 'forks',
    maxWorkers: RULES_WORKERS,
    minWorkers: RULES_WORKERS,
    poolOptions: { forks: { isolate: false } },
    sequence: { concurrent: false },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

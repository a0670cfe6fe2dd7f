import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The launcher's own tests (`npx vitest run -c tests/vitest.launcher.config.ts`): they start
 * `npm start` on the "check" instance (firebase.json's ports + 4000, data in .emulators/check/data),
 * interrupt it at each phase and look for leftovers. One test after the other: each starts where the
 * previous one left the instance.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/launcher/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    sequence: { concurrent: false },
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests: pure code beside what it tests, no emulator needed. The emulator suites have their own
// configurations in tests/ (rules, functions, e2e) and are run by scripts/test.mjs.
export default defineConfig({
  test: {
    projects: [
      'domain',
      'web-shared',
      'functions/vitest.config.ts',
      'web-admin/vitest.config.ts',
      'web-client/vitest.config.ts',
      {
        test: {
          name: 'tests',
          include: ['tests/bench/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}', 'eslint-rules/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});

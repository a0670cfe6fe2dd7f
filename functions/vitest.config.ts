import { defineConfig } from 'vitest/config';

// Unit tests beside the handlers, with fake dependencies; the suites against the emulators live in
// tests/functions.
export default defineConfig({
  test: {
    name: 'functions',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'web-shared',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});

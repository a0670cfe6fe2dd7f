import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { authEmulator, firestoreEmulator, projectId, storageEmulator } from './support/emulator-env';

/**
 * Functions suites against the shared, running emulators (`npx vitest run -c tests/vitest.functions.config.ts`).
 * One file after the other: they watch the same MailDev inbox and the same functions emulator. The files
 * share the worker's module cache (firebase-admin, the domain) instead of loading it again for each.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/functions/**/*.int.test.ts'],
    environment: 'node',
    env: {
      GCLOUD_PROJECT: projectId,
      FIRESTORE_EMULATOR_HOST: `${firestoreEmulator.host}:${firestoreEmulator.port}`,
      FIREBASE_AUTH_EMULATOR_HOST: `${authEmulator.host}:${authEmulator.port}`,
      FIREBASE_STORAGE_EMULATOR_HOST: `${storageEmulator.host}:${storageEmulator.port}`,
    },
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true, isolate: false } },
    sequence: { concurrent: false },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests beside the handlers, with fake dependencies; the suites against the emulators live in
// tests/functions.
export default defineConfig({
  test: {
    name: 'functions',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // A Storage trigger names its bucket when it is defined; deployed and in the emulator the platform
    // gives it in FIREBASE_CONFIG, here the demo project's default bucket stands in.
    env: { FIREBASE_CONFIG: JSON.stringify({ projectId: 'demo-estate', storageBucket: 'demo-estate.appspot.com' }) },
  },
});

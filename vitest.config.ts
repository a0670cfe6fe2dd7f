import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import functionsConfig from './functions/vitest.config';
import webAdminConfig from './web-admin/vitest.config';
import webClientConfig from './web-client/vitest.config';
import webSharedConfig from './web-shared/vitest.config';

// Unit tests: pure code beside what it tests, no emulator needed. The emulator suites have their own
// configurations in tests/ (rules, functions, e2e) and are run by scripts/test.mjs.
//
// Test files share their worker's module cache (`isolate: false`): importing zod, the domain and Mantine
// once per worker instead of once per file makes the run several times faster. A file that replaces a
// module or a global (`vi.mock`, fake timers…) would leak it into the files after it, so those files
// run in a project of their own, isolated as before.

const root = fileURLToPath(new URL('.', import.meta.url));
const REPLACES_MODULES_OR_GLOBALS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;
const TEST_FILE = /\.test\.(ts|tsx|mjs)$/;
const NEVER_TESTS = ['**/node_modules/**', '**/dist/**'];

function testFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return TEST_FILE.test(entry.name) ? [path] : [];
  });
}

/** The project, shared-cache, and its isolated twin for the files that replace modules or globals. */
function project(name: string, directory: string, scanned: string[], base: TestProjectInlineConfiguration) {
  const projectRoot = join(root, directory);
  const isolated = scanned
    .flatMap((folder) => testFiles(join(projectRoot, folder)))
    .filter((file) => REPLACES_MODULES_OR_GLOBALS.test(readFileSync(file, 'utf8')))
    .map((file) => relative(projectRoot, file));
  const shared: TestProjectInlineConfiguration = {
    ...base,
    test: {
      ...base.test,
      name,
      root: projectRoot,
      poolOptions: { forks: { isolate: false } },
      exclude: [...NEVER_TESTS, ...isolated],
    },
  };
  if (isolated.length === 0) return [shared];
  const twin: TestProjectInlineConfiguration = {
    ...base,
    test: {
      ...base.test,
      name: `${name} (isolated)`,
      root: projectRoot,
      include: isolated,
      // One fork for these files, each run with a fresh module registry and mocks.
      poolOptions: { forks: { isolate: true, singleFork: true } },
    },
  };
  return [shared, twin];
}

export default defineConfig({
  test: {
    pool: 'forks',
    poolOptions: { forks: { isolate: false } },
    projects: [
      ...project('domain', 'domain', ['src'], { test: { include: ['src/**/*.test.ts'], environment: 'node' } }),
      ...project('web-shared', 'web-shared', ['src'], webSharedConfig),
      ...project('functions', 'functions', ['src'], functionsConfig),
      ...project('web-admin', 'web-admin', ['src'], webAdminConfig),
      ...project('web-client', 'web-client', ['src'], webClientConfig),
      ...project('tests', '.', ['tests/bench', 'scripts', 'eslint-rules'], {
        test: {
          include: ['tests/bench/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}', 'eslint-rules/**/*.test.ts'],
          environment: 'node',
        },
      }),
    ],
  },
});

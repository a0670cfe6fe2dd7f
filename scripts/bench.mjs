// `npm run bench`: builds, starts a throw-away emulator suite of its own and runs the benchmarks in
// tests/bench. Sizes: BENCH_CONTACTS (default 5000) and BENCH_PROPERTIES (default 2000).
// The suite runs without functions: the generator writes derived fields (search tokens) itself, and
// tens of thousands of trigger runs would swamp the functions emulator and blur every figure. The
// private file download is then timed on a second suite with functions and Storage.
import { buildAll } from './build.mjs';
import { portInUse, startEmulators } from './lib/emulators.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, run } from './lib/run.mjs';

if (await portInUse(4400)) {
  fail(
    'the benchmark starts its own emulators (without functions) and needs their ports free, but a suite is ' +
      'running (port 4400 answers). Stop it ("npm start" or scripts/emulators.mjs) and run "npm run bench" again.',
  );
  process.exit(1);
}
let suite;
try {
  await setup();
  await buildAll();
  // The import of a large Google Contacts file is timed in Chromium alone: it needs no emulators.
  const importCode = await run(bin('vite-node'), ['tests/bench/import-bench.ts']);
  if (importCode !== 0) throw new Error(`the import benchmark failed (exit code ${importCode})`);
  // DVF extracts and the appraisal PDF need no emulators either.
  const documentsCode = await run(bin('vite-node'), ['tests/bench/documents-bench.ts']);
  if (documentsCode !== 0) throw new Error(`the DVF and appraisal benchmark failed (exit code ${documentsCode})`);
  suite = await startEmulators({ only: ['auth', 'firestore', 'hosting'] });
  const code = await run(bin('vite-node'), ['tests/bench/run-bench.ts']);
  if (code !== 0) throw new Error(`the benchmark failed (exit code ${code})`);
  await suite.stop();
  suite = undefined;
  // Private file downloads need functions and Storage: a second, small suite, without the big agency.
  suite = await startEmulators({ only: ['auth', 'firestore', 'functions', 'storage', 'hosting'] });
  const filesCode = await run(bin('vite-node'), ['tests/bench/run-file-bench.ts']);
  if (filesCode !== 0) throw new Error(`the file download benchmark failed (exit code ${filesCode})`);
} catch (error) {
  fail(String(error.message ?? error));
  process.exitCode = 1;
} finally {
  await suite?.stop();
}

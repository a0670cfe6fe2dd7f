// `npm run bench`: builds, starts a throw-away emulator suite of its own and runs the benchmarks in
// tests/bench. Sizes: BENCH_CONTACTS (default 5000) and BENCH_PROPERTIES (default 2000); the reservations
// expiry run BENCH_RESERVATIONS (default 10000) of which BENCH_RESERVATIONS_DUE (default 2000) are due.
// The suite runs without functions: the generator writes derived fields (search tokens) itself, and
// tens of thousands of trigger runs would swamp the functions emulator and blur every figure. The
// private file download is then timed on a second suite with functions and Storage.
// The suites are the "bench" instance (firebase.json's ports + 20000, scripts/lib/instances.mjs), so the
// bench runs beside `npm start` and `npm test`; Ctrl-C, SIGTERM or SIGHUP stops everything it started.
import { buildAll } from './build.mjs';
import { startEmulators } from './lib/emulators.mjs';
import { instance } from './lib/instances.mjs';
import { openSession } from './lib/launcher.mjs';
import { setup } from './lib/setup.mjs';
import { bin, fail, run } from './lib/run.mjs';

let session;
try {
  session = await openSession({ command: 'npm run bench', instance: 'bench' });
} catch (error) {
  fail(String(error.message ?? error));
  process.exit(1);
}
const env = instance('bench').env;
let suite;
try {
  session.setPhase('checking prerequisites');
  await setup();
  session.setPhase('building');
  await buildAll();
  // The import of a large Google Contacts file is timed in Chromium alone: it needs no emulators.
  session.setPhase('running the import benchmark');
  const importCode = await run(bin('vite-node'), ['tests/bench/import-bench.ts'], { env });
  if (importCode !== 0) throw new Error(`the import benchmark failed (exit code ${importCode})`);
  // DVF extracts and the appraisal PDF need no emulators either.
  session.setPhase('running the DVF and appraisal benchmark');
  const documentsCode = await run(bin('vite-node'), ['tests/bench/documents-bench.ts'], { env });
  if (documentsCode !== 0) throw new Error(`the DVF and appraisal benchmark failed (exit code ${documentsCode})`);
  // The unit chessboard of 2 000 units renders in Chromium alone too.
  session.setPhase('running the chessboard benchmark');
  const chessboardCode = await run(bin('vite-node'), ['tests/bench/chessboard-bench.ts'], { env });
  if (chessboardCode !== 0) throw new Error(`the chessboard benchmark failed (exit code ${chessboardCode})`);
  session.setPhase('starting the emulators');
  suite = await startEmulators({ session, only: ['auth', 'firestore', 'hosting'] });
  session.setPhase('running the benchmark');
  const code = await run(bin('vite-node'), ['tests/bench/run-bench.ts'], { env });
  if (code !== 0) throw new Error(`the benchmark failed (exit code ${code})`);
  session.setPhase('running the reservations expiry benchmark');
  const reservationsCode = await run(bin('vite-node'), ['tests/bench/run-reservations-bench.ts'], { env });
  if (reservationsCode !== 0) throw new Error(`the reservations benchmark failed (exit code ${reservationsCode})`);
  session.setPhase('stopping the first suite');
  await suite.stop();
  suite = undefined;
  // Private file downloads need functions and Storage: a second, small suite, without the big agency.
  session.setPhase('starting the second suite');
  suite = await startEmulators({ session, only: ['auth', 'firestore', 'functions', 'storage', 'hosting'] });
  session.setPhase('running the file download benchmark');
  const filesCode = await run(bin('vite-node'), ['tests/bench/run-file-bench.ts'], { env });
  if (filesCode !== 0) throw new Error(`the file download benchmark failed (exit code ${filesCode})`);
  // The client app's home signed in: on the demo agency, seeded on this suite (its hosts need functions).
  session.setPhase('seeding the demo agency');
  const seedCode = await run(bin('vite-node'), ['scripts/seed.ts'], { env });
  if (seedCode !== 0) throw new Error(`seeding the demo agency failed (exit code ${seedCode})`);
  session.setPhase('running the client home benchmark');
  const clientCode = await run(bin('vite-node'), ['tests/bench/run-client-bench.ts'], { env });
  if (clientCode !== 0) throw new Error(`the client home benchmark failed (exit code ${clientCode})`);
} catch (error) {
  if (await session.interruptedNow()) await new Promise(() => {});
  fail(String(error.message ?? error));
  process.exitCode = 1;
}
await session.end();
